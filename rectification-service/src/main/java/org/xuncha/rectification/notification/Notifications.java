package org.xuncha.rectification.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.Queries;
import org.xuncha.rectification.cases.CaseRoles;

/**
 * The notifications of feedback to the supervising bodies (一通报): each body's inbox, and its
 * acknowledgements.
 */
@ApplicationScoped
public class Notifications implements PanacheRepositoryBase<Notification, UUID> {

    private final Clock clock;

    public Notifications(Clock clock) {
        this.clock = clock;
    }

    /** Which notifications a list shows; absent fields do not filter. */
    public record Filter(NotifiedBody recipient, Boolean acknowledged, UUID caseId) {
    }

    /** A page of the notifications the caller's body received (the office sees all), oldest first. */
    public Page<Notification> list(Filter filter, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!CaseRoles.isOfficeSide(caller)) {
            List<NotifiedBody> own = Arrays.stream(NotifiedBody.values())
                    .filter(body -> caller.speaksFor(body.acknowledgingRole())).toList();
            conditions.add("recipient in :own");
            parameters.and("own", own);
        }
        Queries.equalIf(conditions, parameters, "recipient", "recipient", filter.recipient());
        Queries.equalIf(conditions, parameters, "rectificationCase.id", "caseId", filter.caseId());
        if (filter.acknowledged() != null) {
            conditions.add(filter.acknowledged() ? "acknowledgedAt is not null" : "acknowledgedAt is null");
        }
        return Queries.page(this, conditions, parameters, cursor, limit, Notification::id);
    }

    /** The notified body acknowledges it, once. */
    @Transactional
    public Notification acknowledge(UUID id, Caller caller) {
        Notification notification = findByIdOptional(id).orElseThrow(() -> new NotFound("Notification", id));
        notification.acknowledge(caller, OffsetDateTime.now(clock));
        Hibernate.initialize(notification.rectificationCase()); // the view names the case after the transaction
        return notification;
    }
}
