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

    /** The types evidence is served as when the uploader claimed one of them; none of them runs in a browser. */
    static final java.util.Set<String> SERVED_AS_CLAIMED = java.util.Set.of("application/pdf", "image/png",
            "image/jpeg", "image/gif", "image/webp", "text/plain", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel", "application/ofd");

    /**
     * The type the file is served with: what the uploader claimed if it is one of a short list of
     * document and image types, otherwise {@code application/octet-stream}, so that an uploaded HTML
     * or SVG page is never rendered (and its scripts never run) in a reader's browser.
     */
    public String servedContentType() {
        String claimed = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return SERVED_AS_CLAIMED.contains(claimed) ? claimed : "application/octet-stream";
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
