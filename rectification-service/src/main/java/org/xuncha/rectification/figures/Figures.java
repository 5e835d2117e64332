package org.xuncha.rectification.figures;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.Queries;
import org.xuncha.rectification.cases.CaseScope;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.escalation.EscalationKind;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;

/**
 * Computes the rectification figures from the ledgers, within what the caller may see. Aggregates
 * run in the database, so a term's figures cost a few queries whatever its size.
 */
@ApplicationScoped
public class Figures {

    private final EntityManager entityManager;
    private final Clock clock;

    public Figures(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public RectificationFigures of(FigureFilter filter, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        CaseScope.restrict(caller, "c.", conditions, parameters);
        Queries.equalIf(conditions, parameters, "c.termId", "termId", filter.termId());
        Queries.equalIf(conditions, parameters, "c.roundId", "roundId", filter.roundId());
        Queries.equalIf(conditions, parameters, "c.teamId", "teamId", filter.teamId());
        Queries.equalIf(conditions, parameters, "c.organizationId", "organizationId", filter.organizationId());
        Queries.equalIf(conditions, parameters, "c.organizationType", "organizationType", filter.organizationType());
        String cases = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);

        Object[] caseRow = query("""
                select count(c), coalesce(sum(case when c.state = :caseClosed then 1 else 0 end), 0),
                       coalesce(sum(case when c.overdue then 1 else 0 end), 0),
                       coalesce(sum(case when c.escalated then 1 else 0 end), 0),
                       coalesce(sum(c.reportItemsFedBack), 0), coalesce(sum(c.reportItemsClosed), 0)
                from RectificationCase c where\s""" + cases, Object[].class,
                copy(parameters).and("caseClosed", CaseState.CLOSED)).getSingleResult();

        Parameters itemParameters = copy(parameters)
                .and("finding", ItemOrigin.FINDING)
                .and("closed", ItemState.CLOSED)
                .and("working", List.of(ItemState.OPEN, ItemState.IN_PROGRESS))
                .and("today", LocalDate.now(clock));
        Object[] itemRow = query("""
                select coalesce(sum(case when i.origin = :finding then 1 else 0 end), 0),
                       coalesce(sum(case when i.origin <> :finding then 1 else 0 end), 0),
                       coalesce(sum(case when i.origin = :finding and i.state = :closed then 1 else 0 end), 0),
                       coalesce(sum(case when i.state in :working and i.deadline < :today and i.historical = false then 1 else 0 end), 0),
                       coalesce(sum(case when i.state = :closed then i.moneyRecovered else 0 end), 0),
                       coalesce(sum(case when i.state = :closed then i.rulesEstablished else 0 end), 0),
                       coalesce(sum(case when i.state = :closed then i.personsHeldAccountable else 0 end), 0)
                from LedgerItem i join RectificationCase c on i.caseId = c.id where\s""" + cases,
                Object[].class, itemParameters).getSingleResult();

        long campaigns = query("""
                select count(distinct e.campaignId) from SupervisionEvaluation e
                join RectificationCase c on e.caseId = c.id where\s""" + cases, Long.class, parameters)
                .getSingleResult();
        long admonishments = escalations(cases, parameters, EscalationKind.COLLECTIVE_ADMONISHMENT);
        long accountability = escalations(cases, parameters, EscalationKind.ACCOUNTABILITY);

        return new RectificationFigures(number(caseRow[0]), number(caseRow[1]), number(caseRow[2]),
                number(caseRow[3]), number(itemRow[0]), number(itemRow[1]),
                RectificationFigures.Rate.of(number(caseRow[5]), number(caseRow[4])),
                RectificationFigures.Rate.of(number(itemRow[2]), number(itemRow[0])),
                number(itemRow[3]), money(itemRow[4]), number(itemRow[5]), number(itemRow[6]),
                campaigns, admonishments, accountability);
    }

    private long escalations(String cases, Parameters parameters, EscalationKind kind) {
        return query("""
                select count(distinct x.id) from Escalation x join x.caseIds caseId
                join RectificationCase c on caseId = c.id where x.kind = :kind and\s""" + cases, Long.class,
                copy(parameters).and("kind", kind)).getSingleResult();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Parameters parameters) {
        TypedQuery<T> query = entityManager.createQuery(jpql, type);
        parameters.map().forEach(query::setParameter);
        return query;
    }

    private static Parameters copy(Parameters parameters) {
        Parameters copy = new Parameters();
        for (Map.Entry<String, Object> entry : parameters.map().entrySet()) {
            copy.and(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2);
    }
}
