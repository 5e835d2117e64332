package org.xuncha.round.commonproblem;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.registry.OrganizationType;

/** A problem of a published list: a category, the kind of organization it recurs in, and what to check. */
@Entity
public class CommonProblem {

    @Id
    private UUID id;

    private int position;

    private String categoryCode;

    @Enumerated(EnumType.STRING)
    private OrganizationType organizationType;

    private String description;

    protected CommonProblem() {
    }

    public CommonProblem(int position, String categoryCode, OrganizationType organizationType, String description) {
        this.id = Ids.next();
        this.position = position;
        this.categoryCode = categoryCode;
        this.organizationType = organizationType;
        this.description = description;
    }

    public int position() {
        return position;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public OrganizationType organizationType() {
        return organizationType;
    }

    public String description() {
        return description;
    }
}
