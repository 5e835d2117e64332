package org.xuncha.round.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.xuncha.platform.imports.Columns;
import org.xuncha.round.pool.MembershipStatus;
import org.xuncha.round.pool.TalentPool;

/**
 * The pool membership import: a row per cadre (by their office code) and pool, upserted by the two;
 * a status (ACTIVE when absent) moves the membership only as the pool's own transitions do (a
 * member who left rejoins as ACTIVE, and is not suspended); a suspension or a leaving has its reason.
 */
@ApplicationScoped
public class PoolMemberImport implements RowKind {

    static final Map<String, TalentPool> POOLS = Map.of("组长库", TalentPool.LEADER, "组长", TalentPool.LEADER,
            "专员库", TalentPool.SPECIALIST, "专员", TalentPool.SPECIALIST);
    static final Map<String, MembershipStatus> STATUSES = Map.of("在库", MembershipStatus.ACTIVE,
            "正常", MembershipStatus.ACTIVE, "暂停", MembershipStatus.SUSPENDED, "暂停使用", MembershipStatus.SUSPENDED,
            "退出", MembershipStatus.LEFT, "出库", MembershipStatus.LEFT);

    public static final Columns COLUMNS = Columns.of("pool-members")
            .column("cadreOfficeCode", true, "干部编码", "人员编码")
            .column("pool", true, "人才库", "库别")
            .column("status", false, "状态")
            .column("joinedOn", false, "入库日期")
            .column("reason", false, "原因", "暂停或退出原因")
            .choices("pool", "组长库", "专员库")
            .choices("status", "在库", "暂停", "退出");

    @Produces
    @Singleton
    static Columns poolMemberColumns() {
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
            String code = values.required("cadreOfficeCode", 64);
            TalentPool pool = values.choice("pool", RowValues.named(TalentPool.class, POOLS), "LEADER (组长库) or SPECIALIST (专员库)");
            if (pool == null) {
                throw new RowRefused("pool", "must not be blank");
            }
            MembershipStatus status = values.choice("status", RowValues.named(MembershipStatus.class, STATUSES),
                    "ACTIVE (在库), SUSPENDED (暂停) or LEFT (退出)");
            status = status == null ? MembershipStatus.ACTIVE : status;
            LocalDate joinedOn = values.date("joinedOn");
            String reason = values.text("reason", 500);
            if (status != MembershipStatus.ACTIVE && reason == null) {
                throw new RowRefused("reason", "a suspension or a leaving has its reason");
            }
            if (status == MembershipStatus.ACTIVE) {
                reason = null;
            }
            UUID cadre = references.cadre("cadreOfficeCode", code);
            context.firstInFile("pool/" + pool + "/" + code, row.line(), "cadreOfficeCode",
                    "the cadre " + code + " in the " + pool + " pool");
            var existing = sql.row("select status, joined_on, reason from pool_membership where pool = ? and cadre_id = ?",
                    pool, cadre);
            if (existing.isEmpty()) {
                sql.update("""
                        insert into pool_membership (cadre_id, pool, status, joined_on, changed_at, reason, version)
                        values (?, ?, ?, ?, ?, ?, 0)""", cadre, pool, status,
                        joinedOn != null ? joinedOn : context.now().toLocalDate(), context.now(), reason);
                return Outcome.INSERTED;
            }
            MembershipStatus before = MembershipStatus.valueOf((String) existing.get()[0]);
            LocalDate joinedBefore = (LocalDate) existing.get()[1];
            if (before == status && (joinedOn == null || joinedOn.equals(joinedBefore))
                    && Objects.equals(reason, existing.get()[2])) {
                return Outcome.UNCHANGED;
            }
            if (before == MembershipStatus.LEFT && status == MembershipStatus.SUSPENDED) {
                throw new RowRefused("status", "the cadre left the " + pool + " pool: they rejoin (ACTIVE) before they "
                        + "can be suspended");
            }
            LocalDate joined = joinedOn != null ? joinedOn
                    : before == MembershipStatus.LEFT ? context.now().toLocalDate() : joinedBefore;
            sql.update("""
                    update pool_membership set status = ?, joined_on = ?, reason = ?, changed_at = ?, version = version + 1
                     where pool = ? and cadre_id = ?""", status, joined, reason, context.now(), pool, cadre);
            return Outcome.UPDATED;
        };
    }
}
