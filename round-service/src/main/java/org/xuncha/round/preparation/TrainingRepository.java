package org.xuncha.round.preparation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<Training, UUID> {

    public List<Training> ofRound(UUID roundId) {
        return list("roundId = ?1 order by heldOn, id", roundId);
    }

    /** The cadres who attended any training of the round. */
    public Set<UUID> trainedFor(UUID roundId) {
        Set<UUID> trained = new HashSet<>();
        ofRound(roundId).forEach(training -> trained.addAll(training.attendees()));
        return trained;
    }
}
