package org.xuncha.round.pool;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.xuncha.platform.id.Ids;

/**
 * A cadre who may serve on inspection teams: where they work and worked, where they come from, and
 * the relatives they declared, which is what the avoidance check (三回避) reads.
 */
@Entity
public class Cadre {

    @Id
    private UUID id;

    private String name;

    /** The office's own code (干部编码), set by the cadre import: its key. */
    @jakarta.persistence.Column(name = "office_code", insertable = false, updatable = false)
    private String officeCode;

    private String userId;

    private String rank;

    @Enumerated(EnumType.STRING)
    private SourceSystem sourceSystem;

    private UUID homeOrganizationId;

    private UUID homeLocalityId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> skills = new ArrayList<>();

    private OffsetDateTime createdAt;

    // Sets, joined: reading a cadre by id is one statement (a few postings times a few relatives);
    // a list's query loads them by the batch (Hibernate ignores JOIN for HQL).
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    @BatchSize(size = 64)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("fromDate, id")
    private Set<Posting> postings = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.JOIN)
    @BatchSize(size = 64)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("id")
    private Set<Relative> relatives = new LinkedHashSet<>();

    @Version
    private long version;

    protected Cadre() {
    }

    public Cadre(CadreProfile profile, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.createdAt = createdAt;
        revise(profile);
    }

    /** Replaces the cadre's profile; postings and relatives are kept. */
    public void revise(CadreProfile profile) {
        this.name = profile.name();
        this.userId = profile.userId();
        this.rank = profile.rank();
        this.sourceSystem = profile.sourceSystem();
        this.homeOrganizationId = profile.homeOrganizationId();
        this.homeLocalityId = profile.homeLocalityId();
        this.skills = new ArrayList<>(profile.skills());
    }

    public Posting addPosting(Posting posting) {
        postings.add(posting);
        return posting;
    }

    public Relative declare(Relative relative) {
        relatives.add(relative);
        return relative;
    }

    public Optional<Relative> withdrawRelative(UUID relativeId) {
        Optional<Relative> found = relatives.stream().filter(relative -> relative.id().equals(relativeId)).findFirst();
        found.ifPresent(relatives::remove);
        return found;
    }

    /** Every organization the cadre works or worked in: the home organization and each posting's. */
    public List<UUID> organizationsServed() {
        List<UUID> served = new ArrayList<>();
        if (homeOrganizationId != null) {
            served.add(homeOrganizationId);
        }
        postings.forEach(posting -> served.add(posting.organizationId()));
        return served;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String officeCode() {
        return officeCode;
    }

    public String userId() {
        return userId;
    }

    public String rank() {
        return rank;
    }

    public SourceSystem sourceSystem() {
        return sourceSystem;
    }

    public UUID homeOrganizationId() {
        return homeOrganizationId;
    }

    public UUID homeLocalityId() {
        return homeLocalityId;
    }

    public List<String> skills() {
        return List.copyOf(skills);
    }

    public List<Posting> postings() {
        return List.copyOf(postings);
    }

    public List<Relative> relatives() {
        return List.copyOf(relatives);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
