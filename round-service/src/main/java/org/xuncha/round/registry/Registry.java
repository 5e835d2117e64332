package org.xuncha.round.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/** The registry of inspectable organizations: a tree searched by name, code, type and subtree. */
@ApplicationScoped
public class Registry {

    /** An organization's place in the tree, as a registry cursor carries it: {@code /0000002a/0000002b/}. */
    private static final java.util.regex.Pattern TREE_PATH = java.util.regex.Pattern.compile("(/[0-9a-f]{8,16})+/");

    private final OrganizationRepository organizations;
    private final EntityManager entityManager;
    private final Clock clock;

    public Registry(OrganizationRepository organizations, EntityManager entityManager, Clock clock) {
        this.organizations = organizations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Organization register(UUID parentId, OrganizationDetails details) {
        Organization parent = parentId == null ? null : organizations.findByIdOptional(parentId)
                .orElseThrow(() -> InvalidInput.of("parentId", "names no organization of the registry"));
        requireUsableCreditCode(details.creditCode(), null);
        Organization organization = new Organization(nextNodeKey(), parent, details, OffsetDateTime.now(clock));
        organizations.persist(organization);
        return organization;
    }

    @Transactional
    public Organization revise(UUID id, OrganizationDetails details, TeamHearing hearing, String revisedBy) {
        Organization organization = get(id);
        requireUsableCreditCode(details.creditCode(), id);
        if (organization.leadershipChangesWith(details)) {
            requireTeamHeardIfUnderInspection(organization, hearing, revisedBy);
        }
        organization.revise(details);
        return organization;
    }

    /** The hearings leadership changes of the organization relied on, newest first. */
    public List<LeadershipHearing> leadershipHearings(UUID id) {
        get(id);
        return entityManager.createQuery("""
                        select h from LeadershipHearing h where h.organizationId = :organization
                         order by h.recordedAt desc, h.id desc""", LeadershipHearing.class)
                .setParameter("organization", id).getResultList();
    }

    /**
     * While an organization is under inspection (an inspection of it stationed or reporting) its
     * leadership is not reshuffled; where it must be, the organization department hears the team
     * first, and the hearing is recorded against each inspection under way.
     */
    @SuppressWarnings("unchecked")
    private void requireTeamHeardIfUnderInspection(Organization organization, TeamHearing hearing, String revisedBy) {
        List<UUID> underWay = entityManager.createNativeQuery("""
                        select id from inspection where organization_id = :organization
                           and state in ('STATIONED', 'REPORTING') order by id""")
                .setParameter("organization", organization.id()).getResultList();
        if (underWay.isEmpty()) {
            return;
        }
        if (hearing == null) {
            throw new Conflict("under-inspection", organization.name() + " is under inspection; its leadership changes "
                    + "only after the organization department has heard the team (send teamHearing)",
                    Map.of("inspectionIds", underWay));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        underWay.forEach(inspectionId -> entityManager.persist(
                new LeadershipHearing(organization.id(), inspectionId, hearing, now, revisedBy)));
    }

    public Optional<Organization> find(UUID id) {
        return organizations.findByIdOptional(id);
    }

    public Organization get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Organization", id));
    }

    /** Organizations by id, in tree order; ids that name none are left out. */
    public List<Organization> all(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : organizations.list("id in ?1 order by path", ids);
    }

    /** A page of the organizations the search finds, in tree order. */
    @SuppressWarnings("unchecked")
    public Page<Organization> search(OrganizationSearch search, String cursor, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (search.under() != null) {
            Organization root = get(search.under());
            conditions.add("path >= :subtreeFrom and path < :subtreeTo");
            parameters.put("subtreeFrom", root.path());
            parameters.put("subtreeTo", root.subtreeEnd());
        }
        if (search.parentId() != null) {
            conditions.add("parent_id = :parentId");
            parameters.put("parentId", search.parentId());
        }
        if (search.type() != null) {
            conditions.add("type = :type");
            parameters.put("type", search.type().name());
        }
        if (search.name() != null && !search.name().isBlank()) {
            conditions.add("name_bigrams(name) @> name_bigrams(:name) and name ilike :namePattern");
            parameters.put("name", search.name().trim());
            parameters.put("namePattern", "%" + escapeLike(search.name().trim()) + "%");
        }
        if (search.creditCode() != null && !search.creditCode().isBlank()) {
            conditions.add("credit_code like :codePrefix");
            parameters.put("codePrefix", escapeLike(CreditCode.normalize(search.creditCode())) + "%");
        }
        if (cursor != null) {
            conditions.add("path > :after");
            parameters.put("after", Cursor.decode(cursor, 1).text(0, TREE_PATH));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query query = entityManager.createNativeQuery(
                "select * from organization" + where + " order by path limit :rows", Organization.class);
        parameters.forEach(query::setParameter);
        query.setParameter("rows", limit + 1);
        List<Organization> rows = query.getResultList();
        return Page.of(rows, limit, organization -> Cursor.of(organization.path()));
    }

    private void requireUsableCreditCode(String creditCode, UUID owner) {
        if (creditCode == null || creditCode.isBlank()) {
            return;
        }
        CreditCode.problemWith(creditCode).ifPresent(problem -> {
            throw InvalidInput.of("creditCode", problem);
        });
        organizations.find("creditCode", CreditCode.normalize(creditCode)).firstResultOptional()
                .filter(holder -> !holder.id().equals(owner))
                .ifPresent(holder -> {
                    throw new Duplicate("The credit code " + CreditCode.normalize(creditCode)
                            + " is already registered to " + holder.name());
                });
    }

    private long nextNodeKey() {
        return ((Number) entityManager.createNativeQuery("select nextval('organization_node_key')").getSingleResult())
                .longValue();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
