package org.xuncha.round.consultation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.preparation.PartnerDepartment;
import org.xuncha.round.registry.Registry;

/** Partner departments' opinions on whom a round should inspect. */
@ApplicationScoped
public class Consultations {

    private final OpinionRepository opinions;
    private final Planning planning;
    private final Registry registry;
    private final EntityManager entityManager;
    private final Clock clock;

    public Consultations(OpinionRepository opinions, Planning planning, Registry registry, EntityManager entityManager, Clock clock) {
        this.opinions = opinions;
        this.planning = planning;
        this.registry = registry;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public ConsultationOpinion record(UUID roundId, PartnerDepartment department, UUID organizationId, Stance stance,
            String reasons, LocalDate givenOn, Caller caller) {
        Round round = planning.findRound(roundId).orElseThrow(() -> InvalidInput.of("roundId", "names no round"));
        if (registry.find(organizationId).isEmpty()) {
            throw InvalidInput.of("organizationId", "names no organization of the registry");
        }
        boolean underWay = !entityManager.createNativeQuery("""
                        select 1 from inspection where round_id = :round and state not in ('PLANNED', 'PREPARING') limit 1""")
                .setParameter("round", roundId).getResultList().isEmpty();
        ConsultationOpinion opinion = ConsultationOpinion.record(round.id(), round.termId(), underWay, department,
                organizationId, stance, reasons, givenOn, LocalDate.now(clock), caller.userId(), OffsetDateTime.now(clock));
        if (opinions.count("roundId = ?1 and department = ?2 and organizationId = ?3", roundId, department, organizationId) > 0) {
            throw new Duplicate("The department's opinion on the organization is recorded for this round");
        }
        opinions.persist(opinion);
        return opinion;
    }

    public ConsultationOpinion get(UUID id) {
        return opinions.findByIdOptional(id).orElseThrow(() -> new NotFound("Consultation opinion", id));
    }

    /** A page of opinions, oldest first, by round, organization, department and stance. */
    public Page<ConsultationOpinion> list(UUID roundId, UUID organizationId, PartnerDepartment department, Stance stance,
            String cursor, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        where(conditions, parameters, "roundId", roundId);
        where(conditions, parameters, "organizationId", organizationId);
        where(conditions, parameters, "department", department);
        where(conditions, parameters, "stance", stance);
        if (cursor != null) {
            conditions.add("id > :after");
            try {
                parameters.and("after", Cursor.decode(cursor, 1).id(0));
            } catch (IllegalArgumentException notAnId) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        return Page.of(opinions.find(query, parameters).page(0, limit + 1).list(), limit, opinion -> Cursor.of(opinion.id()));
    }

    private static void where(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }
}
