package org.xuncha.round.briefing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BriefingRepository implements PanacheRepositoryBase<DailyBriefing, UUID> {
}
