package org.xuncha.rectification.ledger.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.evidence.rest.EvidenceView;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.ItemTransition;
import org.xuncha.rectification.ledger.Ledger;
import org.xuncha.rectification.ledger.ProgressNote;

@Schema(name = "LedgerItemDetail", description = "A ledger item with its progress notes, evidence and history")
public record LedgerItemDetailView(LedgerItemView item, List<NoteView> notes, List<EvidenceView> evidence,
        List<TransitionView> history) {

    @Schema(name = "ProgressNote", description = "A note on how the rectification goes (整改进展)")
    public record NoteView(UUID id, @Schema(example = "已召开专题会议，清理账外资金12.6万元") String text, String writtenBy,
            OffsetDateTime writtenAt) {

        public static NoteView of(ProgressNote note) {
            return new NoteView(note.id(), note.text(), note.writtenBy(), note.writtenAt());
        }
    }

    @Schema(name = "ItemTransition", description = "A move of the item: who, when, and why")
    public record TransitionView(ItemState from, ItemState to,
            @Schema(example = "佐证材料不全，缺少资金入账凭证") String reason,
            @Schema(description = "What caused it beside a person's action", example = "FOLLOW_UP:0193a3c4-…") String source,
            String madeBy, OffsetDateTime madeAt) {

        static TransitionView of(ItemTransition transition) {
            return new TransitionView(transition.fromState(), transition.toState(), transition.reason(),
                    transition.source(), transition.madeBy(), transition.madeAt());
        }
    }

    public static LedgerItemDetailView of(Ledger.ItemDetail detail) {
        return new LedgerItemDetailView(LedgerItemView.of(detail.item()),
                detail.notes().stream().map(NoteView::of).toList(),
                detail.evidence().stream().map(EvidenceView::of).toList(),
                detail.history().stream().map(TransitionView::of).toList());
    }
}
