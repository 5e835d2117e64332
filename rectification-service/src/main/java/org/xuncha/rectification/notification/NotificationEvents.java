package org.xuncha.rectification.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.rectification.RectificationNotified;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.rectification.cases.RectificationCase;

/**
 * The notifications of a feedback (一通报) as events: {@code RectificationNotified} to each notified
 * body, on its topic and feed, keyed by the case, in the transaction that opens the case.
 */
@ApplicationScoped
public class NotificationEvents {

    private final Feeds feeds;

    public NotificationEvents(Feeds feeds) {
        this.feeds = feeds;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(RectificationCase opened, FeedbackIssued feedback) {
        OrganizationRef organization = feedback.organization();
        for (Notification notification : opened.notifications()) {
            boolean discipline = notification.recipient() == NotifiedBody.DISCIPLINE_BODY;
            feeds.publish(EventTypes.RECTIFICATION_NOTIFIED, notification.recipient().topic(),
                    opened.organizationId().toString(), opened.id().toString(),
                    new RectificationNotified(notification.id(), opened.id(), opened.inspectionId(),
                            notification.recipient().name(), notification.recipientName(), organization,
                            new RectificationNotified.Round(opened.roundId(), opened.termId(), opened.roundTitle()),
                            new RectificationNotified.Team(opened.teamId(), opened.teamName()),
                            opened.fedBackAt(), notification.sentAt(), feedback.findings().size(),
                            opened.signOffDueAt(), opened.reportDueAt(),
                            discipline ? opened.accountabilityPoints().stream()
                                    .map(point -> new RectificationNotified.Point(point.persons(), point.matter()))
                                    .toList() : java.util.List.of()));
        }
    }
}
