package org.xuncha.round.finding;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.briefing.Briefings;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.team.TeamAccess;

/** Drafting and confirming findings, the taxonomy they are filed under, and listing them. */
@ApplicationScoped
public class Findings {

    private final FindingRepository findings;
    private final FindingCategoryRepository categories;
    private final Inspections inspections;
    private final TeamAccess teamAccess;
    private final Clock clock;
    private final Briefings briefings;

    public Findings(FindingRepository findings, FindingCategoryRepository categories, Inspections inspections,
            TeamAccess teamAccess, Clock clock, Briefings briefings) {
        this.findings = findings;
        this.categories = categories;
        this.inspections = inspections;
        this.teamAccess = teamAccess;
        this.clock = clock;
        this.briefings = briefings;
    }

    /** A member of the inspecting team drafts a finding, while the team is stationed or reporting. */
    @Transactional
    public Finding draft(UUID inspectionId, FindingDraft draft, Caller caller) {
        Inspection inspection = inspections.namedForItsTeam(inspectionId, caller);
        inspection.requireOpenForFindings("take findings");
        if (categories.findByIdOptional(draft.categoryCode()).isEmpty()) {
            throw InvalidInput.of("categoryCode", "is not a category of the finding taxonomy");
        }
        if (draft.briefingId() != null
                && !briefings.inspectionOf(draft.briefingId()).filter(inspectionId::equals).isPresent()) {
            throw InvalidInput.of("briefingId", "names no daily briefing of the inspection");
        }
        Finding finding = new Finding(inspections.countedUnder(inspection), draft, caller.cadreId().orElse(null), now());
        findings.persist(finding);
        return finding;
    }

    /** DRAFT to CONFIRMED: the call of the team's leader, nobody else's. */
    @Transactional
    public Finding confirm(UUID findingId, Caller caller) {
        Finding finding = get(findingId, caller);
        if (!teamAccess.leads(finding.teamId(), caller)) {
            throw new Forbidden("Only the team's leader (组长) confirms its findings");
        }
        inspections.get(finding.inspectionId()).requireOpenForFindings("confirm findings");
        finding.confirm(caller.userId(), now());
        return finding;
    }

    /** The finding, if the caller may see it: the office, the leadership, or its team. */
    public Finding get(UUID id, Caller caller) {
        return findings.findByIdOptional(id).filter(finding -> teamAccess.mayRead(finding.teamId(), caller))
                .orElseThrow(() -> new NotFound("Finding", id));
    }

    /** A page of findings, oldest first (keyset: page 10,000 costs what page 1 costs). */
    public Page<Finding> list(FindingFilter filter, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!teamAccess.mayReadAll(caller)) {
            conditions.add("teamId in (select t.id from Team t join t.members m where m.cadreId = :self)");
            parameters.and("self", caller.cadreId().orElse(new UUID(0, 0)));
        }
        where(conditions, parameters, "inspectionId", filter.inspectionId());
        where(conditions, parameters, "termId", filter.termId());
        where(conditions, parameters, "roundId", filter.roundId());
        where(conditions, parameters, "teamId", filter.teamId());
        where(conditions, parameters, "organizationId", filter.organizationId());
        where(conditions, parameters, "categoryCode", filter.categoryCode());
        where(conditions, parameters, "state", filter.state());
        where(conditions, parameters, "commonProblemCandidate", filter.commonProblemCandidate());
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        List<Finding> rows = findings.find(query, parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, finding -> Cursor.of(finding.id()));
    }

    public List<FindingCategory> taxonomy() {
        return categories.list("order by scheme, position");
    }

    /** A committee loads its own scheme of categories beside the default ones. */
    @Transactional
    public List<FindingCategory> loadScheme(String scheme, List<FindingCategory> loaded) {
        if (categories.count("scheme", scheme) > 0) {
            throw new Duplicate("The taxonomy already has a scheme " + scheme);
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (categories.findByIdOptional(loaded.get(i).code()).isPresent()) {
                throw InvalidInput.of("categories[" + i + "].code", "is already a category code");
            }
        }
        loaded.forEach(categories::persist);
        return loaded;
    }

    private static void where(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
