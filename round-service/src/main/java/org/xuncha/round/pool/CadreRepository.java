package org.xuncha.round.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CadreRepository implements PanacheRepositoryBase<Cadre, UUID> {
}
