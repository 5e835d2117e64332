package org.xuncha.round.superior;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MatterRepository implements PanacheRepositoryBase<SuperiorMatter, UUID> {
}
