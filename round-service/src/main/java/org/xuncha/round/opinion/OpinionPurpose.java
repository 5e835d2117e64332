package org.xuncha.round.opinion;

/** Why the organization department asks (seed 004 §16, §17). */
public enum OpinionPurpose {
    /** 干部选拔任用: selecting or promoting a cadre. */
    SELECTION,
    /** 领导班子调整: reshuffling a leadership. */
    LEADERSHIP_ADJUSTMENT,
    /** 巡察干部提任: promoting an inspector of the inspection organs. */
    INSPECTOR_PROMOTION
}
