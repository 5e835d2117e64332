package org.xuncha.round.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.xuncha.platform.audit.AuditBulk;

/**
 * Resolves and writes the staged rows of an organization import, set-based, in the caller's
 * transaction: duplicates within the file, credit codes held by another organization, parents by
 * office code or credit code (in the file, in any order, or already in the registry), unknown
 * parents, rows under a rejected row, cycles; then the tree paths, and the inserts and updates.
 */
final class OrganizationTree {

    private static final Logger LOG = Logger.getLogger(OrganizationTree.class);

    /** The walk of every row of the file (parameters write, job, job, write, job). */
    private static final String ALL_PATHS = """
                with recursive tree (row_number, id, parent_id, node_key, path, depth) as (
                    select r.row_number, coalesce(r.existing_id, r.new_id), r.parent_id, k.node_key,
                           case when e.id is not null then e.path
                                else coalesce(p.path, '/') || lpad(to_hex(coalesce(k.node_key, r.row_number)), 8, '0') || '/' end,
                           case when e.id is not null then e.depth else coalesce(p.depth + 1, 0) end
                      from import_organization_row r
                      left join organization e on e.id = r.existing_id
                      left join organization p on p.id = r.parent_id
                      cross join lateral (select case when ? and r.existing_id is null
                                                      then nextval('organization_node_key') end as node_key) k
                     where r.job_id = ? and r.error is null and r.parent_row is null
                    union all
                    select c.row_number, coalesce(c.existing_id, c.new_id), t.id, k.node_key,
                           case when e.id is not null then e.path
                                else t.path || lpad(to_hex(coalesce(k.node_key, c.row_number)), 8, '0') || '/' end,
                           case when e.id is not null then e.depth else t.depth + 1 end
                      from tree t
                      join import_organization_row c on c.job_id = ? and c.parent_row = t.row_number and c.error is null
                      left join organization e on e.id = c.existing_id
                      cross join lateral (select case when ? and c.existing_id is null
                                                      then nextval('organization_node_key') end as node_key) k
                )
                update import_organization_row r
                   set parent_id = t.parent_id, node_key = t.node_key, path = t.path, depth = t.depth
                  from tree t where r.job_id = ? and r.row_number = t.row_number""";

    /**
     * The walk of the new rows only, from those whose parent is in the registry (or none) or is a row of
     * the file already registered (parameters write, job, job, write, job).
     */
    private static final String NEW_PATHS = """
                with recursive tree (row_number, id, parent_id, node_key, path, depth) as (
                    select r.row_number, r.new_id, coalesce(r.parent_id, pr.existing_id), k.node_key,
                           coalesce(p.path, '/') || lpad(to_hex(coalesce(k.node_key, r.row_number)), 8, '0') || '/',
                           coalesce(p.depth + 1, 0)
                      from import_organization_row r
                      left join import_organization_row pr on pr.job_id = r.job_id and pr.row_number = r.parent_row
                      left join organization p on p.id = coalesce(r.parent_id, pr.existing_id)
                      cross join lateral (select case when ? and r.new_id is not null -- per row (an uncorrelated one runs once)
                                                      then nextval('organization_node_key') end as node_key) k
                     where r.job_id = ? and r.error is null and r.existing_id is null
                       and (r.parent_row is null or pr.existing_id is not null)
                    union all
                    select c.row_number, c.new_id, t.id, k.node_key,
                           t.path || lpad(to_hex(coalesce(k.node_key, c.row_number)), 8, '0') || '/', t.depth + 1
                      from tree t
                      join import_organization_row c on c.job_id = ? and c.parent_row = t.row_number and c.error is null
                                                    and c.existing_id is null
                      cross join lateral (select case when ? and c.new_id is not null
                                                      then nextval('organization_node_key') end as node_key) k
                )
                update import_organization_row r
                   set parent_id = t.parent_id, node_key = t.node_key, path = t.path, depth = t.depth
                  from tree t where r.job_id = ? and r.row_number = t.row_number""";

    record Outcome(long inserted, long updated, long unchanged) {
    }

    private final Connection connection;
    private final UUID job;
    private final String fields;

    /** {@code fields}: the SQL of a rejected row's fields as the file had them (OrganizationFields). */
    OrganizationTree(Connection connection, UUID job, String fields) {
        this.connection = connection;
        this.job = job;
        this.fields = fields;
    }

    Outcome resolve(boolean write) throws SQLException {
        // one job's rows, each statement run once: plan each for the values it has (a generic plan of
        // the job's rows once went quadratic), on statistics of the rows just staged
        execute("set local plan_cache_mode = force_custom_plan");
        execute("set local work_mem = '64MB'");
        execute("analyze import_organization_row");
        rejectDuplicates("office_code", "officeCode", "the office code");
        rejectDuplicates("credit_code", "creditCode", "the credit code");
        // the organization a row updates and its parent's row in the file (by office code), in one pass: a
        // row the credit code check below rejects keeps its parent row, which only its children see
        update("""
                update import_organization_row r set existing_id = x.existing_id, parent_row = x.parent_row
                  from (select s.row_number, o.id as existing_id, case when s.error is null then p.row_number end as parent_row
                          from import_organization_row s
                          left join organization o on o.office_code = s.office_code
                          left join import_organization_row p on p.job_id = s.job_id and p.office_code = s.parent_code
                         where s.job_id = ?) x
                 where r.job_id = ? and r.row_number = x.row_number
                   and (x.existing_id is not null or x.parent_row is not null)""", 2);
        update("""
                update import_organization_row r set error_column = 'creditCode',
                       error = 'the credit code ' || r.credit_code || ' is already registered to ' || o.name
                  from organization o
                 where r.job_id = ? and r.error is null and o.credit_code = r.credit_code
                   and o.office_code is distinct from r.office_code""");
        update("""
                update import_organization_row r set parent_row = p.row_number
                  from import_organization_row p
                 where r.job_id = ? and p.job_id = r.job_id and r.error is null and r.parent_code is null
                   and p.credit_code = r.parent_credit_code""");
        update("""
                update import_organization_row r set parent_id = o.id
                  from organization o
                 where r.job_id = ? and r.error is null and r.parent_row is null and r.parent_code is not null
                   and o.office_code = r.parent_code""");
        update("""
                update import_organization_row r set parent_id = o.id
                  from organization o
                 where r.job_id = ? and r.error is null and r.parent_row is null and r.parent_code is null
                   and o.credit_code = r.parent_credit_code""");
        update("""
                update import_organization_row r
                   set error_column = case when r.parent_code is not null then 'parentCode' else 'parentCreditCode' end,
                       error = 'names no organization of the file or the registry: ' || coalesce(r.parent_code, r.parent_credit_code)
                 where r.job_id = ? and r.error is null and r.parent_row is null and r.parent_id is null
                   and (r.parent_code is not null or r.parent_credit_code is not null)""");
        while (update("""
                update import_organization_row r
                   set error_column = case when r.parent_code is not null then 'parentCode' else 'parentCreditCode' end,
                       error = 'its parent, row ' || p.row_number || ', was rejected'
                  from import_organization_row p
                 where r.job_id = ? and p.job_id = r.job_id and r.error is null and p.row_number = r.parent_row
                   and p.error is not null""") > 0) {
            // down the tree, a level at a time
        }
        // Organizations already registered that the file puts under another parent (moved): without any, each
        // registered one's chain of parents in the file is the registry's, so every one is reached and only
        // the new ones need the walk down the tree (a re-import walks nothing); with some, the whole file is
        // walked, so that a chain through them that loops is found as before
        long moved = count("""
                select count(*) from import_organization_row s
                  join organization o on o.id = s.existing_id
                  left join import_organization_row p on p.job_id = s.job_id and p.row_number = s.parent_row
                 where s.job_id = ? and s.error is null
                   and o.parent_id is distinct from coalesce(s.parent_id, p.existing_id, p.new_id)""");
        // the paths down the tree, a level at a time; a new organization takes its node key here (written
        // imports only: a dry run's paths use the row numbers), so the rows are rewritten once
        // (nothing new, as in a re-import: no walk at all; planned over the whole file, an empty one cost seconds)
        if (moved > 0) {
            path(ALL_PATHS, write);
        } else if (count("select count(*) from import_organization_row where job_id = ? and error is null and existing_id is null") > 0) {
            path(NEW_PATHS, write);
        }
        // a row the walk did not reach loops; without a walk of the registered ones, only new rows can
        String loops = """
                update import_organization_row r
                   set error_column = case when r.parent_code is not null then 'parentCode' else 'parentCreditCode' end,
                       error = 'its chain of parents loops (a cycle in the tree): office code ' || r.office_code
                               || ' is, through its parents, below itself'
                 where r.job_id = ? and r.error is null and r.path is null""";
        update(moved > 0 ? loops : loops + " and r.existing_id is null");
        if (moved > 0) {
            update("""
                    update import_organization_row r set error_column = 'parentCode',
                           error = 'moves ' || o.name || ' to another parent; an import does not move organizations in the tree'
                      from organization o
                     where r.job_id = ? and r.error is null and o.id = r.existing_id
                       and o.parent_id is distinct from r.parent_id""");
        }
        update("""
                update import_organization_row r set error_column = 'principalLeaderName',
                       error = o.name || ' is under inspection; its leadership changes only after the organization '
                               || 'department has heard the team (PUT /organizations/' || o.id || ' with teamHearing)'
                  from organization o
                 where r.job_id = ? and r.error is null and o.id = r.existing_id
                   and (o.principal_leader_name, o.principal_leader_post, o.leader_in_charge_name, o.leader_in_charge_post)
                       is distinct from (r.principal_leader_name, r.principal_leader_post, r.leader_in_charge_name,
                                         r.leader_in_charge_post)
                   and exists (select 1 from inspection i where i.organization_id = o.id
                                  and i.state in ('STATIONED', 'REPORTING'))""");
        long inserted = count("select count(*) from import_organization_row where job_id = ? and error is null and existing_id is null");
        long existing = count("select count(*) from import_organization_row where job_id = ? and error is null and existing_id is not null");
        long updated;
        String changed = """
                (o.name, o.type, o.credit_code, o.discipline_body, o.city_directed, o.principal_leader_name,
                 o.principal_leader_post, o.leader_in_charge_name, o.leader_in_charge_post)
                is distinct from (r.name, r.type, r.credit_code, r.discipline_body, r.city_directed, r.principal_leader_name,
                 r.principal_leader_post, r.leader_in_charge_name, r.leader_in_charge_post)""";
        if (write) {
            // the audit trail's entries in one pass after the writes (AuditBulk), not a row trigger per
            // organization at commit: the state before of each organization the import changes is kept first
            AuditBulk.begin(connection, "organization");
            long changedRows = update("""
                    update import_organization_row r set before_state = to_jsonb(o)
                      from organization o
                     where r.job_id = ? and r.error is null and o.id = r.existing_id and """ + changed);
            update("""
                    insert into organization (id, name, type, parent_id, principal_leader_name, principal_leader_post,
                           leader_in_charge_name, leader_in_charge_post, discipline_body, created_at, version,
                           node_key, path, depth, credit_code, city_directed, office_code)
                    select new_id, name, type, parent_id, principal_leader_name, principal_leader_post,
                           leader_in_charge_name, leader_in_charge_post, discipline_body, now(), 0,
                           node_key, path, depth, credit_code, city_directed, office_code
                      from import_organization_row where job_id = ? and error is null and existing_id is null
                     order by depth, row_number""");
            updated = changedRows == 0 ? 0 : update("""
                    update organization o set name = r.name, type = r.type, credit_code = r.credit_code,
                           discipline_body = r.discipline_body, city_directed = r.city_directed,
                           principal_leader_name = r.principal_leader_name, principal_leader_post = r.principal_leader_post,
                           leader_in_charge_name = r.leader_in_charge_name, leader_in_charge_post = r.leader_in_charge_post,
                           version = o.version + 1
                      from import_organization_row r
                     where r.job_id = ? and r.error is null and o.id = r.existing_id and r.before_state is not null""");
            audited();
        } else {
            updated = count("""
                    select count(*) from import_organization_row r join organization o on o.id = r.existing_id
                     where r.job_id = ? and r.error is null and """ + changed);
        }
        update("""
                insert into import_row_error (job_id, row_number, column_name, reason, fields)
                select job_id, row_number, error_column, error, %s from import_organization_row
                 where job_id = ? and error is not null order by row_number""".formatted(fields));
        update("delete from import_organization_row where job_id = ?");
        return new Outcome(inserted, updated, existing - updated);
    }

    /** The audit trail's entries of the organizations inserted, then of those updated, in the order written. */
    private void audited() throws SQLException {
        long started = System.nanoTime();
        long entries = AuditBulk.append(connection, "organization", """
                select case when r.existing_id is null then 'INSERT' else 'UPDATE' end as action, o.id::text as aggregate_id,
                       r.before_state, to_jsonb(o) as after_state
                  from import_organization_row r join organization o on o.id = coalesce(r.existing_id, r.new_id)
                 where r.job_id = $1::uuid and r.error is null and (r.existing_id is null or r.before_state is not null)
                 order by r.existing_id is not null, r.depth, r.row_number""", job.toString());
        LOG.debugf("import %s: %d ms, %d rows: %s", job, (System.nanoTime() - started) / 1_000_000, entries,
                "audit_bulk_append (the audit trail's entries)");
    }

    /**
     * Marks every row but the first that repeats a key. The duplicates are found in one pass (a window
     * over the job's rows) and joined back by the primary key, so the plan stays linear whatever the
     * statistics of the staging table say (a generic plan joining on the key went quadratic).
     */
    private void rejectDuplicates(String column, String field, String what) throws SQLException {
        update("""
                update import_organization_row r set error_column = '%2$s',
                       error = '%3$s ' || r.%1$s || ' is already on row ' || d.first
                  from (select row_number, min(row_number) over (partition by %1$s) as first
                          from import_organization_row
                         where job_id = ? and error is null and %1$s is not null) d
                 where r.job_id = ? and r.row_number = d.row_number and d.row_number <> d.first"""
                .formatted(column, field, what), 2);
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, job);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private int update(String sql) throws SQLException {
        return update(sql, 1);
    }

    private int update(String sql, int jobParameters) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= jobParameters; i++) {
                statement.setObject(i, job);
            }
            int rows = statement.executeUpdate();
            if (LOG.isDebugEnabled()) {
                LOG.debugf("import %s: %d ms, %d rows: %s", job, (System.nanoTime() - started) / 1_000_000, rows,
                        sql.strip().lines().findFirst().orElse(""));
            }
            return rows;
        }
    }

    /** The path statement: parameters write, job, job, write, job. */
    private void path(String sql, boolean write) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setBoolean(1, write);
            statement.setObject(2, job);
            statement.setObject(3, job);
            statement.setBoolean(4, write);
            statement.setObject(5, job);
            int rows = statement.executeUpdate();
            LOG.debugf("import %s: %d ms, %d rows: %s", job, (System.nanoTime() - started) / 1_000_000, rows,
                    "with recursive tree (paths and node keys)");
        }
    }

    private void execute(String sql) throws SQLException {
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        LOG.debugf("import %s: %d ms, 0 rows: %s", job, (System.nanoTime() - started) / 1_000_000, sql);
    }
}
