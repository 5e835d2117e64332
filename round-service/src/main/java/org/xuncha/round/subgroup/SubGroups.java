package org.xuncha.round.subgroup;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamAccess;
import org.xuncha.round.team.Teams;

/**
 * Forming a team's sub-groups: the office or the team's leader (组长负责制); read by the office, the
 * leadership and the team.
 */
@ApplicationScoped
public class SubGroups {

    private final SubGroupRepository groups;
    private final Teams teams;
    private final TeamAccess teamAccess;
    private final Inspections inspections;
    private final Registry registry;
    private final EntityManager entityManager;
    private final Clock clock;

    public SubGroups(SubGroupRepository groups, Teams teams, TeamAccess teamAccess, Inspections inspections,
            Registry registry, EntityManager entityManager, Clock clock) {
        this.groups = groups;
        this.teams = teams;
        this.teamAccess = teamAccess;
        this.inspections = inspections;
        this.registry = registry;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public SubGroup form(SubGroupDraft draft, Caller caller) {
        Team team = teamManagedBy(draft.teamId(), caller);
        lockTeam(team.id());
        Set<UUID> grouped = groupedIn(team.id(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubGroup group;
        if (draft.kind() == SubGroupKind.VILLAGE) {
            if (draft.inspectionId() == null) {
                throw InvalidInput.of("inspectionId", "is required for the village sub-team: the inspection of the township");
            }
            group = SubGroup.village(team, scopeOf(draft.inspectionId()), draft.name(), draft.leaderId(), draft.members(),
                    draft.villageIds(), grouped, now, caller.userId());
        } else {
            if (draft.inspectionId() != null || draft.leaderId() != null || !draft.villageIds().isEmpty()) {
                throw InvalidInput.of(draft.inspectionId() != null ? "inspectionId"
                        : draft.leaderId() != null ? "leaderId" : "villageIds", "is only for the village sub-team");
            }
            group = SubGroup.speciality(team, draft.kind(), draft.name(), draft.members(), grouped, now, caller.userId());
        }
        requireFirst(group);
        groups.persist(group);
        return group;
    }

    /** Replaces the sub-group's members (and the village sub-team's leader). */
    @Transactional
    public SubGroup restaff(UUID id, List<UUID> members, UUID leaderId, Caller caller) {
        SubGroup group = get(id, caller);
        Team team = teamManagedBy(group.teamId(), caller);
        lockTeam(team.id());
        group.restaff(team, members, leaderId, groupedIn(team.id(), group.id()),
                group.inspectionId() == null ? null : scopeOf(group.inspectionId()));
        return group;
    }

    /** The sub-group, if the caller may read its team's work. */
    public SubGroup get(UUID id, Caller caller) {
        return groups.findByIdOptional(id).filter(group -> teamAccess.mayRead(group.teamId(), caller))
                .orElseThrow(() -> new NotFound("Sub-group", id));
    }

    /** A page of sub-groups, oldest first; team members see only their own teams'. */
    public Page<SubGroup> list(UUID teamId, UUID inspectionId, SubGroupKind kind, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!teamAccess.mayReadAll(caller)) {
            conditions.add("teamId in (select t.id from Team t join t.members m where m.cadreId = :self)");
            parameters.and("self", caller.cadreId().orElse(new UUID(0, 0)));
        }
        if (teamId != null) {
            conditions.add("teamId = :teamId");
            parameters.and("teamId", teamId);
        }
        if (inspectionId != null) {
            conditions.add("inspectionId = :inspectionId");
            parameters.and("inspectionId", inspectionId);
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        List<SubGroup> rows = groups.find(where + "order by id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, group -> Cursor.of(group.id()));
    }

    /** The sub-groups of a team. */
    public List<SubGroup> ofTeam(UUID teamId) {
        return groups.list("teamId = ?1 order by id", teamId);
    }

    private Team teamManagedBy(UUID teamId, Caller caller) {
        Team team = teams.find(teamId).filter(found -> teamAccess.mayRead(found.id(), caller))
                .orElseThrow(() -> InvalidInput.of("teamId", "names no team of yours"));
        if (!caller.hasRole(Roles.OFFICE) && !teamAccess.leads(team.id(), caller)) {
            throw new Forbidden("Only the office or the team's leader (组长) forms and staffs its sub-groups");
        }
        return team;
    }

    private VillageScope scopeOf(UUID inspectionId) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> InvalidInput.of("inspectionId", "names no inspection of the team"));
        Map<UUID, org.xuncha.round.registry.OrganizationType> extensions = new LinkedHashMap<>();
        for (Organization organization : registry.all(List.copyOf(inspection.extensions()))) {
            extensions.put(organization.id(), organization.type());
        }
        return new VillageScope(inspection.id(), inspection.teamId(), inspection.state(),
                registry.get(inspection.organizationId()).type(), extensions);
    }

    private void requireFirst(SubGroup group) {
        if (group.kind() == SubGroupKind.VILLAGE) {
            if (groups.count("inspectionId = ?1 and kind = ?2", group.inspectionId(), SubGroupKind.VILLAGE) > 0) {
                throw new Duplicate("The inspection already has a village sub-team");
            }
        } else if (groups.count("teamId = ?1 and kind = ?2", group.teamId(), group.kind()) > 0) {
            throw new Duplicate("The team already has a " + group.kind().label());
        }
    }

    /** Two requests staffing sub-groups of one team wait for each other, so a cadre lands in one only. */
    private void lockTeam(UUID teamId) {
        entityManager.createNativeQuery("select id from team where id = :id for update").setParameter("id", teamId)
                .getResultList();
    }

    private Set<UUID> groupedIn(UUID teamId, UUID except) {
        Set<UUID> grouped = new HashSet<>();
        for (SubGroup other : ofTeam(teamId)) {
            if (!other.id().equals(except)) {
                grouped.addAll(other.members());
            }
        }
        return grouped;
    }
}
