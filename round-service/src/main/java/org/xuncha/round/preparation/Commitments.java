package org.xuncha.round.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.Teams;

/**
 * The discipline and confidentiality commitments. A member signs their own; the office may record
 * a signature given on paper.
 */
@ApplicationScoped
public class Commitments {

    private final CommitmentRepository commitments;
    private final Teams teams;
    private final Clock clock;

    public Commitments(CommitmentRepository commitments, Teams teams, Clock clock) {
        this.commitments = commitments;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * @param cadreId whose commitment the office records; a member signing leaves it out or names
     *     themselves
     */
    @Transactional
    public Commitment sign(UUID teamId, CommitmentKind kind, UUID cadreId, Caller caller) {
        Team team = teams.get(teamId);
        UUID signer = signer(cadreId, caller);
        if (!team.isMember(signer)) {
            throw new Conflict("not-on-team", "Cadre " + signer + " is not on " + team.name());
        }
        if (commitments.findByIdOptional(new Commitment.Key(teamId, signer, kind)).isPresent()) {
            throw new Duplicate("The " + kind + " commitment of this member is already signed");
        }
        Commitment commitment = new Commitment(teamId, signer, kind, OffsetDateTime.now(clock), caller.userId());
        commitments.persist(commitment);
        return commitment;
    }

    public List<Commitment> ofTeam(UUID teamId, Caller caller) {
        return commitments.ofTeam(teams.get(teamId, caller).id());
    }

    private static UUID signer(UUID cadreId, Caller caller) {
        if (caller.hasRole(Roles.OFFICE)) {
            if (cadreId == null) {
                throw InvalidInput.of("cadreId", "must name the member whose signature the office records");
            }
            return cadreId;
        }
        UUID self = caller.cadreId().orElseThrow(() ->
                new Forbidden("Your token names no cadre; a member signs their own commitments"));
        if (cadreId != null && !cadreId.equals(self)) {
            throw new Forbidden("A member signs their own commitments only");
        }
        return self;
    }
}
