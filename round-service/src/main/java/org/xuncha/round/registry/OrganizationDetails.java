package org.xuncha.round.registry;

/** What the registry records about an organization, apart from its place in the tree. */
public record OrganizationDetails(
        String name, OrganizationType type, Leader principalLeader, Leader leaderInCharge, String disciplineBody,
        String creditCode, boolean cityDirected) {
}
