package org.xuncha.rectification.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.CaseRoles;
import org.xuncha.rectification.config.RectificationConfig;
import org.xuncha.rectification.ledger.Ledger;
import org.xuncha.rectification.ledger.LedgerItem;

/**
 * Evidence files of ledger items: uploaded by the organization (or the office) while the item is
 * worked on, kept with their SHA-256, and checked against it on every download.
 */
@ApplicationScoped
public class Evidence {

    private static final Logger LOG = Logger.getLogger(Evidence.class);

    private final EvidenceRepository files;
    private final EvidenceStore store;
    private final Ledger ledger;
    private final Clock clock;
    private final long maxSize;

    public Evidence(EvidenceRepository files, EvidenceStore store, Ledger ledger, Clock clock,
            RectificationConfig config) {
        this.files = files;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        this.maxSize = config.evidence().maxSize().asLongValue();
    }

    /** An uploaded file as the HTTP layer received it: still in a temporary file. */
    public record Upload(String fileName, String contentType, long size, Path content) {
    }

    /** A stored file and where to read it. */
    public record Download(EvidenceFile file, Path content) {
    }

    @Transactional
    public EvidenceFile upload(UUID itemId, Upload upload, Caller caller) {
        Ledger.ItemInCase found = ledger.get(itemId, caller);
        if (!CaseRoles.isOfficeSide(caller)) {
            found.rectificationCase().requireOwner(caller, "upload evidence");
        }
        if (upload == null || upload.content() == null) {
            throw InvalidInput.of("file", "must be a file part of the multipart request");
        }
        if (upload.size() == 0) {
            throw InvalidInput.of("file", "is empty");
        }
        if (upload.size() > maxSize) {
            throw InvalidInput.of("file", "is " + upload.size() + " bytes; the limit is " + maxSize + " bytes");
        }
        found.rectificationCase().requireWorking("take evidence");
        LedgerItem item = found.item();
        item.requireWorkable("take evidence");
        UUID id = Ids.next();
        EvidenceStore.Stored stored = store.store(item.caseId(), id, upload.content());
        EvidenceFile file = new EvidenceFile(id, itemId, fileName(upload.fileName()),
                upload.contentType() == null ? "application/octet-stream" : upload.contentType(), stored.size(),
                stored.sha256(), stored.storageKey(), caller.userId(), OffsetDateTime.now(clock));
        try {
            files.persist(file);
            files.flush();
        } catch (RuntimeException notRecorded) {
            store.delete(stored.storageKey());
            throw notRecorded;
        }
        return file;
    }

    public List<EvidenceFile> ofItem(UUID itemId, Caller caller) {
        return files.ofItem(ledger.get(itemId, caller).item().id());
    }

    public long countOf(UUID itemId) {
        return files.countOfItem(itemId);
    }

    /** The file, once its content is found to have the SHA-256 it was uploaded with. */
    public Download download(UUID itemId, UUID evidenceId, Caller caller) {
        ledger.get(itemId, caller);
        EvidenceFile file = files.findByIdOptional(evidenceId).filter(found -> found.itemId().equals(itemId))
                .orElseThrow(() -> new NotFound("Evidence file", evidenceId));
        String actual = store.sha256Of(file.storageKey());
        if (!actual.equals(file.sha256())) {
            LOG.errorf("Evidence file %s of item %s fails its checksum: recorded %s, stored %s", evidenceId, itemId,
                    file.sha256(), actual);
            throw new EvidenceCorrupted(evidenceId, file.sha256(), actual);
        }
        return new Download(file, store.locate(file.storageKey()));
    }

    private static String fileName(String uploaded) {
        if (uploaded == null || uploaded.isBlank()) {
            return "evidence";
        }
        String base = uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "evidence" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
