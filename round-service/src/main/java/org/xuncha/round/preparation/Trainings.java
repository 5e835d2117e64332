package org.xuncha.round.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.pool.Cadre;
import org.xuncha.round.pool.Cadres;

/** Training sessions of a round and their attendance (凡巡必训). */
@ApplicationScoped
public class Trainings {

    private final TrainingRepository trainings;
    private final Planning planning;
    private final Cadres cadres;

    public Trainings(TrainingRepository trainings, Planning planning, Cadres cadres) {
        this.trainings = trainings;
        this.planning = planning;
        this.cadres = cadres;
    }

    @Transactional
    public Training hold(UUID roundId, String title, java.time.LocalDate heldOn, Collection<UUID> attendees) {
        if (planning.findRound(roundId).isEmpty()) {
            throw InvalidInput.of("roundId", "names no round");
        }
        requireCadres(attendees);
        Training training = new Training(roundId, title, heldOn);
        training.attendedBy(attendees);
        trainings.persist(training);
        return training;
    }

    @Transactional
    public Training recordAttendance(UUID trainingId, Collection<UUID> attendees) {
        Training training = get(trainingId);
        requireCadres(attendees);
        training.attendedBy(attendees);
        return training;
    }

    public Training get(UUID id) {
        return trainings.findByIdOptional(id).orElseThrow(() -> new NotFound("Training", id));
    }

    public List<Training> ofRound(UUID roundId) {
        return trainings.ofRound(roundId);
    }

    private void requireCadres(Collection<UUID> attendees) {
        Set<UUID> known = new HashSet<>(cadres.all(List.copyOf(attendees)).stream().map(Cadre::id).toList());
        List<UUID> unknown = attendees.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("attendees", "names no cadre: " + unknown);
        }
    }
}
