package org.xuncha.round.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A post a cadre holds or held (任职经历): the POSTING ground of avoidance. */
@Entity
@Table(name = "cadre_posting")
public class Posting {

    @Id
    private UUID id;

    private UUID organizationId;

    private String post;

    private LocalDate fromDate;

    private LocalDate toDate;

    protected Posting() {
    }

    public Posting(UUID organizationId, String post, LocalDate fromDate, LocalDate toDate) {
        this.id = Ids.next();
        this.organizationId = organizationId;
        this.post = post;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String post() {
        return post;
    }

    public LocalDate fromDate() {
        return fromDate;
    }

    public LocalDate toDate() {
        return toDate;
    }
}
