package org.xuncha.round.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.team.TeamAccess;

/**
 * Letters to partner departments before stationing (函询) and their answers. The answers are
 * confidential: only the office, the leadership and the inspecting team may read them; anyone else
 * is told they do not exist.
 */
@ApplicationScoped
public class InfoRequests {

    /** The kind of record info requests are in the read log, their table. */
    public static final String RECORD_KIND = "info_request";

    private final InfoRequestRepository requests;
    private final Inspections inspections;
    private final TeamAccess teamAccess;
    private final Clock clock;
    private final ReadLog readLog;

    public InfoRequests(InfoRequestRepository requests, Inspections inspections, TeamAccess teamAccess, Clock clock,
            ReadLog readLog) {
        this.requests = requests;
        this.inspections = inspections;
        this.teamAccess = teamAccess;
        this.clock = clock;
        this.readLog = readLog;
    }

    @Transactional
    public InfoRequest send(UUID inspectionId, PartnerDepartment department, String subject, LocalDate dueOn) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> InvalidInput.of("inspectionId", "names no inspection"));
        if (inspection.state() != InspectionState.PLANNED && inspection.state() != InspectionState.PREPARING) {
            throw new IllegalTransition("Inspection", inspectionId, inspection.state(), "send info requests");
        }
        LocalDate today = LocalDate.now(clock);
        if (dueOn.isBefore(today)) {
            throw InvalidInput.of("dueOn", "must not be before today, " + today);
        }
        if (requests.sent(inspectionId, department)) {
            throw new Duplicate("An info request to " + department + " was already sent for this inspection");
        }
        InfoRequest request = new InfoRequest(inspectionId, department, subject, today, dueOn);
        requests.persist(request);
        return request;
    }

    @Transactional
    public InfoRequest answer(UUID id, int materialCount, String confidentialSummary, Caller caller) {
        InfoRequest request = requests.findByIdOptional(id).orElseThrow(() -> new NotFound("Info request", id));
        request.answer(materialCount, confidentialSummary, caller.userId(), LocalDate.now(clock));
        return request;
    }

    /** The caller reads the request, if they may; reading an answered one (its answer is confidential) is logged. */
    public InfoRequest get(UUID id, Caller caller) {
        InfoRequest request = requests.findByIdOptional(id)
                .filter(found -> teamAccess.mayRead(inspections.get(found.inspectionId()).teamId(), caller))
                .orElseThrow(() -> new NotFound("Info request", id));
        readLog.listed(RECORD_KIND, answered(List.of(request)));
        return request;
    }

    /** A page of the inspection's requests, if the caller may read them; each answer shown is logged. */
    public Page<InfoRequest> ofInspection(UUID inspectionId, String cursor, int limit, Caller caller) {
        Inspection inspection = inspections.find(inspectionId)
                .filter(found -> teamAccess.mayRead(found.teamId(), caller))
                .orElseThrow(() -> new NotFound("Inspection", inspectionId));
        Page<InfoRequest> page = Page.slice(requests.ofInspection(inspection.id()), cursor, limit);
        readLog.listed(RECORD_KIND, answered(page.items()));
        return page;
    }

    private static List<UUID> answered(List<InfoRequest> shown) {
        return shown.stream().filter(request -> request.state() == InfoRequestState.ANSWERED).map(InfoRequest::id)
                .toList();
    }
}
