package org.xuncha.rectification.signoff;

/** In whose name a signature of the triple sign-off (三签收) is given. */
public enum Capacity {
    /** The inspected Party organization (被巡察党组织): any account of its UNIT. */
    ORGANIZATION,
    /** Its principal leader (主要负责人): the UNIT account the registry names for them. */
    PRINCIPAL_LEADER,
    /** The leader in charge of it (分管领导): the LEADER_IN_CHARGE account the registry names. */
    LEADER_IN_CHARGE
}
