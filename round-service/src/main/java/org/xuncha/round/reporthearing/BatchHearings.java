package org.xuncha.round.reporthearing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a batch's teams were heard in time: the batch ends on the day the last of its inspections
 * withdrew, and each of its teams is due to be heard within {@code withinDays} of that day. A batch is
 * overdue when a team was heard after that, or is not heard and that day is past.
 *
 * @param endedOn the batch's end, or {@code null} while an inspection is not withdrawn (or there is none)
 */
public record BatchHearings(LocalDate endedOn, LocalDate dueBy, List<TeamStatus> teams, boolean overdue) {

    /** A team of the batch and its hearing, if any. */
    public record TeamStatus(UUID teamId, UUID hearingId, LocalDate heardOn, boolean late) {
    }

    public static BatchHearings of(List<TeamStationing> stationings, Map<UUID, ReportHearing> hearings, LocalDate today,
            int withinDays) {
        boolean ended = !stationings.isEmpty() && stationings.stream().allMatch(TeamStationing::withdrawn);
        LocalDate endedOn = ended ? stationings.stream().map(TeamStationing::lastWithdrawnOn)
                .max(Comparator.naturalOrder()).orElseThrow() : null;
        LocalDate dueBy = endedOn == null ? null : endedOn.plusDays(withinDays);
        List<TeamStatus> teams = stationings.stream().map(stationing -> {
            Optional<ReportHearing> hearing = Optional.ofNullable(hearings.get(stationing.teamId()));
            boolean late = dueBy != null && hearing.map(h -> h.heardOn().isAfter(dueBy)).orElse(today.isAfter(dueBy));
            return new TeamStatus(stationing.teamId(), hearing.map(ReportHearing::id).orElse(null),
                    hearing.map(ReportHearing::heardOn).orElse(null), late);
        }).toList();
        return new BatchHearings(endedOn, dueBy, teams, teams.stream().anyMatch(TeamStatus::late));
    }
}
