package org.xuncha.platform.security;

/** The roles of DOMAIN.md section 2, as they appear in a token's {@code groups} claim. */
public final class Roles {

    /** 巡察办: runs rounds, registry, pools; hands over leads; verifies and closes items. */
    public static final String OFFICE = "OFFICE";
    /** 巡察工作领导小组 / 书记: reads everything, approves reports, overrides avoidance with a reason. */
    public static final String LEADERSHIP = "LEADERSHIP";
    /** 组长: their own team's inspections; confirms findings. */
    public static final String TEAM_LEADER = "TEAM_LEADER";
    /** 副组长 / 巡察专员: their own team's inspections. */
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    /** 被巡察党组织: its own feedback and rectification case only. */
    public static final String UNIT = "UNIT";
    /** 分管领导: the cases of the organizations they oversee. */
    public static final String LEADER_IN_CHARGE = "LEADER_IN_CHARGE";
    /** 纪委监委: leads transferred to it, notifications to it. */
    public static final String DISCIPLINE = "DISCIPLINE";
    /** 组织部: leads transferred to it, notifications to it. */
    public static final String ORGANIZATION = "ORGANIZATION";
    /** Service accounts: the discipline commission's systems, import scripts. */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
