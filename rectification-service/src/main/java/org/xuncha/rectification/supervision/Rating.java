package org.xuncha.rectification.supervision;

/** How a supervision campaign rates a case's rectification. */
public enum Rating {
    /** 整改到位. */
    EFFECTIVE,
    /** 基本到位: most items done, some to finish. */
    PARTLY_EFFECTIVE,
    /** 整改不到位. */
    INEFFECTIVE,
    /** 虚假整改: reported as done, found not done. */
    FALSE
}
