package org.xuncha.round.subgroup;

/** What a sub-group of a team works on (seed 001), or the "1+1" village sub-team (seed 003). */
public enum SubGroupKind {
    /** 党建人事. */
    PARTY_PERSONNEL("党建人事组"),
    /** 财务审计 (财务帐册). */
    FINANCE_AUDIT("财务审计组"),
    /** 行政执法. */
    LAW_ENFORCEMENT("行政执法组"),
    /** 信访线索. */
    PETITION_LEADS("信访线索组"),
    /** 村(社区)巡察小组: led by a deputy leader through the villages of the township the team inspects. */
    VILLAGE("村（社区）巡察小组");

    private final String label;

    SubGroupKind(String label) {
        this.label = label;
    }

    /** How the team names it. */
    public String label() {
        return label;
    }

    public boolean isSpeciality() {
        return this != VILLAGE;
    }
}
