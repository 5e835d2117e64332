package org.xuncha.round.preparation;

/** The departments an inspection office writes to before stationing (函询). */
public enum PartnerDepartment {
    /** 纪委监委. */
    DISCIPLINE_COMMISSION,
    /** 组织部. */
    ORGANIZATION_DEPARTMENT,
    /** 宣传部. */
    PUBLICITY_DEPARTMENT,
    /** 审计局. */
    AUDIT,
    /** 信访局. */
    PETITIONS,
    /** 财政局. */
    FINANCE,
    /** 公安局. */
    PUBLIC_SECURITY,
    /** 检察院. */
    PROCURATORATE,
    /** 法院. */
    COURT,
    /** 司法局. */
    JUSTICE
}
