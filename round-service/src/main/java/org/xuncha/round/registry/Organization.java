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
import java.time.OffsetDateTime;
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

    public Organization(String name, OrganizationType type, UUID parentId, Leader principalLeader,
            Leader leaderInCharge, String disciplineBody, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.principalLeader = principalLeader;
        this.leaderInCharge = leaderInCharge;
        this.disciplineBody = disciplineBody;
        this.createdAt = createdAt;
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
