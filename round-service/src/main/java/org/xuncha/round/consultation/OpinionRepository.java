package org.xuncha.round.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OpinionRepository implements PanacheRepositoryBase<ConsultationOpinion, UUID> {
}
