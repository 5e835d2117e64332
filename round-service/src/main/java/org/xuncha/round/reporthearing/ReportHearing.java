package org.xuncha.round.reporthearing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.InvalidInput;

/**
 * The leadership group heard a team's report of a round (听取巡察情况汇报, seed 004 §12): who chaired,
 * when, and the conclusions. A team is heard once it has withdrawn from all its inspections of the
 * round; whether it was heard in time is the batch's to say ({@link BatchHearings}).
 */
@Entity
public class ReportHearing {

    @Id
    private UUID id;

    private UUID roundId;

    private UUID teamId;

    private LocalDate heardOn;

    private String chairedBy;

    private String conclusions;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected ReportHearing() {
    }

    private ReportHearing(UUID roundId, UUID teamId, LocalDate heardOn, String chairedBy, String conclusions,
            String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.roundId = roundId;
        this.teamId = teamId;
        this.heardOn = heardOn;
        this.chairedBy = chairedBy;
        this.conclusions = conclusions;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Records the hearing of a team that has withdrawn from every inspection of the round, on a day
     * from its withdrawal up to today. A late hearing is recorded, not refused.
     */
    public static ReportHearing record(UUID roundId, TeamStationing team, LocalDate heardOn, LocalDate today,
            String chairedBy, String conclusions, String recordedBy, OffsetDateTime recordedAt) {
        if (!team.withdrawn()) {
            throw new Conflict("team-not-withdrawn", "The team has inspections of the round not yet withdrawn; the "
                    + "leadership group hears it once its stationing is over");
        }
        if (heardOn.isAfter(today)) {
            throw InvalidInput.of("heardOn", "must not be after today (" + today + ")");
        }
        if (heardOn.isBefore(team.lastWithdrawnOn())) {
            throw InvalidInput.of("heardOn", "must not be before the team withdrew (" + team.lastWithdrawnOn() + ")");
        }
        return new ReportHearing(roundId, team.teamId(), heardOn, chairedBy.strip(), conclusions, recordedBy, recordedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID teamId() {
        return teamId;
    }

    public LocalDate heardOn() {
        return heardOn;
    }

    public String chairedBy() {
        return chairedBy;
    }

    public String conclusions() {
        return conclusions;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
