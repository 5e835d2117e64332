package org.xuncha.round.pool;

/** The system a cadre comes from; the figures count cadres deployed by source system. */
public enum SourceSystem {
    /** 纪检监察. */
    DISCIPLINE,
    /** 组织. */
    ORGANIZATION,
    /** 巡察机构 itself. */
    INSPECTION_OFFICE,
    /** 审计. */
    AUDIT,
    /** 财政. */
    FINANCE,
    /** 公安. */
    PUBLIC_SECURITY,
    /** 检察. */
    PROCURATORATE,
    /** 法院. */
    COURT,
    /** 税务. */
    TAX,
    /** 自然资源 / 国土资源. */
    NATURAL_RESOURCES,
    OTHER
}
