package org.xuncha.round.subgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamKind;

/** The rules of sub-groups on the aggregate, without a database. */
class SubGroupRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T20:00:00+08:00");

    private final Team team = new Team(UUID.randomUUID(), "第一巡察组", TeamKind.TEMPORARY);
    private final UUID leader = on(Position.LEADER);
    private final UUID deputy = on(Position.DEPUTY_LEADER);
    private final UUID a = on(Position.MEMBER);
    private final UUID b = on(Position.MEMBER);
    private final UUID c = on(Position.MEMBER);
    private final UUID d = on(Position.MEMBER);
    private final UUID village = UUID.randomUUID();
    private final UUID institution = UUID.randomUUID();

    @Test
    void aSpecialitySubGroupHasTwoToThreeMembers() {
        assertRefused(() -> speciality(List.of(a)), "members");
        assertRefused(() -> speciality(List.of(a, a)), "members");
        assertRefused(() -> speciality(List.of(a, b, c, d)), "members");
        assertThat(speciality(List.of(a, b)).members()).containsExactlyInAnyOrder(a, b);
        assertThat(speciality(List.of(a, b, c)).name()).isEqualTo("财务审计组");
    }

    @Test
    void aSubGroupsMembersMustBeOnTheTeam() {
        assertRefused(() -> speciality(List.of(a, UUID.randomUUID())), "members");
    }

    @Test
    void aCadreIsInOneSubGroupOfTheTeamOnly() {
        assertRefused(() -> SubGroup.speciality(team, SubGroupKind.PARTY_PERSONNEL, null, List.of(a, b), Set.of(b), NOW,
                "office"), "members");
    }

    @Test
    void theVillageKindIsNotASpeciality() {
        assertRefused(() -> SubGroup.speciality(team, SubGroupKind.VILLAGE, null, List.of(a, b), Set.of(), NOW, "office"),
                "kind");
    }

    @Test
    void theVillageSubTeamIsLedByADeputyLeaderOfTheTeam() {
        assertRefused(() -> village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), null, List.of(a)), "leaderId");
        assertRefused(() -> village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), a, List.of(b)), "leaderId");
        assertRefused(() -> village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), leader, List.of(b)),
                "leaderId");
        assertRefused(() -> village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), UUID.randomUUID(),
                List.of(b)), "leaderId");
        SubGroup formed = village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), deputy, List.of(a));
        assertThat(formed.leaderId()).isEqualTo(deputy);
        assertThat(formed.members()).containsExactlyInAnyOrder(deputy, a);
        assertThat(formed.villages()).containsExactly(village);
    }

    @Test
    void theVillageSubTeamHasTwoToSixMembersWithItsLeader() {
        VillageScope scope = scope(InspectionState.PLANNED, OrganizationType.TOWNSHIP);
        assertRefused(() -> village(scope, deputy, List.of(deputy)), "members");
        assertThat(village(scope, deputy, List.of(a, b, c, d, leader)).members()).hasSize(6);
        Team big = new Team(UUID.randomUUID(), "大组", TeamKind.STANDING);
        UUID bigDeputy = UUID.randomUUID();
        big.assign(bigDeputy, Position.DEPUTY_LEADER, NOW);
        List<UUID> six = java.util.stream.Stream.generate(UUID::randomUUID).limit(6).toList();
        six.forEach(cadre -> big.assign(cadre, Position.MEMBER, NOW));
        VillageScope bigScope = new VillageScope(UUID.randomUUID(), big.id(), InspectionState.PLANNED,
                OrganizationType.TOWNSHIP, Map.of(village, OrganizationType.VILLAGE));
        assertRefused(() -> SubGroup.village(big, bigScope, null, bigDeputy, six, List.of(village), Set.of(), NOW, "office"),
                "members");
    }

    @Test
    void theVillageSubTeamWorksWhileTheTeamInspectsATownshipOrStreet() {
        assertRefused(() -> village(scope(InspectionState.STATIONED, OrganizationType.ORGAN), deputy, List.of(a)),
                "inspectionId");
        assertThat(village(scope(InspectionState.STATIONED, OrganizationType.STREET), deputy, List.of(a)).kind())
                .isEqualTo(SubGroupKind.VILLAGE);
    }

    @Test
    void theVillageSubTeamInspectsOnlyVillagesTheInspectionExtendsTo() {
        VillageScope scope = scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP);
        assertRefused(() -> SubGroup.village(team, scope, null, deputy, List.of(a), List.of(), Set.of(), NOW, "office"),
                "villageIds");
        assertRefused(() -> SubGroup.village(team, scope, null, deputy, List.of(a), List.of(village, UUID.randomUUID()),
                Set.of(), NOW, "office"), "villageIds[1]");
        assertRefused(() -> SubGroup.village(team, scope, null, deputy, List.of(a), List.of(institution), Set.of(), NOW,
                "office"), "villageIds[0]");
    }

    @Test
    void theVillageSubTeamIsStaffedOnlyUntilTheTeamWithdraws() {
        assertThatThrownBy(() -> village(scope(InspectionState.REPORTING, OrganizationType.TOWNSHIP), deputy, List.of(a)))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("REPORTING");
        SubGroup formed = village(scope(InspectionState.STATIONED, OrganizationType.TOWNSHIP), deputy, List.of(a));
        assertThatThrownBy(() -> formed.restaff(team, List.of(b), deputy, Set.of(),
                scope(InspectionState.REPORTING, OrganizationType.TOWNSHIP)))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void restaffingKeepsTheRules() {
        SubGroup group = speciality(List.of(a, b));
        assertRefused(() -> group.restaff(team, List.of(c), null, Set.of(), null), "members");
        assertRefused(() -> group.restaff(team, List.of(c, d), deputy, Set.of(), null), "leaderId");
        assertRefused(() -> group.restaff(team, List.of(c, d), null, Set.of(d), null), "members");
        assertThat(group.members()).containsExactlyInAnyOrder(a, b);
        group.restaff(team, List.of(c, d), null, Set.of(), null);
        assertThat(group.members()).containsExactlyInAnyOrder(c, d);
    }

    private UUID on(Position position) {
        UUID cadre = UUID.randomUUID();
        team.assign(cadre, position, NOW);
        return cadre;
    }

    private SubGroup speciality(List<UUID> members) {
        return SubGroup.speciality(team, SubGroupKind.FINANCE_AUDIT, null, members, Set.of(), NOW, "office");
    }

    private SubGroup village(VillageScope scope, UUID leaderId, List<UUID> members) {
        return SubGroup.village(team, scope, null, leaderId, members, List.of(village), Set.of(), NOW, "office");
    }

    private VillageScope scope(InspectionState state, OrganizationType inspected) {
        return new VillageScope(UUID.randomUUID(), team.id(), state, inspected,
                Map.of(village, OrganizationType.VILLAGE, institution, OrganizationType.PUBLIC_INSTITUTION));
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
