package org.xuncha.round.auditlink;

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
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.coverage.AuditResult;
import org.xuncha.round.coverage.AuditResultRepository;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingRepository;
import org.xuncha.round.registry.Registry;

/** Audit results linked to the findings they led to. */
@ApplicationScoped
public class AuditLinks {

    private final LinkRepository links;
    private final AuditResultRepository auditResults;
    private final FindingRepository findings;
    private final Registry registry;
    private final Clock clock;

    public AuditLinks(LinkRepository links, AuditResultRepository auditResults, FindingRepository findings,
            Registry registry, Clock clock) {
        this.links = links;
        this.auditResults = auditResults;
        this.findings = findings;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public AuditFindingLink link(UUID auditResultId, UUID findingId, String note, Caller caller) {
        AuditResult audit = auditResults.findByIdOptional(auditResultId)
                .orElseThrow(() -> InvalidInput.of("auditResultId", "names no audit result"));
        Finding finding = findings.findByIdOptional(findingId)
                .orElseThrow(() -> InvalidInput.of("findingId", "names no finding"));
        AuditFindingLink link = AuditFindingLink.link(audit.id(), registry.get(audit.organizationId()), audit.year(),
                finding.id(), registry.get(finding.organizationId()), finding.createdAt().getYear(), note, caller.userId(),
                OffsetDateTime.now(clock));
        if (links.count("auditResultId = ?1 and findingId = ?2", auditResultId, findingId) > 0) {
            throw new Duplicate("The audit result is linked to the finding already");
        }
        links.persist(link);
        return link;
    }

    /** A page of links, oldest first, by audit result and by finding. */
    public Page<AuditFindingLink> list(UUID auditResultId, UUID findingId, String cursor, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (auditResultId != null) {
            conditions.add("auditResultId = :audit");
            parameters.and("audit", auditResultId);
        }
        if (findingId != null) {
            conditions.add("findingId = :finding");
            parameters.and("finding", findingId);
        }
        if (cursor != null) {
            conditions.add("id > :after");
            try {
                parameters.and("after", Cursor.decode(cursor, 1).id(0));
            } catch (IllegalArgumentException notAnId) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by id";
        return Page.of(links.find(query, parameters).page(0, limit + 1).list(), limit, link -> Cursor.of(link.id()));
    }
}
