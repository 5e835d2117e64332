package org.xuncha.rectification.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.EventTypes;
import org.xuncha.platform.operations.CommitCounters;
import org.xuncha.platform.operations.CommitCounters.CommitCounter;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.problem.FieldError;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.CaseRoles;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.evidence.EvidenceFile;
import org.xuncha.rectification.evidence.EvidenceRepository;

/**
 * Working the ledger (整改台账): the office adds items and verifies them; the organization records
 * its rectification, notes its progress and submits items for verification.
 */
@ApplicationScoped
public class Ledger {

    private final LedgerItemRepository items;
    private final ItemTransitionRepository transitions;
    private final ProgressNoteRepository notes;
    private final EvidenceRepository evidence;
    private final Cases cases;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final CommitCounter closedCount;

    public Ledger(LedgerItemRepository items, ItemTransitionRepository transitions, ProgressNoteRepository notes,
            EvidenceRepository evidence, Cases cases, Outbox outbox, Clock clock, CommitCounters counters) {
        this.zone = clock.getZone();
        this.items = items;
        this.transitions = transitions;
        this.notes = notes;
        this.evidence = evidence;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
        this.closedCount = counters.counter("xuncha.ledger.items.closed", "Ledger items verified and closed (对账销号)");
    }

    /** An item and its case, as the caller may see them. */
    public record ItemInCase(LedgerItem item, RectificationCase rectificationCase) {
    }

    /** The item, if the caller may see its case; otherwise it does not exist for them. */
    public ItemInCase get(UUID itemId, Caller caller) {
        LedgerItem item = items.findByIdOptional(itemId).orElseThrow(() -> new NotFound("Ledger item", itemId));
        RectificationCase owner;
        try {
            owner = cases.get(item.caseId(), caller);
        } catch (NotFound invisible) {
            throw new NotFound("Ledger item", itemId);
        }
        return new ItemInCase(item, owner);
    }

    /** The item with its notes, evidence and history, for reading it whole. */
    public record ItemDetail(LedgerItem item, List<ProgressNote> notes, List<EvidenceFile> evidence,
            List<ItemTransition> history) {
    }

    public ItemDetail detail(UUID itemId, Caller caller) {
        LedgerItem item = get(itemId, caller).item();
        return new ItemDetail(item, notes.ofItem(itemId), evidence.ofItem(itemId), transitions.ofItem(itemId));
    }

    /** The office adds an item: a point of the secretary's or accountability list, or its own. */
    @Transactional
    public LedgerItem add(UUID caseId, ItemOrigin origin, String problem, String persons, Caller caller) {
        RectificationCase target = cases.get(caseId, caller);
        target.requireOpen("take new items");
        LedgerItem added = LedgerItem.added(caseId, origin, problem, persons, OffsetDateTime.now(clock));
        items.persist(added);
        return added;
    }

    @Transactional
    public LedgerItem recordRectification(UUID itemId, Rectification rectification, Caller caller) {
        ItemInCase found = ownersItem(itemId, caller, "record the rectification of an item");
        OffsetDateTime fedBackAt = found.rectificationCase().fedBackAt();
        found.item().record(rectification, fedBackAt == null ? null : fedBackAt.atZoneSameInstant(zone).toLocalDate());
        return found.item();
    }

    @Transactional
    public LedgerItem routeTo(UUID itemId, String competentDepartment, Caller caller) {
        LedgerItem item = get(itemId, caller).item();
        item.routeTo(competentDepartment);
        return item;
    }

    @Transactional
    public LedgerItem start(UUID itemId, Caller caller) {
        ItemInCase found = ownersItem(itemId, caller, "start work on an item");
        transitions.persist(found.item().start(caller.userId(), OffsetDateTime.now(clock)));
        return found.item();
    }

    /** A progress note, by the organization or the office, until the item is closed. */
    @Transactional
    public ProgressNote addNote(UUID itemId, String text, Caller caller) {
        ItemInCase found = get(itemId, caller);
        if (!CaseRoles.isOfficeSide(caller)) {
            found.rectificationCase().requireOwner(caller, "note progress on an item");
        }
        found.rectificationCase().requireWorking("take progress notes");
        found.item().requireNotClosed("take progress notes");
        ProgressNote note = new ProgressNote(itemId, text, caller.userId(), OffsetDateTime.now(clock));
        notes.persist(note);
        return note;
    }

    @Transactional
    public LedgerItem submit(UUID itemId, Caller caller) {
        ItemInCase found = ownersItem(itemId, caller, "submit an item for verification");
        transitions.persist(found.item().submit(evidence.countOfItem(itemId), caller.userId(), OffsetDateTime.now(clock)));
        return found.item();
    }

    /** The office verifies and closes the item (对账销号); {@code LedgerItemClosed} goes out with it. */
    @Transactional
    public LedgerItem close(UUID itemId, Caller caller) {
        ItemInCase found = get(itemId, caller);
        found.rectificationCase().requireWorking("close items");
        transitions.persist(found.item().close(caller.userId(), OffsetDateTime.now(clock)));
        outbox.enqueue(EventTypes.LEDGER_ITEM_CLOSED, found.rectificationCase().organizationId().toString(),
                found.item().closedEvent(found.rectificationCase().inspectionId()));
        closedCount.increment();
        return found.item();
    }

    @Transactional
    public LedgerItem returnForRework(UUID itemId, String reason, Caller caller) {
        ItemInCase found = get(itemId, caller);
        found.rectificationCase().requireWorking("return items");
        transitions.persist(found.item().returnForRework(reason, caller.userId(), OffsetDateTime.now(clock)));
        return found.item();
    }

    /** A closed item to reopen, and why. */
    public record Reopening(UUID itemId, String reason) {
    }

    /**
     * Reopens closed items of a case, within the caller's transaction (a follow-up's or a
     * supervision's); {@code LedgerItemReopened} goes out for each. Items that are not the case's
     * are refused together, each as a field error of {@code field[index].itemId}.
     *
     * @param source what reopened them, e.g. {@code FOLLOW_UP:<id>}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(RectificationCase owner, List<Reopening> reopenings, String field, String source, String by,
            OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        List<LedgerItem> reopened = new ArrayList<>();
        for (int i = 0; i < reopenings.size(); i++) {
            LedgerItem item = items.findById(reopenings.get(i).itemId());
            if (item == null || !item.caseId().equals(owner.id())) {
                errors.add(new FieldError(field + "[" + i + "].itemId", "is not an item of case " + owner.id()));
            } else {
                reopened.add(item);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        for (int i = 0; i < reopened.size(); i++) {
            LedgerItem item = reopened.get(i);
            String reason = reopenings.get(i).reason();
            transitions.persist(item.reopen(reason, source, by, now));
            outbox.enqueue(EventTypes.LEDGER_ITEM_REOPENED, owner.organizationId().toString(),
                    item.reopenedEvent(owner.inspectionId(), reason, now));
        }
        if (!reopened.isEmpty()) {
            owner.itemReopened(now);
        }
    }

    private ItemInCase ownersItem(UUID itemId, Caller caller, String action) {
        ItemInCase found = get(itemId, caller);
        found.rectificationCase().requireOwner(caller, action);
        found.rectificationCase().requireWorking(action);
        return found;
    }
}
