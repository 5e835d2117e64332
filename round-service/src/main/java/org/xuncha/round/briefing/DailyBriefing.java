package org.xuncha.round.briefing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.inspection.InspectionState;

/**
 * The team's evening briefing (碰头会) on a day of stationing: what each sub-group found that day,
 * discussed and sorted into the problem list (seed 001). One per inspection and day.
 */
@Entity
public class DailyBriefing {

    public static final int MAX_ENTRIES = 20;

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID teamId;

    private LocalDate heldOn;

    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "daily_briefing_entry", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "position")
    private List<BriefingEntry> entries = new ArrayList<>();

    private String recordedBy;

    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected DailyBriefing() {
    }

    private DailyBriefing(BriefingFacts facts, LocalDate heldOn, String summary, List<BriefingEntry> entries,
            String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.inspectionId = facts.inspectionId();
        this.teamId = facts.teamId();
        this.heldOn = heldOn;
        this.summary = summary;
        this.entries.addAll(entries);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Records the evening's briefing: only while the team is stationed, for a day from the day it
     * stationed up to today, with what at least one sub-group found, each sub-group of the team
     * once.
     */
    public static DailyBriefing hold(BriefingFacts facts, LocalDate heldOn, String summary, List<BriefingEntry> entries,
            String recordedBy, OffsetDateTime recordedAt) {
        if (facts.state() != InspectionState.STATIONED) {
            throw new IllegalTransition("Inspection", facts.inspectionId(), facts.state(), "hold a daily briefing");
        }
        if (heldOn.isAfter(facts.today())) {
            throw InvalidInput.of("heldOn", "must not be after today (" + facts.today() + ")");
        }
        if (facts.stationedOn() != null && heldOn.isBefore(facts.stationedOn())) {
            throw InvalidInput.of("heldOn", "must be a day of stationing, from " + facts.stationedOn());
        }
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw InvalidInput.of("entries", "must hold 1 to " + MAX_ENTRIES + " entries");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            UUID subGroup = entries.get(i).subGroupId();
            if (subGroup == null) {
                continue;
            }
            if (!facts.subGroupsOfTeam().contains(subGroup)) {
                throw InvalidInput.of("entries[" + i + "].subGroupId", "names no sub-group of the team");
            }
            if (!seen.add(subGroup)) {
                throw InvalidInput.of("entries[" + i + "].subGroupId", "reports once per briefing");
            }
        }
        return new DailyBriefing(facts, heldOn, summary, entries, recordedBy, recordedAt);
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

    public LocalDate heldOn() {
        return heldOn;
    }

    public String summary() {
        return summary;
    }

    public List<BriefingEntry> entries() {
        return List.copyOf(entries);
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
