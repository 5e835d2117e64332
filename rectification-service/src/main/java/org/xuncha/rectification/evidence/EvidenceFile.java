package org.xuncha.rectification.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file that backs a ledger item's rectification (佐证材料), stored on disk with its SHA-256. */
@Entity
public class EvidenceFile {

    @Id
    private UUID id;

    private UUID itemId;

    private String fileName;

    private String contentType;

    private long size;

    /** Lower-case hex SHA-256 of the content as uploaded; checked again on every download. */
    private String sha256;

    /** Where the store keeps it, relative to its directory. */
    private String storageKey;

    private String uploadedBy;

    private OffsetDateTime uploadedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(UUID id, UUID itemId, String fileName, String contentType, long size, String sha256,
            String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {
        this.id = id;
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
