package org.xuncha.round.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.NotFound;

/** An inspection team (巡察组) of a round: one leader, deputies and members. */
@Entity
public class Team {

    @Id
    private UUID id;

    private UUID roundId;

    private String name;

    @Enumerated(EnumType.STRING)
    private TeamKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    private List<Member> members = new ArrayList<>();

    @Version
    private long version;

    protected Team() {
    }

    public Team(UUID roundId, String name, TeamKind kind) {
        this.id = Ids.next();
        this.roundId = roundId;
        this.name = name;
        this.kind = kind;
    }

    /** Puts a cadre on the team; a team has one leader, and a cadre is on it once. */
    public void assign(UUID cadreId, Position position, OffsetDateTime at) {
        if (isMember(cadreId)) {
            throw new Duplicate("The cadre is already on " + name);
        }
        if (position == Position.LEADER && leader().isPresent()) {
            throw new Conflict("team-has-leader", name + " already has a leader; release them first");
        }
        members.add(new Member(cadreId, position, at));
    }

    public void release(UUID cadreId) {
        if (!members.removeIf(member -> member.cadreId().equals(cadreId))) {
            throw new NotFound("Member of " + name + ", cadre", cadreId);
        }
    }

    public boolean isMember(UUID cadreId) {
        return members.stream().anyMatch(member -> member.cadreId().equals(cadreId));
    }

    public Optional<UUID> leader() {
        return members.stream().filter(member -> member.position() == Position.LEADER).map(Member::cadreId).findFirst();
    }

    public boolean isLeader(UUID cadreId) {
        return leader().filter(cadreId::equals).isPresent();
    }

    public List<UUID> memberIds() {
        return members.stream().map(Member::cadreId).toList();
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

    public TeamKind kind() {
        return kind;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public long version() {
        return version;
    }
}
