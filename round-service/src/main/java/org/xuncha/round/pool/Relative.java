package org.xuncha.round.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A relative a cadre declared, and where they hold a post: the KINSHIP ground of avoidance. */
@Entity
@Table(name = "cadre_relative")
public class Relative {

    @Id
    private UUID id;

    private String name;

    private String relation;

    private UUID organizationId;

    private String post;

    protected Relative() {
    }

    public Relative(String name, String relation, UUID organizationId, String post) {
        this.id = Ids.next();
        this.name = name;
        this.relation = relation;
        this.organizationId = organizationId;
        this.post = post;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String relation() {
        return relation;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String post() {
        return post;
    }
}
