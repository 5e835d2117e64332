package org.xuncha.round.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A committee's term (届), e.g. 十一届区委; coverage is counted per term. */
@Entity
public class Term {

    @Id
    private UUID id;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    /** How many organizations the term must cover; kept by Coverage in the same transactions. */
    @Column(insertable = false, updatable = false)
    private int scopeSize;

    /** How many of them are covered; kept by Coverage in the same transactions. */
    @Column(insertable = false, updatable = false)
    private int coveredCount;

    @Version
    private long version;

    protected Term() {
    }

    public Term(String name, LocalDate startsOn, LocalDate endsOn) {
        this.id = Ids.next();
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int scopeSize() {
        return scopeSize;
    }

    public int coveredCount() {
        return coveredCount;
    }
}
