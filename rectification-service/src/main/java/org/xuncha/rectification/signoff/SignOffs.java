package org.xuncha.rectification.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.xuncha.contract.EventTypes;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.PreconditionFailed;
import org.xuncha.platform.problem.PreconditionRequired;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;

/**
 * The triple sign-off (三签收). A signature is a conditional request on the case: the caller names
 * the version they read ({@code If-Match}), and a signature against a version that has moved is
 * refused, so nobody signs a case they have not seen in its current state.
 *
 * <p>Two signatures racing are settled by the database, never by luck: the unique constraint on
 * (case, capacity) refuses a second signature in the same capacity, and the case's version refuses
 * a write based on a version that another signature has moved. Either way one signature lands
 * and the other is refused (409 or 412); neither is a 500.
 */
@ApplicationScoped
public class SignOffs {

    private final Cases cases;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public SignOffs(Cases cases, Outbox outbox, EntityManager entityManager, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Signs the case in a capacity; the third signature moves it to RECTIFYING and enqueues
     * {@code SignOffCompleted} in the same transaction.
     *
     * @param ifMatch the request's {@code If-Match} header
     * @param name who signs for the organization, for the ORGANIZATION capacity; the leaders' names
     *     come from the registry
     */
    @Transactional
    public RectificationCase sign(UUID caseId, Capacity capacity, String name, String ifMatch, Caller caller) {
        RectificationCase signed = cases.get(caseId, caller);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired("Signing is a conditional request: send If-Match with the case's ETag");
        }
        signed.requireSigner(capacity, caller);
        if (!matches(ifMatch, signed.etag())) {
            throw new PreconditionFailed("Case " + caseId + " has changed since you read it (it is now "
                    + signed.etag() + "); read it again before signing");
        }
        signed.signOff(capacity, caller.userId(), name, OffsetDateTime.now(clock))
                .ifPresent(completed -> outbox.enqueue(EventTypes.SIGN_OFF_COMPLETED,
                        signed.organizationId().toString(), completed));
        try {
            entityManager.flush();
        } catch (ConstraintViolationException alreadySigned) {
            throw new Duplicate("Case " + caseId + " is already signed in the capacity " + capacity
                    + " (by a request at the same moment)");
        } catch (OptimisticLockException | StaleStateException moved) {
            throw new PreconditionFailed("Case " + caseId + " was changed by another request at the same moment; "
                    + "read it again before signing");
        }
        return signed;
    }

    /** RFC 9110 If-Match: a list of strong tags, or {@code *}. */
    static boolean matches(String ifMatch, String etag) {
        return Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
