package org.xuncha.rectification.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/**
 * The rectification of one inspection's findings by the inspected organization, from feedback to
 * verification (DOMAIN.md §6). Opened from {@code FeedbackIssued}; holds whom the feedback
 * addressed and who must sign.
 */
@Entity
public class RectificationCase {

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID feedbackId;

    private UUID organizationId;

    private String organizationName;

    private String organizationType;

    private UUID parentOrganizationId;

    private String parentOrganizationName;

    private String disciplineBody;

    @AttributeOverrides({
            @AttributeOverride(name = "userId", column = @Column(name = "principal_leader_user_id")),
            @AttributeOverride(name = "name", column = @Column(name = "principal_leader_name")),
            @AttributeOverride(name = "post", column = @Column(name = "principal_leader_post"))
    })
    private Leader principalLeader;

    @AttributeOverrides({
            @AttributeOverride(name = "userId", column = @Column(name = "leader_in_charge_user_id")),
            @AttributeOverride(name = "name", column = @Column(name = "leader_in_charge_name")),
            @AttributeOverride(name = "post", column = @Column(name = "leader_in_charge_post"))
    })
    private Leader leaderInCharge;

    private UUID termId;

    private UUID roundId;

    private String roundTitle;

    private String teamName;

    private OffsetDateTime fedBackAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ListPoint> secretaryPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ListPoint> accountabilityPoints;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    private boolean overdue;

    private boolean escalated;

    private OffsetDateTime openedAt;

    @Version
    private long version;

    protected RectificationCase() {
    }

    private RectificationCase(FeedbackIssued feedback, OffsetDateTime openedAt) {
        this.id = Ids.next();
        this.inspectionId = feedback.inspectionId();
        this.feedbackId = feedback.feedbackId();
        this.organizationId = feedback.organization().id();
        this.organizationName = feedback.organization().name();
        this.organizationType = feedback.organization().type();
        this.parentOrganizationId = feedback.organization().parentId();
        this.parentOrganizationName = feedback.organization().parentName();
        this.disciplineBody = feedback.organization().disciplineBody();
        this.principalLeader = Leader.of(feedback.principalLeader());
        this.leaderInCharge = Leader.of(feedback.leaderInCharge());
        this.termId = feedback.round().termId();
        this.roundId = feedback.round().id();
        this.roundTitle = feedback.round().name();
        this.teamName = feedback.team().name();
        this.fedBackAt = feedback.issuedAt();
        this.secretaryPoints = feedback.secretaryPoints().stream().map(p -> new ListPoint(p.persons(), p.matter())).toList();
        this.accountabilityPoints =
                feedback.accountabilityPoints().stream().map(p -> new ListPoint(p.persons(), p.matter())).toList();
        this.state = CaseState.AWAITING_SIGNOFF;
        this.openedAt = openedAt;
    }

    /** Opens the case that the feedback calls for; it waits for the three signatures. */
    public static RectificationCase open(FeedbackIssued feedback, OffsetDateTime openedAt) {
        return new RectificationCase(feedback, openedAt);
    }

    /**
     * Whether the caller may know this case exists: the office, leadership and the supervising
     * bodies see every case; a UNIT only its own organization's; a leader in charge only those of
     * the organizations they oversee.
     */
    public boolean isVisibleTo(Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION)) {
            return true;
        }
        if (caller.hasRole(Roles.UNIT) && caller.organizationId().filter(organizationId::equals).isPresent()) {
            return true;
        }
        return caller.hasRole(Roles.LEADER_IN_CHARGE) && leaderInCharge != null
                && Objects.equals(leaderInCharge.userId(), caller.userId());
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID feedbackId() {
        return feedbackId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    public String organizationType() {
        return organizationType;
    }

    public UUID parentOrganizationId() {
        return parentOrganizationId;
    }

    public String parentOrganizationName() {
        return parentOrganizationName;
    }

    public String disciplineBody() {
        return disciplineBody;
    }

    public Leader principalLeader() {
        return principalLeader;
    }

    public Leader leaderInCharge() {
        return leaderInCharge;
    }

    public UUID termId() {
        return termId;
    }

    public UUID roundId() {
        return roundId;
    }

    public String roundTitle() {
        return roundTitle;
    }

    public String teamName() {
        return teamName;
    }

    public OffsetDateTime fedBackAt() {
        return fedBackAt;
    }

    public List<ListPoint> secretaryPoints() {
        return secretaryPoints;
    }

    public List<ListPoint> accountabilityPoints() {
        return accountabilityPoints;
    }

    public CaseState state() {
        return state;
    }

    public boolean overdue() {
        return overdue;
    }

    public boolean escalated() {
        return escalated;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public long version() {
        return version;
    }
}
