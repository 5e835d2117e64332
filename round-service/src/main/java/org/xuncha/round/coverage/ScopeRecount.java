package org.xuncha.round.coverage;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Coverage recounted set-based after an import (a term's history, a term's scope), as live
 * stationing keeps it: each organization in the term's
 * scope is covered from the first day a counted inspection of the term (not a look-back) was
 * stationed in it, or reached it (a village or community) by extension; the term's count is that of
 * its covered organizations; an organization's last inspection (the three-year rule) is its latest
 * counted stationing.
 */
public final class ScopeRecount {

    /** Runs a statement with its parameters on the import's connection. */
    @FunctionalInterface
    public interface Statements {
        int update(String sql, Object... parameters) throws SQLException;
    }

    private ScopeRecount() {
    }

    /** Coverage, covered count and last inspections of the term, from its inspections and scope. */
    public static void recount(Statements store, UUID termId, java.time.ZoneId committeeZone) throws SQLException {
        String zone = committeeZone.getId();
        store.update("""
                with reached as (
                    select i.organization_id, (i.stationed_at at time zone '%1$s')::date as day, i.id as inspection_id,
                           'INSPECTION' as via
                      from inspection i join round r on r.id = i.round_id
                     where r.term_id = ? and r.kind <> 'LOOK_BACK' and i.stationed_at is not null
                    union all
                    select e.organization_id, (i.stationed_at at time zone '%1$s')::date, i.id, 'EXTENSION'
                      from inspection_extension e join inspection i on i.id = e.inspection_id
                      join round r on r.id = i.round_id join organization v on v.id = e.organization_id
                     where r.term_id = ? and r.kind <> 'LOOK_BACK' and i.stationed_at is not null
                       and v.type in ('VILLAGE', 'COMMUNITY')
                ), first as (
                    select distinct on (organization_id) organization_id, day, inspection_id, via
                      from reached order by organization_id, day, via
                )
                update term_scope s set covered_on = f.day, covered_by = f.inspection_id, covered_via = f.via
                  from first f
                 where s.term_id = ? and s.organization_id = f.organization_id
                   and (s.covered_on is null or s.covered_on > f.day)""".formatted(zone),
                termId, termId, termId);
        store.update("update term set covered_count = (select count(*) from term_scope where term_id = ? and covered_on is not null)"
                + " where id = ?", termId, termId);
        store.update("""
                update organization o set last_inspected_on = x.day
                  from (select i.organization_id, max((i.stationed_at at time zone '%s')::date) as day
                          from inspection i join round r on r.id = i.round_id
                         where r.term_id = ? and r.kind <> 'LOOK_BACK' and i.stationed_at is not null
                         group by i.organization_id) x
                 where o.id = x.organization_id and (o.last_inspected_on is null or o.last_inspected_on < x.day)"""
                .formatted(zone), termId);
    }
}
