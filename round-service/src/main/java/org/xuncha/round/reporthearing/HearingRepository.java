package org.xuncha.round.reporthearing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class HearingRepository implements PanacheRepositoryBase<ReportHearing, UUID> {
}
