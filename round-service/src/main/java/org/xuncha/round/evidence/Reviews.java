package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.finding.FindingRepository;

/** Document and financial reviews, worked through the checklists, and the checklists themselves. */
@ApplicationScoped
public class Reviews {

    private final EntityManager entityManager;
    private final EvidenceGuard guard;
    private final FindingRepository findings;
    private final Clock clock;

    public Reviews(EntityManager entityManager, EvidenceGuard guard, FindingRepository findings, Clock clock) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.findings = findings;
        this.clock = clock;
    }

    /** Starts a review of the inspection with every active item of its checklist, unchecked. */
    @Transactional
    public Review start(UUID inspectionId, ReviewKind kind, Caller caller) {
        guard.stationedInspectionOf(inspectionId, caller);
        if (!entityManager.createQuery("from Review where inspectionId = :inspection and kind = :kind", Review.class)
                .setParameter("inspection", inspectionId).setParameter("kind", kind).getResultList().isEmpty()) {
            throw new Duplicate("The inspection's " + kind + " review is already started");
        }
        Review review = new Review(inspectionId, kind, OffsetDateTime.now(clock));
        entityManager.persist(review);
        checklist(kind).forEach(item -> entityManager.persist(new ReviewEntry(review.id(), item)));
        return review;
    }

    /** Checks an item of a review, with a note and the findings it supports. */
    @Transactional
    public ReviewEntry check(UUID reviewId, String itemCode, String note, List<UUID> findingIds, Caller caller) {
        Review review = entityManager.find(Review.class, reviewId);
        if (review == null) {
            throw new NotFound("Review", reviewId);
        }
        guard.stationedInspectionOf(review.inspectionId(), caller);
        ReviewEntry entry = entityManager.find(ReviewEntry.class, new ReviewEntry.Key(reviewId, itemCode));
        if (entry == null) {
            throw new NotFound("Item of review " + reviewId, itemCode);
        }
        if (findings.all(findingIds).stream().anyMatch(finding -> !finding.inspectionId().equals(review.inspectionId()))
                || findings.all(findingIds).size() != findingIds.stream().distinct().count()) {
            throw InvalidInput.of("findingIds", "must name findings of the same inspection");
        }
        entry.check(note, findingIds, caller.userId(), OffsetDateTime.now(clock));
        return entry;
    }

    public Review get(UUID id, Caller caller) {
        Review review = entityManager.find(Review.class, id);
        if (review == null) {
            throw new NotFound("Review", id);
        }
        guard.requireReadable(review.inspectionId(), caller, "Review", id);
        return review;
    }

    public List<Review> ofInspection(UUID inspectionId, Caller caller) {
        guard.readable(inspectionId, caller);
        return entityManager.createQuery("from Review where inspectionId = :inspection order by kind", Review.class)
                .setParameter("inspection", inspectionId).getResultList();
    }

    public List<ReviewEntry> entries(UUID reviewId) {
        return entityManager.createQuery("from ReviewEntry where key.reviewId = :review order by position", ReviewEntry.class)
                .setParameter("review", reviewId).getResultList();
    }

    public List<ReviewItem> checklist(ReviewKind kind) {
        return entityManager.createQuery("from ReviewItem where kind = :kind and active order by position", ReviewItem.class)
                .setParameter("kind", kind).getResultList();
    }

    /** Adds an item at the end of a checklist: an office loads its full lists this way. */
    @Transactional
    public ReviewItem addItem(ReviewKind kind, String code, String name) {
        if (entityManager.find(ReviewItem.class, code) != null) {
            throw new Duplicate("The checklists already have an item " + code);
        }
        Number last = (Number) entityManager.createQuery("select coalesce(max(position), 0) from ReviewItem where kind = :kind")
                .setParameter("kind", kind).getSingleResult();
        ReviewItem item = new ReviewItem(code, kind, last.intValue() + 1, name);
        entityManager.persist(item);
        return item;
    }
}
