package org.xuncha.rectification.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.config.RectificationConfig;
import org.xuncha.rectification.delivery.Delivery;
import org.xuncha.rectification.delivery.DeliveryMethod;
import org.xuncha.rectification.delivery.Recipient;
import org.xuncha.rectification.notification.Notification;
import org.xuncha.rectification.notification.NotifiedBody;
import org.xuncha.rectification.report.NoticeChannel;
import org.xuncha.rectification.signoff.Capacity;
import org.xuncha.rectification.signoff.Signature;

/**
 * The rectification of one inspection's findings by the inspected organization, from feedback to
 * verification (DOMAIN.md §6): AWAITING_SIGNOFF → RECTIFYING → REPORTED → VERIFYING → CLOSED, with
 * OVERDUE and ESCALATED as flags. Holds whom the feedback addressed, the deliveries (双反馈), the
 * signatures (三签收), the notifications (一通报), the deadlines, the plan and the report.
 *
 * <p>Every change sets {@code updatedAt}, so the version, which is the case's ETag, moves with it.
 */
@Entity
public class RectificationCase {

    /** Organization types whose feedback also goes to the parent organization. */
    public static final Set<String> GRASSROOTS_TYPES = Set.of("VILLAGE", "COMMUNITY");

    private static final String AGGREGATE = "Rectification case";
    private static final Set<CaseState> WORKING = EnumSet.of(CaseState.RECTIFYING, CaseState.REPORTED,
            CaseState.VERIFYING);

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

    private UUID teamId;

    private String teamName;

    /** The office's number of the inspection, for feedback entered by a history import; its ledger is matched by it. */
    private String inspectionNumber;

    /**
     * A case of an earlier round, opened from feedback a history import entered: its ledger comes from a
     * ledger import and its deadlines are a record, never flagged against today's clock.
     */
    private boolean historical;

    private OffsetDateTime fedBackAt;

    /** As fed back; never changed, so Hibernate keeps no JSON snapshot of it to compare. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<ListPoint> secretaryPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<ListPoint> accountabilityPoints;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    /** Whether something of the case is past its deadline now; kept by the deadline check. */
    @OptimisticLock(excluded = true)
    private boolean overdue;

    private boolean escalated;

    private OffsetDateTime openedAt;

    private OffsetDateTime updatedAt;

    private OffsetDateTime signOffDueAt;

    private OffsetDateTime planDueAt;

    private OffsetDateTime reportDueAt;

    private OffsetDateTime signedOffAt;

    private String planContent;

    private OffsetDateTime planSubmittedAt;

    private String planSubmittedBy;

    private int planRevision;

    private String reportSummary;

    private OffsetDateTime reportedAt;

    private String reportSignedByUserId;

    private String reportSignedByName;

    private Integer reportItemsFedBack;

    private Integer reportItemsClosed;

    @Enumerated(EnumType.STRING)
    private NoticeChannel publicNoticeChannel;

    private OffsetDateTime publicNoticeAt;

    private String publicNoticeScope;

    private OffsetDateTime verifyingAt;

    private OffsetDateTime closedAt;

    private int reopenedCount;

    @OptimisticLock(excluded = true)
    private OffsetDateTime signOffOverdueAt;

    @OptimisticLock(excluded = true)
    private OffsetDateTime planOverdueAt;

    @OptimisticLock(excluded = true)
    private OffsetDateTime reportOverdueAt;

    // Sets, joined: reading a case by id is one statement (the case outer-joined to its signatures,
    // deliveries and notifications; a few rows each, so their product stays a few dozen rows).
    // A list's query loads them by the batch instead (Hibernate ignores JOIN for HQL).
    @OneToMany(mappedBy = "rectificationCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    @BatchSize(size = 64)
    @OrderBy("signedAt, id")
    private Set<Signature> signatures = new LinkedHashSet<>();

    @OneToMany(mappedBy = "rectificationCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    @BatchSize(size = 64)
    @OrderBy("deliveredAt, id")
    private Set<Delivery> deliveries = new LinkedHashSet<>();

    @OneToMany(mappedBy = "rectificationCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    @BatchSize(size = 64)
    @OrderBy("recipient")
    private Set<Notification> notifications = new LinkedHashSet<>();

    @Version
    private long version;

    protected RectificationCase() {
    }

    private RectificationCase(FeedbackIssued feedback, OffsetDateTime openedAt, RectificationConfig.Deadlines due) {
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
        this.teamId = feedback.team().id();
        this.teamName = feedback.team().name();
        this.inspectionNumber = feedback.inspectionNumber();
        this.historical = feedback.fromHistory();
        this.fedBackAt = feedback.issuedAt();
        this.secretaryPoints = feedback.secretaryPoints().stream().map(p -> new ListPoint(p.persons(), p.matter())).toList();
        this.accountabilityPoints =
                feedback.accountabilityPoints().stream().map(p -> new ListPoint(p.persons(), p.matter())).toList();
        this.state = CaseState.AWAITING_SIGNOFF;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
        this.signOffDueAt = fedBackAt.plus(due.signOff());
        this.planDueAt = fedBackAt.plus(due.plan());
        this.reportDueAt = fedBackAt.plus(due.report());
        this.notifications.add(new Notification(this, NotifiedBody.DISCIPLINE_BODY,
                disciplineBody == null ? "纪委监委" : disciplineBody, openedAt));
        this.notifications.add(new Notification(this, NotifiedBody.ORGANIZATION_DEPARTMENT, "组织部", openedAt));
    }

    /**
     * Opens the case that the feedback calls for: it waits for the three signatures, its deadlines
     * run from the feedback, and the discipline body and the organization department are notified.
     */
    public static RectificationCase open(FeedbackIssued feedback, OffsetDateTime openedAt,
            RectificationConfig.Deadlines deadlines) {
        return new RectificationCase(feedback, openedAt, deadlines);
    }

    // --- who may see and act -------------------------------------------------------------------

    /**
     * Whether the caller may know this case exists: the office, leadership and the supervising
     * bodies see every case; a UNIT its own organization's, and the cases of its villages and
     * communities (their feedback also goes to it); a leader in charge those they oversee.
     */
    public boolean isVisibleTo(Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION)) {
            return true;
        }
        if (caller.hasRole(Roles.UNIT) && caller.organizationId().isPresent()) {
            UUID own = caller.organizationId().get();
            if (own.equals(organizationId)
                    || (own.equals(parentOrganizationId) && GRASSROOTS_TYPES.contains(organizationType))) {
                return true;
            }
        }
        return isOverseenBy(caller);
    }

    /** Whether the caller speaks for the organization itself: a UNIT account of it. */
    public boolean isOwnedBy(Caller caller) {
        return caller.hasRole(Roles.UNIT) && caller.organizationId().filter(organizationId::equals).isPresent();
    }

    private boolean isOverseenBy(Caller caller) {
        return caller.hasRole(Roles.LEADER_IN_CHARGE) && leaderInCharge != null
                && Objects.equals(leaderInCharge.userId(), caller.userId());
    }

    private boolean isPrincipalLeader(Caller caller) {
        return isOwnedBy(caller) && principalLeader != null && principalLeader.userId() != null
                && principalLeader.userId().equals(caller.userId());
    }

    /** The organization's own acts (plan, notes, evidence, public notice) need one of its accounts. */
    public void requireOwner(Caller caller, String action) {
        if (!isOwnedBy(caller)) {
            throw new Forbidden("Only a UNIT account of " + organizationName + " may " + action);
        }
    }

    // --- 三签收 ---------------------------------------------------------------------------------

    /** Refuses a caller who may not sign in this capacity. */
    public void requireSigner(Capacity capacity, Caller caller) {
        boolean allowed = switch (capacity) {
            case ORGANIZATION -> isOwnedBy(caller);
            case PRINCIPAL_LEADER -> isPrincipalLeader(caller);
            case LEADER_IN_CHARGE -> isOverseenBy(caller);
        };
        if (!allowed) {
            throw new Forbidden(switch (capacity) {
                case ORGANIZATION -> "Only a UNIT account of " + organizationName + " signs for the organization";
                case PRINCIPAL_LEADER -> "Only the principal leader's own account ("
                        + (principalLeader == null ? "none on record" : principalLeader.name()) + ") signs as principal leader";
                case LEADER_IN_CHARGE -> "Only the leader in charge's own account ("
                        + (leaderInCharge == null ? "none on record" : leaderInCharge.name()) + ") signs as leader in charge";
            });
        }
    }

    /**
     * Records a signature. Each capacity signs once; the third signature moves the case to
     * RECTIFYING and returns the event that says so.
     */
    public Optional<SignOffCompleted> signOff(Capacity capacity, String userId, String name, OffsetDateTime now) {
        if (signatureOf(capacity).isPresent()) {
            throw new Duplicate("Case " + id + " is already signed in the capacity " + capacity);
        }
        requireState(CaseState.AWAITING_SIGNOFF, "be signed");
        String signer = switch (capacity) {
            case ORGANIZATION -> name == null || name.isBlank() ? organizationName : name;
            case PRINCIPAL_LEADER -> principalLeader.name();
            case LEADER_IN_CHARGE -> leaderInCharge.name();
        };
        signatures.add(new Signature(this, capacity, userId, signer, now));
        touch(now);
        if (signatures.size() < Capacity.values().length) {
            return Optional.empty();
        }
        state = CaseState.RECTIFYING;
        signedOffAt = now;
        return Optional.of(new SignOffCompleted(id, inspectionId, now, signatures.stream()
                .map(s -> new SignOffCompleted.Signature(s.capacity().name(), s.userId(), s.name(), s.signedAt()))
                .toList()));
    }

    public Optional<Signature> signatureOf(Capacity capacity) {
        return signatures.stream().filter(signature -> signature.capacity() == capacity).findFirst();
    }

    // --- 双反馈 ---------------------------------------------------------------------------------

    /** The recipients this case's feedback goes to. */
    public List<Recipient> recipients() {
        return GRASSROOTS_TYPES.contains(organizationType) && parentOrganizationId != null
                ? List.of(Recipient.values())
                : List.of(Recipient.ORGANIZATION, Recipient.PRINCIPAL_LEADER, Recipient.LEADER_IN_CHARGE);
    }

    /** Records that the feedback reached a recipient; once per recipient. */
    public Delivery recordDelivery(Recipient recipient, String receivedBy, OffsetDateTime deliveredAt,
            DeliveryMethod method, String note, String recordedBy, OffsetDateTime now) {
        if (!recipients().contains(recipient)) {
            throw InvalidInput.of("recipient", "is not a recipient of this feedback: the parent organization receives "
                    + "the feedback of villages and communities only");
        }
        if (state == CaseState.CLOSED) {
            throw new IllegalTransition(AGGREGATE, id, state, "record a delivery");
        }
        if (deliveries.stream().anyMatch(delivery -> delivery.recipient() == recipient)) {
            throw new Duplicate("The feedback's delivery to the " + recipient + " is already recorded");
        }
        Delivery delivery = new Delivery(this, recipient, receivedBy, deliveredAt, method, note, recordedBy, now);
        deliveries.add(delivery);
        touch(now);
        return delivery;
    }

    // --- plan and report ----------------------------------------------------------------------

    /** The organization's rectification plan; it may be revised until the report is in. */
    public void submitPlan(String content, String submittedBy, OffsetDateTime now) {
        requireState(CaseState.RECTIFYING, "take a rectification plan");
        planContent = content;
        planSubmittedBy = submittedBy;
        planSubmittedAt = now;
        planRevision++;
        touch(now);
    }

    /**
     * The rectification report, signed by the secretary (the principal leader) with the truthfulness
     * commitment. The counts of this moment are kept: they give the rate at the first report.
     */
    public RectificationReported submitReport(String summary, Caller signer, int itemsFedBack, int itemsClosed,
            OffsetDateTime now) {
        if (!isPrincipalLeader(signer)) {
            throw new Forbidden("The report is signed with the truthfulness commitment by the principal leader ("
                    + (principalLeader == null ? "none on record" : principalLeader.name()) + ") from their own account");
        }
        requireState(CaseState.RECTIFYING, "take the rectification report");
        if (planSubmittedAt == null) {
            throw new Conflict("plan-missing", "Case " + id + " has no rectification plan yet; the plan comes first");
        }
        reportSummary = summary;
        reportedAt = now;
        reportSignedByUserId = signer.userId();
        reportSignedByName = principalLeader.name();
        reportItemsFedBack = itemsFedBack;
        reportItemsClosed = itemsClosed;
        state = CaseState.REPORTED;
        touch(now);
        return new RectificationReported(id, inspectionId, now, itemsFedBack, itemsClosed);
    }

    /** Records how the organization made its rectification public; once, after the report. */
    public void recordPublicNotice(NoticeChannel channel, OffsetDateTime noticeAt, String scope, OffsetDateTime now) {
        if (reportedAt == null) {
            throw new IllegalTransition(AGGREGATE, id, state, "record a public notice before the report");
        }
        if (publicNoticeAt != null) {
            throw new Duplicate("The public notice of case " + id + " is already recorded");
        }
        publicNoticeChannel = channel;
        publicNoticeAt = noticeAt;
        publicNoticeScope = scope;
        touch(now);
    }

    /** The office starts verifying the report (对账销号). */
    public void startVerification(OffsetDateTime now) {
        requireState(CaseState.REPORTED, "start verification");
        state = CaseState.VERIFYING;
        verifyingAt = now;
        touch(now);
    }

    /**
     * The office closes the case when every item is closed, or is a long-term one (长期坚持) that
     * goes on beyond the case.
     *
     * @param unfinished the items neither closed nor long-term
     */
    public CaseClosed close(List<UUID> unfinished, int itemsFedBack, int itemsClosed, OffsetDateTime now) {
        requireState(CaseState.VERIFYING, "close");
        if (!unfinished.isEmpty()) {
            throw new Conflict("items-unfinished", unfinished.size() + " item(s) of case " + id
                    + " are neither closed nor long-term", Map.of("unfinishedItems", unfinished));
        }
        state = CaseState.CLOSED;
        closedAt = now;
        overdue = false;
        touch(now);
        return new CaseClosed(id, inspectionId, now, itemsFedBack, itemsClosed);
    }

    /** An item was reopened; a closed case goes back to the office's verification. */
    public void itemReopened(OffsetDateTime now) {
        if (state == CaseState.CLOSED) {
            state = CaseState.VERIFYING;
            closedAt = null;
            reopenedCount++;
        }
        touch(now);
    }

    /** Items are worked on from the sign-off until the case closes. */
    public void requireWorking(String action) {
        if (!WORKING.contains(state)) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    /** The office adds items until the case closes. */
    public void requireOpen(String action) {
        if (state == CaseState.CLOSED) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    /** Follow-ups and supervision look at a case once rectification has started. */
    public void requireSignedOff(String action) {
        if (state == CaseState.AWAITING_SIGNOFF) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    public void escalate(OffsetDateTime now) {
        escalated = true;
        touch(now);
    }

    // --- a historical ledger (imported) ---------------------------------------------------------

    /** What an imported ledger row did to the case, and the events it causes, in the order they go out. */
    public record LedgerEntry(boolean changed, Optional<SignOffCompleted> signedOff,
            Optional<RectificationReported> reported, Optional<CaseClosed> closed) {
    }

    /**
     * The first half of a ledger row: its signatures and its plan. The third signature moves the case to
     * RECTIFYING and returns {@code SignOffCompleted}, so round-service follows the case as a live one.
     * The whole row is checked first ({@link #checkLedger}): a refused row changes nothing.
     */
    public LedgerEntry enterSignatures(CaseLedger ledger, String by, ZoneId zone, OffsetDateTime now) {
        checkLedger(ledger, zone, now);
        boolean changed = false;
        for (Capacity capacity : Capacity.values()) {
            LocalDate on = ledger.signedOn(capacity);
            if (on != null && signatureOf(capacity).isEmpty()) {
                String name = switch (capacity) {
                    case ORGANIZATION -> ledger.organizationSigner() == null ? organizationName : ledger.organizationSigner();
                    case PRINCIPAL_LEADER -> principalLeader == null ? null : principalLeader.name();
                    case LEADER_IN_CHARGE -> leaderInCharge == null ? null : leaderInCharge.name();
                };
                signatures.add(new Signature(this, capacity, by, name, noon(on, zone)));
                changed = true;
            }
        }
        Optional<SignOffCompleted> signedOff = Optional.empty();
        if (state == CaseState.AWAITING_SIGNOFF && signatures.size() == Capacity.values().length) {
            state = CaseState.RECTIFYING;
            signedOffAt = signatures.stream().map(Signature::signedAt).max(OffsetDateTime::compareTo).orElseThrow();
            signedOff = Optional.of(new SignOffCompleted(id, inspectionId, signedOffAt, signatures.stream()
                    .map(s -> new SignOffCompleted.Signature(s.capacity().name(), s.userId(), s.name(), s.signedAt()))
                    .toList(), true));
        }
        if (ledger.planSubmittedOn() != null && planSubmittedAt == null) {
            planSubmittedAt = noon(ledger.planSubmittedOn(), zone);
            planContent = ledger.plan();
            planSubmittedBy = by;
            planRevision = 1;
            changed = true;
        }
        if (changed) {
            touch(now);
        }
        return new LedgerEntry(changed, signedOff, Optional.empty(), Optional.empty());
    }

    /**
     * The second half of a ledger row, once its items are entered: the report (with the counts of its
     * day: the rate at the first report) and the closing, each with the event a live case sends.
     *
     * @param closedByReport items fed back that the ledger closed on or before the report's day
     * @param unfinished the items neither closed nor long-term, which keep the case from closing
     */
    public LedgerEntry concludeFromLedger(CaseLedger ledger, int itemsFedBack, int closedByReport, int itemsClosed,
            List<UUID> unfinished, String by, ZoneId zone, OffsetDateTime now) {
        checkLedger(ledger, zone, now);
        if (ledger.closedOn() != null && closedAt == null && !unfinished.isEmpty()) {
            throw InvalidInput.of("closedOn", unfinished.size() + " item(s) of the case of inspection " + inspectionNumber
                    + " are neither closed nor long-term in the ledger, so it cannot have closed on " + ledger.closedOn()
                    + "; the row's signatures and plan were entered");
        }
        boolean changed = false;
        Optional<RectificationReported> reported = Optional.empty();
        Optional<CaseClosed> closed = Optional.empty();
        if (ledger.reportedOn() != null && reportedAt == null) {
            reportedAt = noon(ledger.reportedOn(), zone);
            reportSummary = ledger.reportSummary();
            reportSignedByUserId = by;
            reportSignedByName = principalLeader == null ? null : principalLeader.name();
            reportItemsFedBack = itemsFedBack;
            reportItemsClosed = closedByReport;
            state = CaseState.REPORTED;
            reported = Optional.of(new RectificationReported(id, inspectionId, reportedAt, itemsFedBack, closedByReport,
                    true));
            changed = true;
        }
        if (ledger.state() == CaseState.VERIFYING && state == CaseState.REPORTED) {
            state = CaseState.VERIFYING;
            verifyingAt = reportedAt;
            changed = true;
        }
        if (ledger.closedOn() != null && closedAt == null) {
            closedAt = noon(ledger.closedOn(), zone);
            verifyingAt = verifyingAt == null ? closedAt : verifyingAt;
            state = CaseState.CLOSED;
            overdue = false;
            closed = Optional.of(new CaseClosed(id, inspectionId, closedAt, itemsFedBack, itemsClosed, true));
            changed = true;
        }
        if (changed) {
            touch(now);
        }
        return new LedgerEntry(changed, Optional.empty(), reported, closed);
    }

    /**
     * Checks a ledger row against itself and what the case holds, changing nothing: the case is
     * historical; each day lies between the feedback and today, in the order sign-off, plan, report,
     * closing; what is recorded is not moved (a signature, the plan, the report or the closing on
     * another day is refused); a state the row gives agrees with its days.
     */
    public void checkLedger(CaseLedger ledger, ZoneId zone, OffsetDateTime now) {
        if (!historical) {
            throw InvalidInput.of("inspectionNumber", "names a case opened live (" + inspectionNumber + "): its ledger "
                    + "is kept through the API, not imported");
        }
        LocalDate fedBackOn = fedBackAt.atZoneSameInstant(zone).toLocalDate();
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        int signed = 0;
        LocalDate lastSigned = fedBackOn;
        for (Capacity capacity : Capacity.values()) {
            LocalDate on = recorded(CaseLedger.column(capacity), ledger.signedOn(capacity),
                    signatureOf(capacity).map(Signature::signedAt).orElse(null), fedBackOn, today, zone);
            if (on != null) {
                signed++;
                lastSigned = on.isAfter(lastSigned) ? on : lastSigned;
            }
        }
        boolean signedOff = signed == Capacity.values().length;
        LocalDate plan = recorded("planSubmittedOn", ledger.planSubmittedOn(), planSubmittedAt, lastSigned, today, zone);
        LocalDate report = recorded("reportedOn", ledger.reportedOn(), reportedAt, lastSigned, today, zone);
        LocalDate closing = recorded("closedOn", ledger.closedOn(), closedAt, report == null ? fedBackOn : report, today, zone);
        if ((plan != null || report != null) && !signedOff) {
            throw InvalidInput.of(plan != null ? "planSubmittedOn" : "reportedOn", "comes after the three sign-off days "
                    + "(三签收: organizationSignedOn, principalLeaderSignedOn, leaderInChargeSignedOn), which the row and the "
                    + "case lack");
        }
        if (closing != null && report == null) {
            throw InvalidInput.of("closedOn", "needs the report's day (reportedOn): a case closes after its report");
        }
        CaseState derived = closing != null ? CaseState.CLOSED
                : report != null ? (state == CaseState.VERIFYING ? CaseState.VERIFYING : CaseState.REPORTED)
                : signedOff ? CaseState.RECTIFYING : CaseState.AWAITING_SIGNOFF;
        if (ledger.state() != null && ledger.state() != derived
                && !(ledger.state() == CaseState.VERIFYING && derived == CaseState.REPORTED)) {
            throw InvalidInput.of("state", "is " + ledger.state() + " but the ledger's days make the case " + derived);
        }
    }

    /** The day a step was taken: the row's, checked against what is recorded, or the recorded one. */
    private static LocalDate recorded(String column, LocalDate given, OffsetDateTime stored, LocalDate notBefore,
            LocalDate today, ZoneId zone) {
        LocalDate storedDay = stored == null ? null : stored.atZoneSameInstant(zone).toLocalDate();
        if (given == null) {
            return storedDay;
        }
        if (given.isBefore(notBefore) || given.isAfter(today)) {
            throw InvalidInput.of(column, "must lie between " + notBefore + " (the feedback or the step before) and today ("
                    + today + "), not " + given);
        }
        if (storedDay != null && !storedDay.equals(given)) {
            throw InvalidInput.of(column, "is recorded as " + storedDay + " already: an import does not move it");
        }
        return given;
    }

    private static OffsetDateTime noon(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
    }

    // --- deadlines ------------------------------------------------------------------------------

    /**
     * Flags the case's own deadlines (sign-off, plan, report) that have passed, each once, and
     * returns an event for each newly missed one.
     */
    public List<RectificationOverdue> flagMissedDeadlines(OffsetDateTime now) {
        List<RectificationOverdue> missed = new ArrayList<>();
        if (historical) {
            return missed;
        }
        if (signOffOverdueAt == null && signOffLate(now)) {
            signOffOverdueAt = now;
            missed.add(overdue("SIGNOFF", signOffDueAt, now));
        }
        if (planOverdueAt == null && planLate(now)) {
            planOverdueAt = now;
            missed.add(overdue("PLAN", planDueAt, now));
        }
        if (reportOverdueAt == null && reportLate(now)) {
            reportOverdueAt = now;
            missed.add(overdue("REPORT", reportDueAt, now));
        }
        return missed;
    }

    /** Sets the overdue flag: on while a deadline of the case or one of its items is missed. */
    public void refreshOverdue(boolean anItemIsOverdue, OffsetDateTime now) {
        overdue = !historical && state != CaseState.CLOSED && (signOffLate(now) || planLate(now) || reportLate(now) || anItemIsOverdue);
    }

    private boolean signOffLate(OffsetDateTime now) {
        return state == CaseState.AWAITING_SIGNOFF && now.isAfter(signOffDueAt);
    }

    private boolean planLate(OffsetDateTime now) {
        return state != CaseState.CLOSED && planSubmittedAt == null && now.isAfter(planDueAt);
    }

    private boolean reportLate(OffsetDateTime now) {
        return state != CaseState.CLOSED && reportedAt == null && now.isAfter(reportDueAt);
    }

    private RectificationOverdue overdue(String what, OffsetDateTime dueAt, OffsetDateTime now) {
        return new RectificationOverdue(id, inspectionId, what, null, null, dueAt, now);
    }

    private void requireState(CaseState required, String action) {
        if (state != required) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    private void touch(OffsetDateTime now) {
        updatedAt = now;
    }

    // --- reading --------------------------------------------------------------------------------

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

    public UUID teamId() {
        return teamId;
    }

    public String teamName() {
        return teamName;
    }

    public String inspectionNumber() {
        return inspectionNumber;
    }

    public boolean historical() {
        return historical;
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

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime signOffDueAt() {
        return signOffDueAt;
    }

    public OffsetDateTime planDueAt() {
        return planDueAt;
    }

    public OffsetDateTime reportDueAt() {
        return reportDueAt;
    }

    public OffsetDateTime signedOffAt() {
        return signedOffAt;
    }

    public String planContent() {
        return planContent;
    }

    public OffsetDateTime planSubmittedAt() {
        return planSubmittedAt;
    }

    public String planSubmittedBy() {
        return planSubmittedBy;
    }

    public int planRevision() {
        return planRevision;
    }

    public String reportSummary() {
        return reportSummary;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public String reportSignedByUserId() {
        return reportSignedByUserId;
    }

    public String reportSignedByName() {
        return reportSignedByName;
    }

    public Integer reportItemsFedBack() {
        return reportItemsFedBack;
    }

    public Integer reportItemsClosed() {
        return reportItemsClosed;
    }

    public NoticeChannel publicNoticeChannel() {
        return publicNoticeChannel;
    }

    public OffsetDateTime publicNoticeAt() {
        return publicNoticeAt;
    }

    public String publicNoticeScope() {
        return publicNoticeScope;
    }

    public OffsetDateTime verifyingAt() {
        return verifyingAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public int reopenedCount() {
        return reopenedCount;
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    public long version() {
        return version;
    }

    /** The case's entity tag: its version, quoted. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
