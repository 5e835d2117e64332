package org.xuncha.round.team;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** An inspection team (巡察组) of a round. */
@Entity
public class Team {

    @Id
    private UUID id;

    private UUID roundId;

    private String name;

    @Version
    private long version;

    protected Team() {
    }

    public Team(UUID roundId, String name) {
        this.id = Ids.next();
        this.roundId = roundId;
        this.name = name;
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public String name() {
        return name;
    }
}
