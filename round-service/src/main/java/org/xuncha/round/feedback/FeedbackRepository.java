package org.xuncha.round.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    public Optional<Feedback> ofInspection(UUID inspectionId) {
        return find("inspectionId", inspectionId).firstResultOptional();
    }
}
