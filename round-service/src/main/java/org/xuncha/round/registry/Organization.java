package org.xuncha.round.registry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** An inspectable Party organization in the registry (被巡察党组织), a node of the tree. */
@Entity
public class Organization {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    private UUID parentId;

    private long nodeKey;

    private String path;

    private int depth;

    private String creditCode;

    /** The office's own code, the key imports upsert by; set by imports only. */
    @Column(name = "office_code", insertable = false, updatable = false)
    private String officeCode;

    private boolean cityDirected;

    private LocalDate lastInspectedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "userId", column = @Column(name = "principal_leader_user_id")),
            @AttributeOverride(name = "name", column = @Column(name = "principal_leader_name")),
            @AttributeOverride(name = "post", column = @Column(name = "principal_leader_post"))
    })
    private Leader principalLeader;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "userId", column = @Column(name = "leader_in_charge_user_id")),
            @AttributeOverride(name = "name", column = @Column(name = "leader_in_charge_name")),
            @AttributeOverride(name = "post", column = @Column(name = "leader_in_charge_post"))
    })
    private Leader leaderInCharge;

    private String disciplineBody;

    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    /**
     * A new organization under {@code parent} (none at the top of the tree). {@code nodeKey} is
     * the organization's key in the tree's paths, drawn from the registry's sequence.
     */
    public Organization(long nodeKey, Organization parent, OrganizationDetails details, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.nodeKey = nodeKey;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + String.format("%08x", nodeKey) + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.createdAt = createdAt;
        revise(details);
    }

    /** Replaces what the registry says about the organization; its place in the tree stays. */
    /** Whether the details name another principal leader or leader in charge. */
    public boolean leadershipChangesWith(OrganizationDetails details) {
        return !Objects.equals(principalLeader, details.principalLeader())
                || !Objects.equals(leaderInCharge, details.leaderInCharge());
    }

    public void revise(OrganizationDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.principalLeader = details.principalLeader();
        this.leaderInCharge = details.leaderInCharge();
        this.disciplineBody = details.disciplineBody();
        this.creditCode = CreditCode.normalize(details.creditCode());
        this.cityDirected = details.cityDirected();
    }

    /**
     * The first path past this organization's subtree. Paths below it start with its path, which
     * ends in '/'; the same path ending in '0' (the next character) sorts after all of them, so
     * {@code path >= path() and path < subtreeEnd()} is the subtree as one index range, whatever
     * plan the database uses.
     */
    public String subtreeEnd() {
        return path.substring(0, path.length() - 1) + "0";
    }

    /** Whether {@code other} is this organization or below it in the tree. */
    public boolean contains(Organization other) {
        return other.path.startsWith(path);
    }

    /** An inspection of it was stationed on that day. */
    public void inspectedOn(LocalDate day) {
        if (lastInspectedOn == null || day.isAfter(lastInspectedOn)) {
            lastInspectedOn = day;
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganizationType type() {
        return type;
    }

    public UUID parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return depth;
    }

    public String creditCode() {
        return creditCode;
    }

    public String officeCode() {
        return officeCode;
    }

    public boolean cityDirected() {
        return cityDirected;
    }

    public LocalDate lastInspectedOn() {
        return lastInspectedOn;
    }

    public Leader principalLeader() {
        return principalLeader;
    }

    public Leader leaderInCharge() {
        return leaderInCharge;
    }

    public String disciplineBody() {
        return disciplineBody;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
