package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;

/** Visits made and petitions received while stationed. */
@ApplicationScoped
public class Fieldwork {

    private final EntityManager entityManager;
    private final EvidenceGuard guard;
    private final Registry registry;

    public Fieldwork(EntityManager entityManager, EvidenceGuard guard, Registry registry) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.registry = registry;
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

    public Petition petition(UUID id, Caller caller) {
        Petition petition = entityManager.find(Petition.class, id);
        if (petition == null) {
            throw new NotFound("Petition", id);
        }
        guard.requireConfidentialReader(petition.inspectionId(), caller, "Petition", id);
        return petition;
    }

    public List<Petition> petitions(UUID inspectionId, Caller caller) {
        guard.requireConfidentialReader(inspectionId, caller, "Inspection", inspectionId);
        return entityManager.createQuery("from Petition where inspectionId = :inspection order by receivedOn, id",
                Petition.class).setParameter("inspection", inspectionId).getResultList();
    }
}
