package org.xuncha.round.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;

/** Drafting and confirming findings. */
@ApplicationScoped
public class Findings {

    private final FindingRepository findings;
    private final FindingCategoryRepository categories;
    private final Inspections inspections;
    private final Clock clock;

    public Findings(FindingRepository findings, FindingCategoryRepository categories, Inspections inspections,
            Clock clock) {
        this.findings = findings;
        this.categories = categories;
        this.inspections = inspections;
        this.clock = clock;
    }

    @Transactional
    public Finding draft(UUID inspectionId, String categoryCode, String description, BigDecimal moneyInvolved) {
        Inspection inspection = inspections.find(inspectionId)
                .orElseThrow(() -> InvalidInput.of("inspectionId", "names no inspection"));
        inspection.requireOpenForFindings("take findings");
        if (categories.findByIdOptional(categoryCode).isEmpty()) {
            throw InvalidInput.of("categoryCode", "is not a category of the finding taxonomy");
        }
        Finding finding = new Finding(inspectionId, categoryCode, description, moneyInvolved, OffsetDateTime.now(clock));
        findings.persist(finding);
        return finding;
    }

    @Transactional
    public Finding confirm(UUID findingId, String confirmedBy) {
        Finding finding = get(findingId);
        inspections.get(finding.inspectionId()).requireOpenForFindings("confirm findings");
        finding.confirm(confirmedBy, OffsetDateTime.now(clock));
        return finding;
    }

    public Finding get(UUID id) {
        return findings.findByIdOptional(id).orElseThrow(() -> new NotFound("Finding", id));
    }

    public List<Finding> ofInspection(UUID inspectionId) {
        inspections.get(inspectionId);
        return findings.ofInspection(inspectionId);
    }

    public List<FindingCategory> taxonomy() {
        return categories.list("order by scheme, position");
    }
}
