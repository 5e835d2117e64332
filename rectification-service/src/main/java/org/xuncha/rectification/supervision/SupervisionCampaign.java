package org.xuncha.rectification.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.InvalidInput;

/** A supervision campaign (整改集中督查) that evaluates the rectification of cases. */
@Entity
public class SupervisionCampaign {

    @Id
    private UUID id;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String scope;

    private String createdBy;

    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected SupervisionCampaign() {
    }

    public SupervisionCampaign(String name, LocalDate startsOn, LocalDate endsOn, String scope, String createdBy,
            OffsetDateTime createdAt) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw InvalidInput.of("endsOn", "must not be before startsOn");
        }
        this.id = Ids.next();
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.scope = scope;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String scope() {
        return scope;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
