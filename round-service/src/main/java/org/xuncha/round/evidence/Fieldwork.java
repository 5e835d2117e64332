package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;

/** Visits made and petitions received while stationed. */
@ApplicationScoped
public class Fieldwork {

    /** The kind of record petitions are in the read log, their table. */
    public static final String PETITION_KIND = "petition";

    private final EntityManager entityManager;
    private final EvidenceGuard guard;
    private final Registry registry;
    private final ReadLog readLog;

    public Fieldwork(EntityManager entityManager, EvidenceGuard guard, Registry registry, ReadLog readLog) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.registry = registry;
        this.readLog = readLog;
    }

    @Transactional
    public Visit recordVisit(UUID inspectionId, LocalDate visitedOn, String place, String people, String notes,
            Caller caller) {
        guard.stationedInspectionOf(inspectionId, caller);
        Visit visit = new Visit(inspectionId, visitedOn, place, people, notes, caller.userId());
        entityManager.persist(visit);
        return visit;
    }

    public List<Visit> visits(UUID inspectionId, Caller caller) {
        guard.readable(inspectionId, caller);
        return entityManager.createQuery("from Visit where inspectionId = :inspection order by visitedOn, id", Visit.class)
                .setParameter("inspection", inspectionId).getResultList();
    }

    /**
     * Records a petition about the inspected organization or one below it (the inspected one when
     * {@code organizationId} is absent).
     */
    @Transactional
    public Petition receivePetition(UUID inspectionId, UUID organizationId, LocalDate receivedOn, PetitionChannel channel,
            String petitioner, String subject, String summary, Caller caller) {
        Inspection inspection = guard.stationedInspectionOf(inspectionId, caller);
        Organization inspected = registry.get(inspection.organizationId());
        Organization about = organizationId == null ? inspected : registry.find(organizationId)
                .filter(inspected::contains)
                .orElseThrow(() -> InvalidInput.of("organizationId", "must be the inspected organization or one below it"));
        Petition petition = new Petition(inspectionId, about.id(), receivedOn, channel, petitioner, subject, summary,
                caller.userId());
        entityManager.persist(petition);
        return petition;
    }

    /** The caller reads the petition, if they may (confidential): the read is logged. */
    public Petition petition(UUID id, Caller caller) {
        Petition petition = entityManager.find(Petition.class, id);
        if (petition == null) {
            throw new NotFound("Petition", id);
        }
        guard.requireConfidentialReader(petition.inspectionId(), caller, "Petition", id);
        readLog.read(PETITION_KIND, petition.id());
        return petition;
    }

    /** A page of the inspection's petitions, if the caller may read them; each one shown is logged. */
    public Page<Petition> petitions(UUID inspectionId, String cursor, int limit, Caller caller) {
        guard.requireConfidentialReader(inspectionId, caller, "Inspection", inspectionId);
        Page<Petition> page = Page.slice(entityManager.createQuery(
                        "from Petition where inspectionId = :inspection order by receivedOn, id", Petition.class)
                .setParameter("inspection", inspectionId).getResultList(), cursor, limit);
        readLog.listed(PETITION_KIND, page.items().stream().map(Petition::id).toList());
        return page;
    }
}
