package org.xuncha.rectification.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;

/**
 * An item of the rectification ledger (整改台账): one problem to rectify, OPEN → IN_PROGRESS →
 * SUBMITTED → CLOSED (对账销号), or back from SUBMITTED to IN_PROGRESS with a reason; a follow-up
 * or supervision may reopen a CLOSED item. Each move returns the transition to record.
 */
@Entity
public class LedgerItem {

    private static final String AGGREGATE = "Ledger item";

    @Id
    private UUID id;

    private UUID caseId;

    private UUID findingId;

    @Enumerated(EnumType.STRING)
    private ItemOrigin origin;

    private String categoryCode;

    private String categoryName;

    private String problem;

    /** The persons a point of the secretary's or accountability list names. */
    private String persons;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    private String measures;

    private String responsiblePerson;

    private String responsibleDepartment;

    /** The competent department (主管部门) the office routed the item to for centralized rectification. */
    private String competentDepartment;

    @Enumerated(EnumType.STRING)
    private ItemTerm term;

    private LocalDate deadline;

    private BigDecimal moneyRecovered = BigDecimal.ZERO;

    private int rulesEstablished;

    private int personsHeldAccountable;

    private OffsetDateTime submittedAt;

    private OffsetDateTime closedAt;

    private String closedBy;

    /** The deadline whose passing was last flagged, so each deadline is flagged once. */
    @OptimisticLock(excluded = true)
    private LocalDate overdueFlaggedFor;

    private OffsetDateTime createdAt;

    /** The office's own number of the item: its finding's number, or the number of an item the office added. */
    private String itemNumber;

    /** An item of a historical case: its deadline and state are the imported ledger's, never flagged against today. */
    private boolean historical;

    @Version
    private long version;

    protected LedgerItem() {
    }

    private LedgerItem(UUID caseId, UUID findingId, ItemOrigin origin, String categoryCode, String categoryName,
            String problem, String persons, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.caseId = caseId;
        this.findingId = findingId;
        this.origin = origin;
        this.categoryCode = categoryCode;
        this.categoryName = categoryName;
        this.problem = problem;
        this.persons = persons;
        this.state = ItemState.OPEN;
        this.createdAt = createdAt;
    }

    /** The item a finding fed back becomes; of a historical case, it carries the finding's office number. */
    public static LedgerItem forFinding(UUID caseId, FeedbackIssued.Finding finding, boolean historical,
            OffsetDateTime createdAt) {
        LedgerItem item = new LedgerItem(caseId, finding.findingId(), ItemOrigin.FINDING, finding.categoryCode(),
                finding.categoryName(), finding.description(), null, createdAt);
        item.itemNumber = finding.findingNumber();
        item.historical = historical;
        return item;
    }

    /** An item the office added to a historical case, as its imported ledger has it, by the office's number. */
    public static LedgerItem addedFromLedger(UUID caseId, String itemNumber, ItemOrigin origin, String problem,
            String persons, OffsetDateTime createdAt) {
        LedgerItem item = added(caseId, origin, problem, persons, createdAt);
        item.itemNumber = itemNumber;
        item.historical = true;
        return item;
    }

    /**
     * What an imported ledger row did to the item: whether it changed anything, the transition to
     * record when its state moved, and whether it was closed by it (so {@code LedgerItemClosed} goes out).
     */
    public record LedgerEntry(boolean changed, Optional<ItemTransition> transition, boolean closedNow) {
    }

    /**
     * Enters the item as a historical ledger states it: its rectification, its state and when it was
     * closed. The ledger's deadline and state stand as they are (no deadline is flagged for a
     * historical item). A closed item is not changed by an import (a follow-up reopens it); moving
     * beyond OPEN needs the measures and a case signed off; a DEADLINE item names its deadline; dates
     * lie between the feedback and today. Checks everything before it changes anything.
     *
     * @param ledgerState the ledger's state, or {@code null} to derive it: CLOSED with a closing date,
     *     IN_PROGRESS with measures, OPEN otherwise
     */
    public LedgerEntry enterFromLedger(Rectification ledger, ItemState ledgerState, LocalDate closedOn, boolean caseSignedOff,
            LocalDate fedBackOn, LocalDate today, String by, ZoneId zone, OffsetDateTime now) {
        if (!historical) {
            throw InvalidInput.of("itemNumber", "is an item of a case opened live: its ledger is kept through the API, "
                    + "not imported");
        }
        ItemState to = ledgerState != null ? ledgerState : closedOn != null ? ItemState.CLOSED
                : ledger.measures() != null ? ItemState.IN_PROGRESS : ItemState.OPEN;
        if (to == ItemState.CLOSED && closedOn == null) {
            throw InvalidInput.of("closedOn", "is required for a CLOSED item: the day it was verified and closed (销号)");
        }
        if (to != ItemState.CLOSED && closedOn != null) {
            throw InvalidInput.of("state", "is " + to + " but the row has a closing date (" + closedOn + ")");
        }
        if (to != ItemState.OPEN && ledger.measures() == null) {
            throw InvalidInput.of("measures", "are required for an item " + to + ": the ledger says how it was rectified");
        }
        if (to != ItemState.OPEN && !caseSignedOff) {
            throw InvalidInput.of("state", "is " + to + " but the case is not signed off in the ledger: its three "
                    + "sign-off dates (三签收) come first");
        }
        if (ledger.term() == ItemTerm.DEADLINE && ledger.deadline() == null) {
            throw InvalidInput.of("deadline", "is required for an item with the term DEADLINE");
        }
        if (ledger.deadline() != null && fedBackOn != null && ledger.deadline().isBefore(fedBackOn)) {
            throw InvalidInput.of("deadline", "must not be before the feedback (" + fedBackOn + ")");
        }
        if (closedOn != null && ((fedBackOn != null && closedOn.isBefore(fedBackOn)) || closedOn.isAfter(today))) {
            throw InvalidInput.of("closedOn", "must lie between the feedback (" + fedBackOn + ") and today (" + today + ")");
        }
        OffsetDateTime closedAtThen = closedOn == null ? null : closedOn.atTime(java.time.LocalTime.NOON).atZone(zone)
                .toOffsetDateTime();
        boolean same = java.util.Objects.equals(measures, ledger.measures())
                && java.util.Objects.equals(responsiblePerson, ledger.responsiblePerson())
                && java.util.Objects.equals(responsibleDepartment, ledger.responsibleDepartment())
                && term == ledger.term() && java.util.Objects.equals(deadline, ledger.deadline())
                && moneyRecovered.compareTo(ledger.moneyRecovered()) == 0 && rulesEstablished == ledger.rulesEstablished()
                && personsHeldAccountable == ledger.personsHeldAccountable() && state == to
                && (closedAt == null ? closedAtThen == null : closedAtThen != null && closedAt.isEqual(closedAtThen));
        if (same) {
            return new LedgerEntry(false, Optional.empty(), false);
        }
        if (state == ItemState.CLOSED) {
            throw new Conflict("item-closed", "Ledger item " + itemNumber + " is closed (" + closedAt.atZoneSameInstant(zone)
                    .toLocalDate() + ") with other values: an import does not change a closed item; a follow-up reopens it");
        }
        measures = ledger.measures();
        responsiblePerson = ledger.responsiblePerson();
        responsibleDepartment = ledger.responsibleDepartment();
        term = ledger.term();
        deadline = ledger.deadline();
        moneyRecovered = ledger.moneyRecovered();
        rulesEstablished = ledger.rulesEstablished();
        personsHeldAccountable = ledger.personsHeldAccountable();
        if (state == to) {
            return new LedgerEntry(true, Optional.empty(), false);
        }
        submittedAt = to == ItemState.SUBMITTED || to == ItemState.CLOSED ? (submittedAt == null ? closedAtThen : submittedAt)
                : null;
        if (to == ItemState.CLOSED) {
            closedAt = closedAtThen;
            closedBy = by;
        }
        ItemTransition transition = move(to, "entered from the historical ledger", "LEDGER_IMPORT", by,
                to == ItemState.CLOSED ? closedAtThen : now);
        return new LedgerEntry(true, Optional.of(transition), to == ItemState.CLOSED);
    }

    /** An item the office adds: a point of the secretary's or accountability list, or its own. */
    public static LedgerItem added(UUID caseId, ItemOrigin origin, String problem, String persons,
            OffsetDateTime createdAt) {
        if (origin == ItemOrigin.FINDING) {
            throw InvalidInput.of("origin", "FINDING items come with the feedback; the office adds SECRETARY_POINT, "
                    + "ACCOUNTABILITY_POINT or OFFICE items");
        }
        return new LedgerItem(caseId, null, origin, null, null, problem, persons, createdAt);
    }

    /**
     * The organization records how it rectifies the item; while the item is OPEN or IN_PROGRESS. A
     * deadline is not before the day the findings were fed back ({@code fedBackOn}, in the committee's zone).
     */
    public void record(Rectification rectification, LocalDate fedBackOn) {
        requireWorkable("change its rectification");
        if (rectification.term() == ItemTerm.DEADLINE && rectification.deadline() == null) {
            throw InvalidInput.of("deadline", "is required for an item with the term DEADLINE");
        }
        if (rectification.deadline() != null && fedBackOn != null && rectification.deadline().isBefore(fedBackOn)) {
            throw InvalidInput.of("deadline", "must not be before the feedback (" + fedBackOn + ")");
        }
        measures = rectification.measures();
        responsiblePerson = rectification.responsiblePerson();
        responsibleDepartment = rectification.responsibleDepartment();
        term = rectification.term();
        deadline = rectification.deadline();
        moneyRecovered = rectification.moneyRecovered();
        rulesEstablished = rectification.rulesEstablished();
        personsHeldAccountable = rectification.personsHeldAccountable();
    }

    /** The office routes the item to a competent department for centralized rectification. */
    public void routeTo(String department) {
        if (state == ItemState.CLOSED) {
            throw new IllegalTransition(AGGREGATE, id, state, "be routed");
        }
        competentDepartment = department;
    }

    /** OPEN → IN_PROGRESS, once the measures and who answers for them are recorded. */
    public ItemTransition start(String by, OffsetDateTime now) {
        requireState(ItemState.OPEN, "start");
        if (measures == null) {
            throw new Conflict("rectification-missing", "Ledger item " + id
                    + " has no measures, responsible person and term yet; record them first");
        }
        return move(ItemState.IN_PROGRESS, null, null, by, now);
    }

    /** Notes and evidence are added while the organization works on the item. */
    public void requireWorkable(String action) {
        if (state != ItemState.OPEN && state != ItemState.IN_PROGRESS) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    /** IN_PROGRESS → SUBMITTED for verification; at least one evidence file must back it. */
    public ItemTransition submit(long evidenceFiles, String by, OffsetDateTime now) {
        requireState(ItemState.IN_PROGRESS, "be submitted");
        if (evidenceFiles == 0) {
            throw new Conflict("evidence-missing", "Ledger item " + id + " has no evidence file; upload one before "
                    + "submitting it for verification");
        }
        submittedAt = now;
        return move(ItemState.SUBMITTED, null, null, by, now);
    }

    /** Progress notes are written until the item is closed. */
    public void requireNotClosed(String action) {
        if (state == ItemState.CLOSED) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    /** SUBMITTED → CLOSED: the office verified the evidence (对账销号). */
    public ItemTransition close(String by, OffsetDateTime now) {
        requireState(ItemState.SUBMITTED, "be closed");
        closedAt = now;
        closedBy = by;
        return move(ItemState.CLOSED, null, null, by, now);
    }

    public LedgerItemClosed closedEvent(UUID inspectionId) {
        return new LedgerItemClosed(caseId, inspectionId, id, findingId, closedAt, moneyRecovered, rulesEstablished,
                personsHeldAccountable, historical ? Boolean.TRUE : null);
    }

    /** SUBMITTED → IN_PROGRESS: the office sends it back, saying why. */
    public ItemTransition returnForRework(String reason, String by, OffsetDateTime now) {
        requireReason(reason);
        requireState(ItemState.SUBMITTED, "be returned");
        submittedAt = null;
        return move(ItemState.IN_PROGRESS, reason, null, by, now);
    }

    /** CLOSED → IN_PROGRESS: a follow-up or supervision found the problem back. */
    public ItemTransition reopen(String reason, String source, String by, OffsetDateTime now) {
        requireReason(reason);
        requireState(ItemState.CLOSED, "be reopened");
        closedAt = null;
        closedBy = null;
        submittedAt = null;
        return move(ItemState.IN_PROGRESS, reason, source, by, now);
    }

    public LedgerItemReopened reopenedEvent(UUID inspectionId, String reason, OffsetDateTime now) {
        return new LedgerItemReopened(caseId, inspectionId, id, findingId, now, reason);
    }

    // --- deadlines ------------------------------------------------------------------------------

    /** The moment the deadline passes: the end of the deadline's day in the committee's zone. */
    public Optional<OffsetDateTime> dueAt(ZoneId zone) {
        return Optional.ofNullable(deadline).map(day -> day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /** Past its deadline and not yet submitted. */
    public boolean isOverdue(OffsetDateTime now, ZoneId zone) {
        return !historical && (state == ItemState.OPEN || state == ItemState.IN_PROGRESS)
                && dueAt(zone).filter(due -> !now.isBefore(due)).isPresent();
    }

    /** Flags a newly passed deadline, once per deadline, and returns the event that says so. */
    public Optional<RectificationOverdue> flagIfOverdue(UUID inspectionId, OffsetDateTime now, ZoneId zone) {
        if (!isOverdue(now, zone) || deadline.equals(overdueFlaggedFor)) {
            return Optional.empty();
        }
        overdueFlaggedFor = deadline;
        return Optional.of(new RectificationOverdue(caseId, inspectionId, "ITEM", id, findingId,
                dueAt(zone).orElseThrow(), now));
    }

    private ItemTransition move(ItemState to, String reason, String source, String by, OffsetDateTime now) {
        ItemTransition transition = new ItemTransition(id, state, to, reason, source, by, now);
        state = to;
        return transition;
    }

    private void requireState(ItemState required, String action) {
        if (state != required) {
            throw new IllegalTransition(AGGREGATE, id, state, action);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "must not be blank");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID findingId() {
        return findingId;
    }

    public ItemOrigin origin() {
        return origin;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String categoryName() {
        return categoryName;
    }

    public String problem() {
        return problem;
    }

    public String persons() {
        return persons;
    }

    public ItemState state() {
        return state;
    }

    public String measures() {
        return measures;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public String responsibleDepartment() {
        return responsibleDepartment;
    }

    public String competentDepartment() {
        return competentDepartment;
    }

    public ItemTerm term() {
        return term;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public BigDecimal moneyRecovered() {
        return moneyRecovered;
    }

    public int rulesEstablished() {
        return rulesEstablished;
    }

    public int personsHeldAccountable() {
        return personsHeldAccountable;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String itemNumber() {
        return itemNumber;
    }

    public boolean historical() {
        return historical;
    }

    public long version() {
        return version;
    }
}
