package org.xuncha.round.outline;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.evidence.EvidenceGuard;
import org.xuncha.round.evidence.Interview;
import org.xuncha.round.evidence.Interviews;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.team.TeamAccess;

/**
 * Interview outlines: drafted by the team's leader; personal ones are confidential like interviews
 * (the office, the leadership and the team's leader read them; anyone else gets 404), the common one
 * is read by the whole team.
 */
@ApplicationScoped
public class Outlines {

    /** The read log's name for a personal outline, which names its interviewee. */
    public static final String RECORD_KIND = "interview_outline";

    private final OutlineRepository outlines;
    private final Inspections inspections;
    private final Interviews interviews;
    private final EvidenceGuard guard;
    private final TeamAccess teamAccess;
    private final OutlineConfig config;
    private final Clock clock;
    private final ReadLog readLog;

    public Outlines(OutlineRepository outlines, Inspections inspections, Interviews interviews, EvidenceGuard guard,
            TeamAccess teamAccess, OutlineConfig config, Clock clock, ReadLog readLog) {
        this.outlines = outlines;
        this.inspections = inspections;
        this.interviews = interviews;
        this.guard = guard;
        this.teamAccess = teamAccess;
        this.config = config;
        this.clock = clock;
        this.readLog = readLog;
    }

    @Transactional
    public InterviewOutline draft(OutlineDraft draft, Caller caller) {
        Inspection inspection = inspections.namedForItsTeam(draft.inspectionId(), caller);
        if (!teamAccess.leads(inspection.teamId(), caller)) {
            throw new Forbidden("Only the team's leader (组长) drafts its interview outlines");
        }
        InterviewOutline outline;
        if (draft.kind() == OutlineKind.COMMON) {
            if (draft.interviewee() != null || draft.interviewOn() != null || draft.category() != null) {
                throw InvalidInput.of(draft.interviewee() != null ? "interviewee"
                        : draft.interviewOn() != null ? "interviewOn" : "category", "is only for a personal outline");
            }
            outline = InterviewOutline.common(inspection.id(), inspection.teamId(), inspection.state(), draft.title(),
                    draft.content(), caller.userId(), now());
            if (outlines.count("inspectionId = ?1 and kind = ?2", inspection.id(), OutlineKind.COMMON) > 0) {
                throw new Duplicate("The inspection already has its common outline");
            }
        } else {
            outline = InterviewOutline.personal(inspection.id(), inspection.teamId(), inspection.state(), draft.title(),
                    draft.content(), draft.interviewee(), draft.category(), draft.interviewOn(), today(),
                    config.handoverDaysBefore(), caller.userId(), now());
        }
        outlines.persist(outline);
        return outline;
    }

    /** The office or the team's leader records the day the personal outline reached the unit's liaison. */
    @Transactional
    public InterviewOutline handOver(UUID id, LocalDate on, String liaison, Caller caller) {
        InterviewOutline outline = get(id, caller);
        requireOfficeOrLeader(outline, caller, "records the handover of");
        outline.handOver(on, liaison, today());
        return outline;
    }

    /** Links the interview held with the outline; a late handover is flagged, nothing is refused for it. */
    @Transactional
    public InterviewOutline heldAs(UUID id, UUID interviewId, Caller caller) {
        InterviewOutline outline = get(id, caller);
        requireOfficeOrLeader(outline, caller, "links the interview of");
        Interview interview;
        try {
            interview = interviews.get(interviewId, caller);
        } catch (NotFound unknown) {
            throw InvalidInput.of("interviewId", "names no interview of the inspection");
        }
        if (outlines.count("interviewId", interviewId) > 0) {
            throw new Duplicate("Another outline is linked to interview " + interviewId);
        }
        outline.heldAs(interview.id(), interview.inspectionId(), interview.heldOn(), config.handoverDaysBefore());
        return outline;
    }

    /** The outline, if the caller may read it; a personal one's read is logged (its answer shows it). */
    public InterviewOutline get(UUID id, Caller caller) {
        InterviewOutline outline = outlines.findByIdOptional(id).filter(readable -> mayRead(readable, caller))
                .orElseThrow(() -> new NotFound("Interview outline", id));
        readLog.listed(RECORD_KIND, personal(List.of(outline)));
        return outline;
    }

    /**
     * A page of an inspection's outlines, oldest first: personal ones only for confidential readers;
     * {@code late} keeps only the personal outlines handed over late (or not at all, past their due day).
     */
    public Page<InterviewOutline> list(UUID inspectionId, OutlineKind kind, Boolean late, UUID interviewId, String cursor,
            int limit, Caller caller) {
        inspections.get(inspectionId, caller);
        List<String> conditions = new ArrayList<>(List.of("inspectionId = :inspection"));
        Parameters parameters = Parameters.with("inspection", inspectionId);
        if (!guard.mayReadConfidential(inspectionId, caller)) {
            conditions.add("kind = :common");
            parameters.and("common", OutlineKind.COMMON);
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (interviewId != null) {
            conditions.add("interviewId = :interview");
            parameters.and("interview", interviewId);
        }
        if (late != null) {
            String isLate = "(kind = :personal and ((handedOverOn is null and handoverDueBy < :today) "
                    + "or handedOverOn > handoverDueBy))";
            conditions.add(late ? isLate : "not " + isLate);
            parameters.and("personal", OutlineKind.PERSONAL).and("today", today());
        }
        if (cursor != null) {
            conditions.add("id > :after");
            try {
                parameters.and("after", Cursor.decode(cursor, 1).id(0));
            } catch (IllegalArgumentException notAnId) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        List<InterviewOutline> rows = outlines.find(String.join(" and ", conditions) + " order by id", parameters)
                .page(0, limit + 1).list();
        Page<InterviewOutline> page = Page.of(rows, limit, outline -> Cursor.of(outline.id()));
        readLog.listed(RECORD_KIND, personal(page.items()));
        return page;
    }

    private static List<UUID> personal(List<InterviewOutline> shown) {
        return shown.stream().filter(outline -> outline.kind() == OutlineKind.PERSONAL).map(InterviewOutline::id).toList();
    }

    /** The committee's today, against which an outline not yet handed over is late. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean mayRead(InterviewOutline outline, Caller caller) {
        return outline.kind() == OutlineKind.COMMON ? teamAccess.mayRead(outline.teamId(), caller)
                : guard.mayReadConfidential(outline.inspectionId(), caller);
    }

    private void requireOfficeOrLeader(InterviewOutline outline, Caller caller, String action) {
        if (!caller.hasRole(Roles.OFFICE) && !teamAccess.leads(outline.teamId(), caller)) {
            throw new Forbidden("Only the office or the team's leader " + action + " an outline");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
