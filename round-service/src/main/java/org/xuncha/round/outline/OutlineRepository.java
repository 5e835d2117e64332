package org.xuncha.round.outline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OutlineRepository implements PanacheRepositoryBase<InterviewOutline, UUID> {
}
