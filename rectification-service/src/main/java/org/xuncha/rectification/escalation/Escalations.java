package org.xuncha.rectification.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.FieldError;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.Queries;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;

/**
 * Escalation records; each sets the ESCALATED flag of the cases it concerns. They name the persons
 * admonished or held accountable (追责问责), so each read of one is in the read log.
 */
@ApplicationScoped
public class Escalations implements PanacheRepositoryBase<Escalation, UUID> {

    /** The kind of record escalations are in the read log, their table. */
    public static final String RECORD_KIND = "escalation";

    private final Cases cases;
    private final Clock clock;
    private final ReadLog readLog;

    public Escalations(Cases cases, Clock clock, ReadLog readLog) {
        this.cases = cases;
        this.clock = clock;
        this.readLog = readLog;
    }

    /** What the office records of an escalation. */
    public record EscalationRecord(EscalationKind kind, List<UUID> caseIds, LocalDate decidedOn, String reason,
            String outcome, List<EscalatedPerson> persons) {
    }

    @Transactional
    public Escalation record(EscalationRecord escalation, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RectificationCase> concerned = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < escalation.caseIds().size(); i++) {
            try {
                concerned.add(cases.get(escalation.caseIds().get(i), caller));
            } catch (NotFound absent) {
                unknown.add(new FieldError("caseIds[" + i + "]", "names no rectification case"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        concerned.forEach(escalated -> escalated.escalate(now));
        Escalation recorded = new Escalation(escalation.kind(), escalation.decidedOn(), escalation.reason(),
                escalation.outcome(), escalation.persons(), new LinkedHashSet<>(escalation.caseIds()), caller.userId(),
                now);
        persist(recorded);
        return recorded;
    }

    /** The caller reads the escalation: the read is logged. */
    public Escalation get(UUID id) {
        Escalation escalation = findByIdOptional(id).orElseThrow(() -> new NotFound("Escalation", id));
        readLog.read(RECORD_KIND, escalation.id());
        return escalation;
    }

    /** Escalations, oldest first, optionally of one case or of one kind; each one shown is logged. */
    public Page<Escalation> list(UUID caseId, EscalationKind kind, String cursor, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (caseId != null) {
            conditions.add(":caseId member of caseIds");
            parameters.and("caseId", caseId);
        }
        Queries.equalIf(conditions, parameters, "kind", "kind", kind);
        Page<Escalation> page = Queries.page(this, conditions, parameters, cursor, limit, Escalation::id);
        readLog.listed(RECORD_KIND, page.items().stream().map(Escalation::id).toList());
        return page;
    }
}
