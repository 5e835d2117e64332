package org.xuncha.round.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {
}
