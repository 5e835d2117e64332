package org.xuncha.round.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.xuncha.platform.imports.Columns;
import org.xuncha.round.coverage.ScopeRecount;

/**
 * The term scope import (应巡尽巡): a row per organization of the term's inspection scope, by its
 * office code or credit code; one already in scope is unchanged. At the end the term's scope size
 * and coverage are recounted, as POST /coverage/{termId}/scope keeps them (an organization already
 * inspected in the term is covered at once).
 */
@ApplicationScoped
public class TermScopeImport implements RowKind {

    public static final Columns COLUMNS = Columns.of("term-scope")
            .column("organizationCode", false, "编码", "组织编码", "单位编码")
            .column("organizationCreditCode", false, "统一社会信用代码", "信用代码");

    @Produces
    @Singleton
    static Columns termScopeColumns() {
        return COLUMNS;
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public boolean ofTerm() {
        return true;
    }

    @Override
    public Writer writer(Sql sql, ImportContext context) {
        References references = new References(sql);
        return new Writer() {
            @Override
            public Outcome write(org.xuncha.platform.imports.SourceRow row) throws java.sql.SQLException {
                RowValues values = new RowValues(row);
                var organization = references.organization("organizationCode", values.text("organizationCode", 64),
                        "organizationCreditCode", values.text("organizationCreditCode", 64));
                if (organization == null) {
                    throw new RowRefused("organizationCode", "must not be blank: an office code or, in "
                            + "organizationCreditCode, a credit code");
                }
                context.firstInFile("scope/" + organization.id(), row.line(), "organizationCode", "the organization");
                return sql.update("""
                        insert into term_scope (term_id, organization_id, added_at) values (?, ?, ?)
                        on conflict do nothing""", context.termId(), organization.id(), context.now()) == 1
                        ? Outcome.INSERTED : Outcome.UNCHANGED;
            }

            @Override
            public void finish() throws java.sql.SQLException {
                sql.update("update term set scope_size = (select count(*) from term_scope where term_id = ?) where id = ?",
                        context.termId(), context.termId());
                ScopeRecount.recount(sql::update, context.termId(), context.zone());
            }
        };
    }
}
