package org.xuncha.round.subgroup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.team.Member;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.Team;

/**
 * A sub-group of an inspection team (小组). A speciality sub-group has 2 to 3 of the team's members
 * (seed 001: "以2-3人为一组"); the "1+1" village sub-team (seed 003) is led by one of the team's
 * deputy leaders and inspects villages and communities the team's inspection of a township extends
 * to, while the team inspects the township.
 */
@Entity
public class SubGroup {

    public static final int SPECIALITY_MIN = 2;
    public static final int SPECIALITY_MAX = 3;
    public static final int VILLAGE_MIN = 2;
    public static final int VILLAGE_MAX = 6;

    @Id
    private UUID id;

    private UUID teamId;

    @Enumerated(EnumType.STRING)
    private SubGroupKind kind;

    private String name;

    private UUID inspectionId;

    private UUID leaderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_group_member", joinColumns = @JoinColumn(name = "sub_group_id"))
    @Column(name = "cadre_id")
    private Set<UUID> members = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sub_group_village", joinColumns = @JoinColumn(name = "sub_group_id"))
    @Column(name = "organization_id")
    private Set<UUID> villages = new LinkedHashSet<>();

    private OffsetDateTime createdAt;

    private String createdBy;

    @Version
    private long version;

    protected SubGroup() {
    }

    private SubGroup(UUID teamId, SubGroupKind kind, String name, OffsetDateTime createdAt, String createdBy) {
        this.id = Ids.next();
        this.teamId = teamId;
        this.kind = kind;
        this.name = name == null || name.isBlank() ? kind.label() : name.strip();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * A speciality sub-group of 2 to 3 of the team's members.
     *
     * @param grouped cadres of the team already in another of its sub-groups
     */
    public static SubGroup speciality(Team team, SubGroupKind kind, String name, List<UUID> members, Set<UUID> grouped,
            OffsetDateTime at, String by) {
        if (!kind.isSpeciality()) {
            throw InvalidInput.of("kind", "VILLAGE is the village sub-team; form it with inspectionId, leaderId and villageIds");
        }
        SubGroup group = new SubGroup(team.id(), kind, name, at, by);
        group.staff(team, members, null, grouped);
        return group;
    }

    /**
     * The "1+1" village sub-team of an inspection of a township or street: led by a deputy leader
     * of the team, 2 to 6 of its members with the leader, through villages the inspection extends to.
     */
    public static SubGroup village(Team team, VillageScope scope, String name, UUID leaderId, List<UUID> members,
            List<UUID> villageIds, Set<UUID> grouped, OffsetDateTime at, String by) {
        if (!scope.teamId().equals(team.id())) {
            throw InvalidInput.of("inspectionId", "names no inspection of the team");
        }
        if (scope.inspectedType() != OrganizationType.TOWNSHIP && scope.inspectedType() != OrganizationType.STREET) {
            throw InvalidInput.of("inspectionId", "must name an inspection of a township or street (巡镇带村), not of "
                    + scope.inspectedType());
        }
        requireBeforeWithdrawal(scope);
        SubGroup group = new SubGroup(team.id(), SubGroupKind.VILLAGE, name, at, by);
        group.inspectionId = scope.inspectionId();
        group.staff(team, members, leaderId, grouped);
        group.visit(scope, villageIds);
        return group;
    }

    /** Replaces the members (and, for the village sub-team, its leader) under the same rules as forming it. */
    public void restaff(Team team, List<UUID> newMembers, UUID newLeaderId, Set<UUID> grouped, VillageScope scope) {
        if (kind == SubGroupKind.VILLAGE) {
            requireBeforeWithdrawal(scope);
        } else if (newLeaderId != null) {
            throw InvalidInput.of("leaderId", "is only for the village sub-team");
        }
        staff(team, newMembers, kind == SubGroupKind.VILLAGE ? newLeaderId : null, grouped);
    }

    private void staff(Team team, List<UUID> proposed, UUID proposedLeader, Set<UUID> grouped) {
        Set<UUID> staffed = new LinkedHashSet<>(proposed);
        if (kind == SubGroupKind.VILLAGE) {
            if (proposedLeader == null) {
                throw InvalidInput.of("leaderId", "is required: a deputy leader (副组长) leads the village sub-team");
            }
            Member leader = team.members().stream().filter(m -> m.cadreId().equals(proposedLeader)).findFirst()
                    .orElseThrow(() -> InvalidInput.of("leaderId", "must be a member of the team"));
            if (leader.position() != Position.DEPUTY_LEADER) {
                throw InvalidInput.of("leaderId", "must be a deputy leader (副组长) of the team, not " + leader.position());
            }
            staffed.add(proposedLeader);
        }
        int min = kind == SubGroupKind.VILLAGE ? VILLAGE_MIN : SPECIALITY_MIN;
        int max = kind == SubGroupKind.VILLAGE ? VILLAGE_MAX : SPECIALITY_MAX;
        if (staffed.size() < min || staffed.size() > max) {
            throw InvalidInput.of("members", "must name " + min + " to " + max + " distinct cadres"
                    + (kind == SubGroupKind.VILLAGE ? ", its leader included" : "") + "; named " + staffed.size());
        }
        List<UUID> outsiders = staffed.stream().filter(cadre -> !team.isMember(cadre)).toList();
        if (!outsiders.isEmpty()) {
            throw InvalidInput.of("members", "must be members of the team; not members: " + outsiders);
        }
        List<UUID> elsewhere = staffed.stream().filter(grouped::contains).toList();
        if (!elsewhere.isEmpty()) {
            throw InvalidInput.of("members", "are already in another sub-group of the team: " + elsewhere);
        }
        members.clear();
        members.addAll(staffed);
        leaderId = proposedLeader;
    }

    private void visit(VillageScope scope, List<UUID> villageIds) {
        if (villageIds.isEmpty()) {
            throw InvalidInput.of("villageIds", "must name at least one village or community");
        }
        for (int i = 0; i < villageIds.size(); i++) {
            OrganizationType type = scope.extensions().get(villageIds.get(i));
            if (type == null) {
                throw InvalidInput.of("villageIds[" + i + "]", "is not among the organizations the inspection extends "
                        + "to; the office extends the inspection first (延伸)");
            }
            if (!type.isGrassroots()) {
                throw InvalidInput.of("villageIds[" + i + "]", "must be a village or community, not " + type);
            }
            villages.add(villageIds.get(i));
        }
    }

    private static void requireBeforeWithdrawal(VillageScope scope) {
        if (scope.state() != InspectionState.PLANNED && scope.state() != InspectionState.PREPARING
                && scope.state() != InspectionState.STATIONED) {
            throw new IllegalTransition("Inspection", scope.inspectionId(), scope.state(), "staff a village sub-team");
        }
    }

    public boolean hasMember(UUID cadreId) {
        return members.contains(cadreId);
    }

    public UUID id() {
        return id;
    }

    public UUID teamId() {
        return teamId;
    }

    public SubGroupKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID leaderId() {
        return leaderId;
    }

    public Set<UUID> members() {
        return Set.copyOf(members);
    }

    public Set<UUID> villages() {
        return Set.copyOf(villages);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
