package org.xuncha.round.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.bodies.LeadArchived;
import org.xuncha.contract.bodies.LeadDisposed;
import org.xuncha.contract.bodies.LeadProgressReported;
import org.xuncha.contract.bodies.LeadTransferred;
import org.xuncha.platform.feed.FeedEvent;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.Teams;

/**
 * The events of a lead transferred to the discipline commission or the organization department, on
 * that body's topic and feed, keyed by the lead so that one lead's events stay in order; in the
 * transaction of the step. Leads transferred to another body cause none: no system receives them.
 */
@ApplicationScoped
public class LeadEvents {

    private static final Set<String> ABOUT_A_LEAD = Set.of(EventTypes.LEAD_TRANSFERRED.name(),
            EventTypes.LEAD_PROGRESS_REPORTED.name(), EventTypes.LEAD_DISPOSED.name(), EventTypes.LEAD_ARCHIVED.name());

    private final Feeds feeds;
    private final Planning planning;
    private final Teams teams;
    private final Registry registry;

    public LeadEvents(Feeds feeds, Planning planning, Teams teams, Registry registry) {
        this.feeds = feeds;
        this.planning = planning;
        this.teams = teams;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void transferred(Lead lead) {
        Round round = planning.round(lead.roundId());
        Team team = teams.get(lead.teamId());
        Organization organization = registry.get(lead.organizationId());
        String parentName = organization.parentId() == null ? null
                : registry.find(organization.parentId()).map(Organization::name).orElse(null);
        publish(lead, EventTypes.LEAD_TRANSFERRED, new LeadTransferred(lead.id(), lead.transferredTo().name(),
                lead.receivingBody(), lead.transferredAt(), lead.reportDueAt(), lead.summary(), lead.persons(),
                lead.source(),
                new LeadTransferred.Inspection(lead.inspectionId(),
                        new LeadTransferred.Round(round.id(), round.termId(), round.number(), round.kind().name(),
                                round.title()),
                        new LeadTransferred.Team(team.id(), team.name())),
                new OrganizationRef(organization.id(), organization.name(), organization.type().name(),
                        organization.parentId(), parentName, organization.disciplineBody())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void progressReported(Lead lead, LeadReport report) {
        publish(lead, EventTypes.LEAD_PROGRESS_REPORTED, new LeadProgressReported(lead.id(), report.id(),
                report.reference(), report.progress(), report.receivedAt(), lead.reportDueAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disposed(Lead lead, LeadReport report) {
        publish(lead, EventTypes.LEAD_DISPOSED, new LeadDisposed(lead.id(), report.id(), report.reference(),
                lead.disposition().name(), lead.dispositionNote(), lead.casesFiled(), lead.personsSanctioned(),
                lead.judicialTransfers(), lead.disposedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(Lead lead) {
        publish(lead, EventTypes.LEAD_ARCHIVED, new LeadArchived(lead.id(), lead.archivedAt()));
    }

    private <P> void publish(Lead lead, EventType<P> type, P payload) {
        lead.transferredTo().topic().ifPresent(topic -> feeds.publish(type, topic, lead.organizationId().toString(),
                lead.id().toString(), payload));
    }

    /** The leads a page of a feed shows, in its order, once each: the subjects of its lead events. */
    public static List<UUID> leadsShownIn(List<FeedEvent> events) {
        return events.stream().filter(event -> ABOUT_A_LEAD.contains(event.type())).map(FeedEvent::subject).distinct()
                .map(UUID::fromString).toList();
    }
}
