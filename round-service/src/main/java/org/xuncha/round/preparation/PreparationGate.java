package org.xuncha.round.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.xuncha.round.avoidance.Avoidance;
import org.xuncha.round.avoidance.AvoidanceConflict;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.pool.Cadre;
import org.xuncha.round.pool.Cadres;
import org.xuncha.round.team.Stationing;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamRepository;

/** Everything an inspection still needs before its team may station (DOMAIN.md §4). */
@ApplicationScoped
public class PreparationGate {

    private final TeamRepository teams;
    private final Cadres cadres;
    private final InfoRequestRepository infoRequests;
    private final TrainingRepository trainings;
    private final CommitmentRepository commitments;
    private final Avoidance avoidance;
    private final Stationing stationing;

    public PreparationGate(TeamRepository teams, Cadres cadres, InfoRequestRepository infoRequests,
            TrainingRepository trainings, CommitmentRepository commitments, Avoidance avoidance, Stationing stationing) {
        this.teams = teams;
        this.cadres = cadres;
        this.infoRequests = infoRequests;
        this.trainings = trainings;
        this.commitments = commitments;
        this.avoidance = avoidance;
        this.stationing = stationing;
    }

    /** What is missing, in the order an office works through it; empty when the team may station. */
    public List<Missing> missing(Inspection inspection) {
        Team team = teams.findById(inspection.teamId());
        Map<UUID, String> names = cadres.all(team.memberIds()).stream()
                .collect(Collectors.toMap(Cadre::id, Cadre::name));
        List<Missing> missing = new ArrayList<>();
        if (team.leader().isEmpty()) {
            missing.add(new Missing(Requirement.TEAM_LEADER, team.name() + " has no leader", null));
        }
        List<InfoRequest> requests = infoRequests.ofInspection(inspection.id());
        if (requests.isEmpty()) {
            missing.add(new Missing(Requirement.INFO_REQUESTS_SENT, "no info request (函询) was sent", null));
        }
        requests.stream().filter(request -> request.state() == InfoRequestState.SENT).forEach(request ->
                missing.add(new Missing(Requirement.INFO_REQUEST_ANSWERED,
                        request.department() + " has not answered its info request (due " + request.dueOn() + ")", null)));
        Set<UUID> trained = trainings.trainedFor(inspection.roundId());
        Map<CommitmentKind, Set<UUID>> signed = commitments.ofTeam(team.id()).stream().collect(Collectors.groupingBy(
                Commitment::kind, Collectors.mapping(Commitment::cadreId, Collectors.toSet())));
        for (UUID member : team.memberIds()) {
            String name = names.get(member);
            if (!trained.contains(member)) {
                missing.add(new Missing(Requirement.TRAINING, name + " attended no training of the round", member));
            }
            if (!signed.getOrDefault(CommitmentKind.DISCIPLINE, Set.of()).contains(member)) {
                missing.add(new Missing(Requirement.DISCIPLINE_COMMITMENT,
                        name + " has not signed the discipline commitment (纪律承诺书)", member));
            }
            if (!signed.getOrDefault(CommitmentKind.CONFIDENTIALITY, Set.of()).contains(member)) {
                missing.add(new Missing(Requirement.CONFIDENTIALITY_COMMITMENT,
                        name + " has not signed the confidentiality commitment (保密承诺书)", member));
            }
        }
        for (AvoidanceConflict conflict : avoidance.unresolved(team.id(), team.memberIds(), inspection.organizationsCovered())) {
            missing.add(new Missing(Requirement.AVOIDANCE,
                    conflict.detail() + " (" + conflict.ground() + " avoidance for " + conflict.organizationName() + ")",
                    conflict.cadreId()));
        }
        for (UUID member : team.memberIds()) {
            List<String> elsewhere = stationing.teamsStationedWith(member, team.id());
            if (!elsewhere.isEmpty()) {
                missing.add(new Missing(Requirement.NOT_STATIONED_ELSEWHERE,
                        names.get(member) + " is stationed with " + String.join(", ", elsewhere), member));
            }
        }
        return missing;
    }
}
