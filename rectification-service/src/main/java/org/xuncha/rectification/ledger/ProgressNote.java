package org.xuncha.rectification.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A note on how an item's rectification is going (整改进展). */
@Entity
public class ProgressNote {

    @Id
    private UUID id;

    private UUID itemId;

    private String text;

    private String writtenBy;

    private OffsetDateTime writtenAt;

    protected ProgressNote() {
    }

    public ProgressNote(UUID itemId, String text, String writtenBy, OffsetDateTime writtenAt) {
        this.id = Ids.next();
        this.itemId = itemId;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public String text() {
        return text;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }
}
