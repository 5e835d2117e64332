package org.xuncha.round.outline;

import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.round.evidence.IntervieweeCategory;

/** An outline to draft; interviewee, category and the interview's day only for a personal outline. */
public record OutlineDraft(UUID inspectionId, OutlineKind kind, String title, String content, String interviewee,
        IntervieweeCategory category, LocalDate interviewOn) {
}
