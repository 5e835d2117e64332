package org.xuncha.round.subgroup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SubGroupRepository implements PanacheRepositoryBase<SubGroup, UUID> {
}
