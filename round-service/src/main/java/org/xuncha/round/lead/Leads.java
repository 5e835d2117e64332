package org.xuncha.round.lead;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.xuncha.platform.operations.CommitCounters;
import org.xuncha.platform.operations.CommitCounters.CommitCounter;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.TeamAccess;

/**
 * Leads, confidential (按机密件办理): only the office, the leadership, the team's leader and the body a
 * lead was transferred to may read one; for anybody else it does not exist (404, not 403).
 */
@ApplicationScoped
public class Leads {

    /** The kind of record leads are in the read log, their table. */
    public static final String RECORD_KIND = "lead";

    private final LeadRepository leads;
    private final Inspections inspections;
    private final TeamAccess teamAccess;
    private final LeadEvents events;
    private final LeadConfig config;
    private final Clock clock;
    private final ReadLog readLog;
    private final Map<ReceivingBody, CommitCounter> transferredCount = new EnumMap<>(ReceivingBody.class);

    public Leads(LeadRepository leads, Inspections inspections, TeamAccess teamAccess, LeadEvents events,
            LeadConfig config, Clock clock, CommitCounters counters, ReadLog readLog) {
        this.leads = leads;
        this.inspections = inspections;
        this.teamAccess = teamAccess;
        this.events = events;
        this.config = config;
        this.clock = clock;
        this.readLog = readLog;
        for (ReceivingBody body : ReceivingBody.values()) {
            transferredCount.put(body, counters.counter("xuncha.leads.transferred", "Leads transferred to a receiving body",
                    "receivingBody", body.name()));
        }
    }

    /** A member of the inspecting team registers a lead, while stationed or reporting. */
    @Transactional
    public Lead receive(UUID inspectionId, String summary, String persons, String source, Caller caller) {
        Inspection inspection = inspections.namedForItsTeam(inspectionId, caller);
        if (inspection.state() != InspectionState.STATIONED && inspection.state() != InspectionState.REPORTING) {
            throw new IllegalTransition("Inspection", inspectionId, inspection.state(),
                    "take leads");
        }
        Lead lead = new Lead(inspections.countedUnder(inspection), summary, persons, source,
                caller.cadreId().orElse(null), now());
        leads.persist(lead);
        return lead;
    }

    @Transactional
    public Lead assess(UUID id, String assessment, Caller caller) {
        Lead lead = readable(id, caller);
        requireTeamLeader(lead, caller, "assesses");
        lead.assess(assessment, now());
        return lead;
    }

    @Transactional
    public Lead report(UUID id, Caller caller) {
        Lead lead = readable(id, caller);
        requireTeamLeader(lead, caller, "reports");
        lead.report(now());
        return lead;
    }

    /**
     * The office hands the lead to a body (移交); another body must be named. The commission and the
     * department get {@code LeadTransferred} on their topic and feed; their first report is due a quarter later.
     */
    @Transactional
    public Lead transfer(UUID id, ReceivingBody body, String bodyName, Caller caller) {
        Lead lead = readable(id, caller);
        if (!caller.hasRole(Roles.OFFICE)) {
            throw new Forbidden("The office (巡察办) transfers leads");
        }
        if (body == ReceivingBody.OTHER && (bodyName == null || bodyName.isBlank())) {
            throw InvalidInput.of("bodyName", "must name the body when it is not the discipline commission or the "
                    + "organization department");
        }
        OffsetDateTime now = now();
        lead.transfer(body, bodyName == null || bodyName.isBlank() ? body.name() : bodyName.trim(), now,
                config.nextReportDue(now, clock.getZone()));
        events.transferred(lead);
        transferredCount.get(body).increment();
        return lead;
    }

    @Transactional
    public Lead archive(UUID id, Caller caller) {
        Lead lead = readable(id, caller);
        if (!caller.hasRole(Roles.OFFICE)) {
            throw new Forbidden("The office (巡察办) archives leads");
        }
        lead.archive(now());
        events.archived(lead);
        return lead;
    }

    /** The caller reads the lead, if they may know it exists: the read is logged. */
    public Lead read(UUID id, Caller caller) {
        Lead lead = readable(id, caller);
        readLog.read(RECORD_KIND, lead.id());
        return lead;
    }

    /** The lead, if the caller may know it exists. */
    public Lead readable(UUID id, Caller caller) {
        return leads.findByIdOptional(id).filter(lead -> mayRead(lead, caller))
                .orElseThrow(() -> new NotFound("Lead", id));
    }

    /** Whether the caller may know the lead exists. */
    public boolean mayRead(UUID id, Caller caller) {
        return leads.findByIdOptional(id).filter(lead -> mayRead(lead, caller)).isPresent();
    }

    /**
     * A page of the leads the caller may read, oldest first; {@code overdueOnly} keeps the
     * transferred ones without a report in the last quarter. Each lead shown is a read, logged.
     */
    public Page<Lead> list(UUID inspectionId, UUID termId, LeadState state, boolean overdueOnly, String cursor, int limit,
            Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        scopeTo(caller, conditions, parameters);
        if (inspectionId != null) {
            conditions.add("inspectionId = :inspectionId");
            parameters.and("inspectionId", inspectionId);
        }
        if (termId != null) {
            conditions.add("termId = :termId");
            parameters.and("termId", termId);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters.and("state", state);
        }
        if (overdueOnly) {
            conditions.add("state = :transferred and reportDueAt <= :now");
            parameters.and("transferred", LeadState.TRANSFERRED).and("now", now());
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        List<Lead> rows = leads.find(query, parameters).page(0, limit + 1).list();
        Page<Lead> page = Page.of(rows, limit, lead -> Cursor.of(lead.id()));
        readLog.listed(RECORD_KIND, page.items().stream().map(Lead::id).toList());
        return page;
    }

    public boolean isOverdue(Lead lead) {
        return lead.isOverdue(now());
    }

    private boolean mayRead(Lead lead, Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)) {
            return true;
        }
        if (lead.transferredTo() != null && lead.transferredTo() != ReceivingBody.OTHER
                && lead.transferredTo().isActedForBy(caller)) {
            return true;
        }
        return teamAccess.leads(lead.teamId(), caller);
    }

    private void scopeTo(Caller caller, List<String> conditions, Parameters parameters) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)) {
            return;
        }
        List<String> visible = new ArrayList<>();
        for (ReceivingBody body : List.of(ReceivingBody.DISCIPLINE_COMMISSION, ReceivingBody.ORGANIZATION_DEPARTMENT)) {
            if (body.isActedForBy(caller)) {
                visible.add("transferredTo = :" + body.name().toLowerCase());
                parameters.and(body.name().toLowerCase(), body);
            }
        }
        if (caller.hasRole(Roles.TEAM_LEADER) && caller.cadreId().isPresent()) {
            visible.add("teamId in (select t.id from Team t join t.members m where m.cadreId = :self and m.position = :leader)");
            parameters.and("self", caller.cadreId().get()).and("leader", Position.LEADER);
        }
        conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
    }

    private void requireTeamLeader(Lead lead, Caller caller, String action) {
        if (!teamAccess.leads(lead.teamId(), caller)) {
            throw new Forbidden("The team's leader " + action + " its leads");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
