package org.xuncha.round.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A category of the finding taxonomy. The taxonomy is data: seed 004's county and city schemes and
 * the three focuses are loaded by default, and a committee may load its own scheme.
 */
@Entity
public class FindingCategory {

    @Id
    private String code;

    private String scheme;

    private int position;

    private String name;

    protected FindingCategory() {
    }

    public FindingCategory(String code, String scheme, int position, String name) {
        this.code = code;
        this.scheme = scheme;
        this.position = position;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public String scheme() {
        return scheme;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }
}
