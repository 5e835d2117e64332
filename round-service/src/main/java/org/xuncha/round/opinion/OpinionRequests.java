package org.xuncha.round.opinion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Topics;
import org.xuncha.contract.bodies.OpinionGiven;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.lead.LeadReports.Sender;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.liaison.Fingerprint;
import org.xuncha.round.pool.CadreRepository;
import org.xuncha.round.registry.Registry;

/**
 * Opinion requests of the organization department and the office's answers. A request is made once
 * per department's reference (the same again answers the first); the office answers once, and the
 * department's system reads the answer, or follows {@code OpinionGiven} on its topic and feed.
 */
@ApplicationScoped
public class OpinionRequests implements PanacheRepositoryBase<OpinionRequest, UUID> {

    private final Registry registry;
    private final CadreRepository cadres;
    private final Feeds feeds;
    private final EntityManager entityManager;
    private final Clock clock;

    public OpinionRequests(Registry registry, CadreRepository cadres, Feeds feeds, EntityManager entityManager,
            Clock clock) {
        this.registry = registry;
        this.cadres = cadres;
        this.feeds = feeds;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What the department asks. */
    public record Ask(String reference, OpinionSubject subject, UUID organizationId, UUID cadreId, String personName,
            OpinionPurpose purpose, String question) {

        String fingerprint() {
            return Fingerprint.of(subject, organizationId, cadreId, personName, purpose, question);
        }
    }

    /** The request, and whether it came before. */
    public record Received(OpinionRequest request, boolean replayed) {
    }

    @Transactional
    public Received ask(Sender sender, Ask ask) {
        if (sender.body() != ReceivingBody.ORGANIZATION_DEPARTMENT) {
            throw new Forbidden("The organization department asks the office's opinion");
        }
        OpinionRequest earlier = find("sender = ?1 and reference = ?2", sender.body(), ask.reference()).firstResult();
        if (earlier != null) {
            if (!earlier.fingerprint().equals(ask.fingerprint())) {
                throw new Duplicate("Reference " + ask.reference() + " was used for another request (" + earlier.id() + ")");
            }
            return new Received(earlier, true);
        }
        requireSubject(ask);
        OpinionRequest request = new OpinionRequest(sender.body(), ask.reference(), ask.subject(), ask.organizationId(),
                ask.cadreId(), ask.personName(), ask.purpose(), ask.question(), ask.fingerprint(),
                OffsetDateTime.now(clock), sender.userId());
        persist(request);
        return new Received(request, false);
    }

    /** The office answers, with the counts of what the inspections found if it attaches them. */
    @Transactional
    public OpinionRequest answer(UUID id, String summary, boolean attachCounts, Caller caller) {
        OpinionRequest request = readable(id, caller);
        if (!caller.hasRole(Roles.OFFICE)) {
            throw new Forbidden("The office (巡察办) answers opinion requests");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        request.answer(summary, attachCounts ? counts(request) : null, caller.userId(), now);
        OpinionRequest.Counts counts = request.counts();
        feeds.publish(EventTypes.OPINION_GIVEN, Topics.ROUND_TO_ORGANIZATION_DEPARTMENT,
                (request.organizationId() == null ? new UUID(0, 0) : request.organizationId()).toString(),
                request.id().toString(),
                new OpinionGiven(request.id(), request.reference(), request.subject().name(), request.organizationId(),
                        request.cadreId(), request.personName(), summary,
                        counts == null ? null : new OpinionGiven.Counts(counts.inspections(), counts.findings(),
                                counts.leadsTransferred()), now));
        return request;
    }

    /** The request, for the office, the leadership and the department (its accounts, its system); else 404. */
    public OpinionRequest readable(UUID id, Caller caller) {
        return findByIdOptional(id).filter(request -> mayRead(caller))
                .orElseThrow(() -> new NotFound("Opinion request", id));
    }

    /** A page of requests, oldest first; {@code answered} keeps the answered (true) or open (false) ones. */
    public Page<OpinionRequest> list(Boolean answered, String cursor, int limit, Caller caller) {
        if (!mayRead(caller)) {
            return new Page<>(List.of(), null);
        }
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (answered != null) {
            conditions.add(answered ? "answeredAt is not null" : "answeredAt is null");
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return Page.of(find(where + "order by id", parameters).page(0, limit + 1).list(), limit,
                request -> Cursor.of(request.id()));
    }

    private static boolean mayRead(Caller caller) {
        return caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP) || caller.speaksFor(Roles.ORGANIZATION);
    }

    private void requireSubject(Ask ask) {
        if (ask.organizationId() != null && registry.find(ask.organizationId()).isEmpty()) {
            throw InvalidInput.of("organizationId", "names no organization of the registry");
        }
        if (ask.cadreId() != null && cadres.findByIdOptional(ask.cadreId()).isEmpty()) {
            throw InvalidInput.of("cadreId", "names no cadre of the registry");
        }
        if (ask.subject() == OpinionSubject.ORGANIZATION && ask.organizationId() == null) {
            throw InvalidInput.of("organizationId", "is required for an ORGANIZATION request");
        }
        if (ask.subject() == OpinionSubject.CADRE && (ask.personName() == null || ask.personName().isBlank())) {
            throw InvalidInput.of("personName", "is required for a CADRE request");
        }
        if (ask.subject() == OpinionSubject.CADRE && ask.cadreId() == null && ask.organizationId() == null) {
            throw InvalidInput.of("organizationId", "or cadreId is required for a CADRE request");
        }
    }

    /**
     * What the inspections found: of the organization (inspections stationed or later, findings
     * confirmed, leads transferred), or, for a cadre of the registry, of their work as an inspector.
     */
    private OpinionRequest.Counts counts(OpinionRequest request) {
        Object[] row;
        if (request.subject() == OpinionSubject.CADRE && request.cadreId() != null) {
            row = (Object[]) entityManager.createNativeQuery("""
                            select (select count(*) from inspection i join team_member m on m.team_id = i.team_id
                                     where m.cadre_id = :cadre and i.stationed_at is not null),
                                   (select count(*) from finding where found_by = :cadre and state <> 'DRAFT'),
                                   (select count(*) from lead where found_by = :cadre and transferred_at is not null)""")
                    .setParameter("cadre", request.cadreId()).getSingleResult();
        } else {
            row = (Object[]) entityManager.createNativeQuery("""
                            select (select count(*) from inspection where organization_id = :organization
                                       and stationed_at is not null),
                                   (select count(*) from finding where organization_id = :organization and state <> 'DRAFT'),
                                   (select count(*) from lead where organization_id = :organization
                                       and transferred_at is not null)""")
                    .setParameter("organization", request.organizationId()).getSingleResult();
        }
        return new OpinionRequest.Counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue());
    }
}
