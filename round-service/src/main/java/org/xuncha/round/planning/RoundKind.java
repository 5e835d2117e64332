package org.xuncha.round.planning;

/** The seven kinds of inspection round. */
public enum RoundKind {
    /** 常规巡察. */
    REGULAR,
    /** 专项巡察: carries a theme (扶贫领域, 扫黑除恶, 专项资金 …). */
    SPECIAL,
    /** 机动式巡察. */
    MOBILE,
    /** 巡察"回头看": does not count towards coverage. */
    LOOK_BACK,
    /** 联动巡察: carries the partner committee. */
    LINKED,
    /** 交叉巡察. */
    CROSS,
    /** 提级巡察. */
    ELEVATED;

    /** Whether an inspection of this kind covers its organization for the term (DOMAIN.md §5). */
    public boolean countsForCoverage() {
        return this != LOOK_BACK;
    }
}
