package org.xuncha.rectification.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.evidence.EvidenceRepository;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.LedgerItemRepository;
import org.xuncha.rectification.ledger.ProgressNoteRepository;

/** A case's ledger as an Excel workbook. */
@ApplicationScoped
public class LedgerExport {

    private final Cases cases;
    private final LedgerItemRepository items;
    private final ProgressNoteRepository notes;
    private final EvidenceRepository evidence;
    private final LedgerWorkbook workbook;

    public LedgerExport(Cases cases, LedgerItemRepository items, ProgressNoteRepository notes,
            EvidenceRepository evidence, LedgerWorkbook workbook) {
        this.cases = cases;
        this.items = items;
        this.notes = notes;
        this.evidence = evidence;
        this.workbook = workbook;
    }

    /** The workbook and the name to save it under. */
    public record Exported(String fileName, byte[] content) {
    }

    public Exported of(UUID caseId, Caller caller) {
        RectificationCase ledgerCase = cases.get(caseId, caller);
        List<LedgerItem> ledger = items.ofCase(caseId);
        List<UUID> ids = ledger.stream().map(LedgerItem::id).toList();
        byte[] content = workbook.write(ledgerCase, ledger, notes.ofItems(ids), evidence.ofItems(ids));
        return new Exported(ledgerCase.organizationName() + "-" + ledgerCase.roundTitle() + "-整改台账.xlsx", content);
    }
}
