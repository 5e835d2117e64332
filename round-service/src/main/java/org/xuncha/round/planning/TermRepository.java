package org.xuncha.round.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<Term, UUID> {
}
