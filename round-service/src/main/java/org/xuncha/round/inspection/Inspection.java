package org.xuncha.round.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.preparation.Missing;
import org.xuncha.round.preparation.PreparationIncomplete;
import org.xuncha.round.registry.Organization;

/**
 * One team inspecting one organization in one round (巡察任务): the unit of work, of feedback and
 * of rectification. Its transitions refuse to run from any state but the one they leave.
 */
@Entity
public class Inspection {

    @Id
    private UUID id;

    private UUID roundId;

    private UUID teamId;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private InspectionState state;

    private OffsetDateTime createdAt;

    private OffsetDateTime stationedAt;

    private OffsetDateTime withdrawnAt;

    private OffsetDateTime fedBackAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_extension", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "organization_id")
    private Set<UUID> extensions = new LinkedHashSet<>();

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(UUID roundId, UUID teamId, UUID organizationId, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.roundId = roundId;
        this.teamId = teamId;
        this.organizationId = organizationId;
        this.state = InspectionState.PLANNED;
        this.createdAt = createdAt;
    }

    /**
     * Extends the inspection (延伸) to organizations below the one inspected; villages reached this
     * way count as covered for the term.
     */
    public void extendTo(Organization inspected, List<Organization> below) {
        if (state != InspectionState.PLANNED && state != InspectionState.PREPARING && state != InspectionState.STATIONED) {
            throw new IllegalTransition("Inspection", id, state, "extend to more organizations");
        }
        for (int i = 0; i < below.size(); i++) {
            Organization candidate = below.get(i);
            if (candidate.id().equals(inspected.id()) || !inspected.contains(candidate)) {
                throw InvalidInput.of("extensions[" + i + "]", "must be an organization below " + inspected.name());
            }
            extensions.add(candidate.id());
        }
    }

    /** The organization inspected and those the inspection extends to. */
    public List<UUID> organizationsCovered() {
        List<UUID> covered = new ArrayList<>();
        covered.add(organizationId);
        covered.addAll(extensions);
        return covered;
    }

    /** PLANNED to PREPARING: the team starts its preparation. */
    public void startPreparing() {
        requireState(InspectionState.PLANNED, "start preparing");
        state = InspectionState.PREPARING;
    }

    /**
     * PREPARING to STATIONED (进驻), when nothing is missing.
     *
     * @param missing what the preparation gate found still missing
     */
    public void station(List<Missing> missing, OffsetDateTime at) {
        requireState(InspectionState.PREPARING, "station");
        if (!missing.isEmpty()) {
            throw new PreparationIncomplete(id, missing);
        }
        state = InspectionState.STATIONED;
        stationedAt = at;
    }

    /** Refuses what the current state does not allow. */
    public void requireState(InspectionState expected, String action) {
        if (state != expected) {
            throw new IllegalTransition("Inspection", id, state, action);
        }
    }

    /** STATIONED to REPORTING: the team withdraws (撤离) and reports. */
    public void withdraw(OffsetDateTime at) {
        requireState(InspectionState.STATIONED, "withdraw");
        state = InspectionState.REPORTING;
        withdrawnAt = at;
    }

    /** REPORTING to FED_BACK: feedback issued. */
    public void feedBack(OffsetDateTime at) {
        requireState(InspectionState.REPORTING, "issue feedback");
        state = InspectionState.FED_BACK;
        fedBackAt = at;
    }

    /** FED_BACK to RECTIFYING: the organization signed off its rectification case. */
    public void startRectifying() {
        requireState(InspectionState.FED_BACK, "start rectifying");
        state = InspectionState.RECTIFYING;
    }

    /** RECTIFYING to CLOSED (archived): its rectification case is closed. */
    public void close() {
        requireState(InspectionState.RECTIFYING, "close");
        state = InspectionState.CLOSED;
    }

    /** Findings are drafted and confirmed while the team is on site and while it reports. */
    public void requireOpenForFindings(String action) {
        if (state != InspectionState.STATIONED && state != InspectionState.REPORTING) {
            throw new IllegalTransition("Inspection", id, state, action);
        }
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

    public UUID organizationId() {
        return organizationId;
    }

    public InspectionState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime stationedAt() {
        return stationedAt;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public OffsetDateTime fedBackAt() {
        return fedBackAt;
    }

    public Set<UUID> extensions() {
        return Set.copyOf(extensions);
    }

    public long version() {
        return version;
    }
}
