package org.xuncha.round.superior;

/** Who handed the matter down. */
public enum SuperiorBody {
    /** 中央巡视. */
    CENTRAL,
    /** 省委巡视. */
    PROVINCIAL,
    /** 市委巡察. */
    CITY
}
