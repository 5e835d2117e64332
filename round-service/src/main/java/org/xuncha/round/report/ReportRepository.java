package org.xuncha.round.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> inspectionReportOf(UUID inspectionId) {
        return find("inspectionId = ?1 and kind = ?2", inspectionId, ReportKind.INSPECTION).firstResultOptional();
    }
}
