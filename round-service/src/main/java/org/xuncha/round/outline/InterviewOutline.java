package org.xuncha.round.outline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.evidence.IntervieweeCategory;
import org.xuncha.round.inspection.InspectionState;

/**
 * An interview outline (谈话提纲, seed 001). The common outline covers the inspection's focus; a
 * personal outline is tailored to one interviewee and handed to the unit's liaison (联络员) at least
 * {@code daysBefore} days before the interview, to reach the interviewee in time. Handing it over
 * late is allowed and flagged: the interview still takes place.
 */
@Entity
public class InterviewOutline {

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID teamId;

    @Enumerated(EnumType.STRING)
    private OutlineKind kind;

    private String title;

    private String content;

    private String interviewee;

    @Enumerated(EnumType.STRING)
    private IntervieweeCategory category;

    private LocalDate interviewOn;

    private UUID interviewId;

    private LocalDate interviewHeldOn;

    private LocalDate handoverDueBy;

    private LocalDate handedOverOn;

    private String handedOverTo;

    private String createdBy;

    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected InterviewOutline() {
    }

    private InterviewOutline(UUID inspectionId, UUID teamId, OutlineKind kind, String title, String content,
            String createdBy, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.teamId = teamId;
        this.kind = kind;
        this.title = title;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The common outline of an inspection, drafted before the team withdraws. */
    public static InterviewOutline common(UUID inspectionId, UUID teamId, InspectionState state, String title,
            String content, String by, OffsetDateTime at) {
        requireBeforeWithdrawal(inspectionId, state);
        return new InterviewOutline(inspectionId, teamId, OutlineKind.COMMON, title, content, by, at);
    }

    /**
     * A personal outline for an interviewee, drafted before the team withdraws, for an interview
     * planned on a day that is not past; its handover is due {@code daysBefore} days before that day.
     */
    public static InterviewOutline personal(UUID inspectionId, UUID teamId, InspectionState state, String title,
            String content, String interviewee, IntervieweeCategory category, LocalDate interviewOn, LocalDate today,
            int daysBefore, String by, OffsetDateTime at) {
        requireBeforeWithdrawal(inspectionId, state);
        if (interviewee == null || interviewee.isBlank()) {
            throw InvalidInput.of("interviewee", "is required for a personal outline");
        }
        if (interviewOn == null) {
            throw InvalidInput.of("interviewOn", "is required for a personal outline: the day of the interview");
        }
        if (interviewOn.isBefore(today)) {
            throw InvalidInput.of("interviewOn", "must not be past");
        }
        InterviewOutline outline = new InterviewOutline(inspectionId, teamId, OutlineKind.PERSONAL, title, content, by, at);
        outline.interviewee = interviewee.strip();
        outline.category = category;
        outline.interviewOn = interviewOn;
        outline.handoverDueBy = interviewOn.minusDays(daysBefore);
        return outline;
    }

    /** The personal outline reached the unit's liaison on {@code on}; once, not in the future. */
    public void handOver(LocalDate on, String liaison, LocalDate today) {
        requirePersonal("be handed over to the liaison");
        if (handedOverOn != null) {
            throw new Conflict("outline-handed-over", "The outline was handed over on " + handedOverOn);
        }
        if (on.isAfter(today)) {
            throw InvalidInput.of("handedOverOn", "must not be after today (" + today + ")");
        }
        handedOverOn = on;
        handedOverTo = liaison.strip();
    }

    /**
     * The interview held with this outline. Its day, not the planned one, decides whether the handover was
     * in time; an outline handed over late is flagged, the interview is not refused.
     */
    public void heldAs(UUID interview, UUID interviewInspectionId, LocalDate heldOn, int daysBefore) {
        requirePersonal("be linked to an interview");
        if (!inspectionId.equals(interviewInspectionId)) {
            throw InvalidInput.of("interviewId", "names no interview of the inspection");
        }
        if (interviewId != null) {
            throw new Conflict("outline-interview-linked", "The outline is already linked to interview " + interviewId);
        }
        interviewId = interview;
        interviewHeldOn = heldOn;
        handoverDueBy = heldOn.minusDays(daysBefore);
    }

    /**
     * Whether the personal outline reached the liaison after it was due, or has not reached them and
     * its due day is past. A common outline is never late.
     */
    public boolean handedOverLate(LocalDate today) {
        if (kind != OutlineKind.PERSONAL) {
            return false;
        }
        return handedOverOn == null ? today.isAfter(handoverDueBy) : handedOverOn.isAfter(handoverDueBy);
    }

    private void requirePersonal(String action) {
        if (kind != OutlineKind.PERSONAL) {
            throw new Conflict("common-outline", "A common outline cannot " + action + "; only personal outlines");
        }
    }

    private static void requireBeforeWithdrawal(UUID inspectionId, InspectionState state) {
        if (state != InspectionState.PLANNED && state != InspectionState.PREPARING && state != InspectionState.STATIONED) {
            throw new IllegalTransition("Inspection", inspectionId, state, "take interview outlines");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID teamId() {
        return teamId;
    }

    public OutlineKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public String interviewee() {
        return interviewee;
    }

    public IntervieweeCategory category() {
        return category;
    }

    public LocalDate interviewOn() {
        return interviewOn;
    }

    public UUID interviewId() {
        return interviewId;
    }

    public LocalDate interviewHeldOn() {
        return interviewHeldOn;
    }

    public LocalDate handoverDueBy() {
        return handoverDueBy;
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public String handedOverTo() {
        return handedOverTo;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
