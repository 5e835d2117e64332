package org.xuncha.round.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.Columns;

/**
 * The audit result import (巡审联动): a row per audit report, keyed by its number (审计报告文号), with
 * the organization audited (office code or credit code), the year and the issues found, by the
 * rules of POST /audit-results.
 */
@ApplicationScoped
public class AuditResultImport implements RowKind {

    public static final Columns COLUMNS = Columns.of("audit-results")
            .column("reportNumber", true, "审计报告文号", "报告文号", "文号")
            .column("organizationCode", false, "单位编码", "编码", "组织编码")
            .column("organizationCreditCode", false, "统一社会信用代码", "信用代码")
            .column("year", true, "年度", "审计年度")
            .column("issueCount", true, "问题数", "发现问题数")
            .column("summary", false, "摘要", "主要问题");

    @Produces
    @Singleton
    static Columns auditResultColumns() {
        return COLUMNS;
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public Writer writer(Sql sql, ImportContext context) {
        References references = new References(sql);
        return row -> {
            RowValues values = new RowValues(row);
            String number = values.required("reportNumber", 100);
            var organization = references.organization("organizationCode", values.text("organizationCode", 64),
                    "organizationCreditCode", values.text("organizationCreditCode", 64));
            if (organization == null) {
                throw new RowRefused("organizationCode", "must not be blank: an office code or, in organizationCreditCode, "
                        + "a credit code");
            }
            Integer year = values.integer("year", 1949, 2200);
            Integer issues = values.integer("issueCount", 0, 100000);
            if (year == null || issues == null) {
                throw new RowRefused(year == null ? "year" : "issueCount", "must not be blank");
            }
            String summary = values.text("summary", 4000);
            context.firstInFile("audit/" + number, row.line(), "reportNumber", "the report number " + number);
            var existing = sql.row("select id, organization_id, year, issue_count, summary from audit_result "
                    + "where report_number = ?", number);
            if (existing.isEmpty()) {
                sql.update("""
                        insert into audit_result (id, organization_id, year, issue_count, summary, recorded_at, report_number)
                        values (?, ?, ?, ?, ?, ?, ?)""", Ids.next(), organization.id(), year, issues, summary,
                        context.now(), number);
                return Outcome.INSERTED;
            }
            Object[] found = existing.get();
            if (java.util.Arrays.asList(found[1], found[2], found[3], found[4])
                    .equals(java.util.Arrays.asList(organization.id(), year, issues, summary))) {
                return Outcome.UNCHANGED;
            }
            sql.update("update audit_result set organization_id = ?, year = ?, issue_count = ?, summary = ? where id = ?",
                    organization.id(), year, issues, summary, (UUID) found[0]);
            return Outcome.UPDATED;
        };
    }
}
