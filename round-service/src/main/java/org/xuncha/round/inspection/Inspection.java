package org.xuncha.round.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;

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

    /** PLANNED to PREPARING: the team starts its preparation. */
    public void startPreparing() {
        require(InspectionState.PLANNED, "start preparing");
        state = InspectionState.PREPARING;
    }

    /** PREPARING to STATIONED (进驻). */
    public void station(OffsetDateTime at) {
        require(InspectionState.PREPARING, "station");
        state = InspectionState.STATIONED;
        stationedAt = at;
    }

    /** STATIONED to REPORTING: the team withdraws (撤离) and reports. */
    public void withdraw(OffsetDateTime at) {
        require(InspectionState.STATIONED, "withdraw");
        state = InspectionState.REPORTING;
        withdrawnAt = at;
    }

    /** REPORTING to FED_BACK: feedback issued. */
    public void feedBack(OffsetDateTime at) {
        require(InspectionState.REPORTING, "issue feedback");
        state = InspectionState.FED_BACK;
        fedBackAt = at;
    }

    /** Findings are drafted and confirmed while the team is on site and while it reports. */
    public void requireOpenForFindings(String action) {
        if (state != InspectionState.STATIONED && state != InspectionState.REPORTING) {
            throw new IllegalTransition("Inspection", id, state, action);
        }
    }

    private void require(InspectionState expected, String action) {
        if (state != expected) {
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

    public long version() {
        return version;
    }
}
