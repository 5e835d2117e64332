package org.xuncha.round.pool;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.registry.Registry;

/** The cadres the pools draw on, with what the avoidance check needs to know about them. */
@ApplicationScoped
public class Cadres {

    private final CadreRepository cadres;
    private final Registry registry;
    private final Clock clock;

    public Cadres(CadreRepository cadres, Registry registry, Clock clock) {
        this.cadres = cadres;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public Cadre register(CadreProfile profile) {
        requireValid(profile, null);
        Cadre cadre = new Cadre(profile, OffsetDateTime.now(clock));
        cadres.persist(cadre);
        return cadre;
    }

    @Transactional
    public Cadre revise(UUID id, CadreProfile profile) {
        Cadre cadre = get(id);
        requireValid(profile, id);
        cadre.revise(profile);
        return cadre;
    }

    @Transactional
    public Posting addPosting(UUID cadreId, Posting posting) {
        requireOrganization("organizationId", posting.organizationId());
        if (posting.fromDate() != null && posting.toDate() != null && posting.toDate().isBefore(posting.fromDate())) {
            throw InvalidInput.of("toDate", "must not be before fromDate");
        }
        return get(cadreId).addPosting(posting);
    }

    @Transactional
    public Relative declareRelative(UUID cadreId, Relative relative) {
        requireOrganization("organizationId", relative.organizationId());
        return get(cadreId).declare(relative);
    }

    @Transactional
    public void withdrawRelative(UUID cadreId, UUID relativeId) {
        get(cadreId).withdrawRelative(relativeId).orElseThrow(() -> new NotFound("Relative", relativeId));
    }

    public Cadre get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Cadre", id));
    }

    public Optional<Cadre> find(UUID id) {
        return cadres.findByIdOptional(id);
    }

    public List<Cadre> all(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : cadres.list("id in ?1", ids);
    }

    /** A page of cadres by name part, skill, source system and pool, oldest first. */
    public Page<Cadre> search(String name, String skill, SourceSystem sourceSystem, TalentPool activeIn, String cursor,
            int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (name != null && !name.isBlank()) {
            conditions.add("name like :name");
            parameters.and("name", "%" + name.trim() + "%");
        }
        if (skill != null && !skill.isBlank()) {
            // array_position, not array_contains: Hibernate renders the latter as text[] @> varchar[], which
            // PostgreSQL has no operator for; array_position unifies the element type (and is 0 when absent).
            conditions.add("array_position(skills, :skill) > 0");
            parameters.and("skill", skill.trim());
        }
        if (sourceSystem != null) {
            conditions.add("sourceSystem = :sourceSystem");
            parameters.and("sourceSystem", sourceSystem);
        }
        if (activeIn != null) {
            conditions.add("id in (select m.key.cadreId from PoolMembership m where m.key.pool = :pool and m.status = :active)");
            parameters.and("pool", activeIn).and("active", MembershipStatus.ACTIVE);
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        List<Cadre> rows = cadres.find(where + "order by id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, cadre -> Cursor.of(cadre.id()));
    }

    private void requireValid(CadreProfile profile, UUID self) {
        if (profile.homeOrganizationId() != null) {
            requireOrganization("homeOrganizationId", profile.homeOrganizationId());
        }
        if (profile.homeLocalityId() != null) {
            boolean locality = registry.find(profile.homeLocalityId()).map(org -> org.type().isLocality())
                    .orElseThrow(() -> InvalidInput.of("homeLocalityId", "names no organization of the registry"));
            if (!locality) {
                throw InvalidInput.of("homeLocalityId", "must be a township, street, village or community");
            }
        }
        if (profile.userId() != null) {
            cadres.find("userId", profile.userId()).firstResultOptional()
                    .filter(holder -> !holder.id().equals(self))
                    .ifPresent(holder -> {
                        throw new Duplicate("The account " + profile.userId() + " is already the cadre " + holder.name());
                    });
        }
    }

    private void requireOrganization(String field, UUID organizationId) {
        if (registry.find(organizationId).isEmpty()) {
            throw InvalidInput.of(field, "names no organization of the registry");
        }
    }
}
