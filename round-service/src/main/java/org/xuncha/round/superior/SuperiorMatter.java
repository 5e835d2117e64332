package org.xuncha.round.superior;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;

/**
 * An opinion or transferred matter from a superior inspection, in the office's ledger with a
 * deadline (建立台账限时督办, seed 004 §11): followed up and reported on while OPEN, COMPLETED once with
 * its final report. Overdue while open past its deadline, or when completed after it.
 */
@Entity
public class SuperiorMatter {

    public static final int MAX_ENTRIES = 200;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private SuperiorBody body;

    @Enumerated(EnumType.STRING)
    private MatterKind kind;

    private String reference;

    private String summary;

    private UUID organizationId;

    private LocalDate receivedOn;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private MatterState state;

    private LocalDate completedOn;

    private String completion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "superior_matter_entry", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "position")
    private List<Entry> entries = new ArrayList<>();

    private String recordedBy;

    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected SuperiorMatter() {
    }

    public static SuperiorMatter receive(SuperiorBody body, MatterKind kind, String reference, String summary,
            UUID organizationId, LocalDate receivedOn, LocalDate deadline, LocalDate today, String by, OffsetDateTime at) {
        if (receivedOn.isAfter(today)) {
            throw InvalidInput.of("receivedOn", "must not be after today (" + today + ")");
        }
        if (deadline.isBefore(receivedOn)) {
            throw InvalidInput.of("deadline", "must not be before the day it was received");
        }
        SuperiorMatter matter = new SuperiorMatter();
        matter.id = Ids.next();
        matter.body = body;
        matter.kind = kind;
        matter.reference = reference.strip();
        matter.summary = summary;
        matter.organizationId = organizationId;
        matter.receivedOn = receivedOn;
        matter.deadline = deadline;
        matter.state = MatterState.OPEN;
        matter.recordedBy = by;
        matter.recordedAt = at;
        return matter;
    }

    /** A follow-up or a report, while OPEN, on a day from its receipt up to today. */
    public void record(Entry entry, LocalDate today) {
        requireOpen("take follow-ups or reports");
        requireDay("onDay", entry.onDay(), today);
        if (entries.size() >= MAX_ENTRIES) {
            throw InvalidInput.of("entries", "hold at most " + MAX_ENTRIES + " follow-ups and reports");
        }
        entries.add(entry);
    }

    /** OPEN to COMPLETED (办结), once, with the final report; after the deadline it is recorded and stays overdue. */
    public void complete(LocalDate on, String report, LocalDate today) {
        requireOpen("be completed");
        requireDay("completedOn", on, today);
        state = MatterState.COMPLETED;
        completedOn = on;
        completion = report;
    }

    /** Open past its deadline, or completed after it. */
    public boolean overdue(LocalDate today) {
        return state == MatterState.OPEN ? today.isAfter(deadline) : completedOn.isAfter(deadline);
    }

    private void requireOpen(String action) {
        if (state != MatterState.OPEN) {
            throw new IllegalTransition("Superior matter", id, state, action);
        }
    }

    private void requireDay(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw InvalidInput.of(field, "must not be after today (" + today + ")");
        }
        if (day.isBefore(receivedOn)) {
            throw InvalidInput.of(field, "must not be before the day it was received (" + receivedOn + ")");
        }
    }

    public UUID id() {
        return id;
    }

    public SuperiorBody body() {
        return body;
    }

    public MatterKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public MatterState state() {
        return state;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completion() {
        return completion;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
