package org.xuncha.round.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A numbered round within a term (第十轮巡察). */
@Entity
@Table(name = "round")
public class Round {

    @Id
    private UUID id;

    private UUID termId;

    private int number;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    private String theme;

    private String partnerCommittee;

    private LocalDate startsOn;

    private Integer batch;

    @Version
    private long version;

    protected Round() {
    }

    public Round(UUID termId, int number, RoundKind kind, String theme, String partnerCommittee, LocalDate startsOn,
            Integer batch) {
        this.id = Ids.next();
        this.termId = termId;
        this.number = number;
        this.kind = kind;
        this.theme = theme;
        this.partnerCommittee = partnerCommittee;
        this.startsOn = startsOn;
        this.batch = batch;
    }

    public UUID id() {
        return id;
    }

    public UUID termId() {
        return termId;
    }

    public int number() {
        return number;
    }

    public RoundKind kind() {
        return kind;
    }

    public String theme() {
        return theme;
    }

    public String partnerCommittee() {
        return partnerCommittee;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** The batch (批次) of a round run in batches, or {@code null}. */
    public Integer batch() {
        return batch;
    }

    /** How an office names it: 第10轮 (专项: 扶贫领域). */
    public String title() {
        return "第" + number + "轮" + (theme == null ? "" : "（" + theme + "）");
    }
}
