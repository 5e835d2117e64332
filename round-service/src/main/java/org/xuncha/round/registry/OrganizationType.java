package org.xuncha.round.registry;

/** What kind of Party organization an organization of the registry is. */
public enum OrganizationType {
    /** 县(市、区): inspected by a city committee. */
    COUNTY,
    /** 党政机关、部门 (市直/县直单位). */
    ORGAN,
    /** 乡镇. */
    TOWNSHIP,
    /** 街道. */
    STREET,
    /** 行政村. */
    VILLAGE,
    /** 社区. */
    COMMUNITY,
    /** 国有及国有控股企业. */
    STATE_ENTERPRISE,
    /** 院校. */
    SCHOOL,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    /** Anything else the committee inspects. */
    OTHER;

    /** Villages and communities: reached by extension (延伸) from their township or street. */
    public boolean isGrassroots() {
        return this == VILLAGE || this == COMMUNITY;
    }

    /** Townships, streets, villages, communities: where the REGION ground of avoidance applies. */
    public boolean isLocality() {
        return this == TOWNSHIP || this == STREET || isGrassroots();
    }
}
