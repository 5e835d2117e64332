package org.xuncha.round.history;

import static org.xuncha.round.history.HistoryStore.Outcome.INSERTED;
import static org.xuncha.round.history.HistoryStore.Outcome.UNCHANGED;
import static org.xuncha.round.history.HistoryStore.Outcome.UPDATED;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.history.HistoryStore.Known;
import org.xuncha.round.history.HistoryStore.Outcome;
import org.xuncha.round.lead.DispositionKind;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.report.ReportKind;

/**
 * What the teams produced in a term's history: findings, leads with their transfer and disposition,
 * reports with their recommendations, and feedback. Written in their recorded states; the
 * rectification states of findings and inspections are rectification-service's, which its events
 * bring (import the ledgers there).
 */
final class HistoryWork {

    /** The dimensions an inspection's findings and leads are counted under. */
    record Where(UUID inspectionId, UUID roundId, UUID teamId, UUID organizationId, String organizationType,
            String state) {
    }

    private static final Map<String, ReceivingBody> BODIES = Map.of("纪委监委", ReceivingBody.DISCIPLINE_COMMISSION,
            "纪委", ReceivingBody.DISCIPLINE_COMMISSION, "组织部", ReceivingBody.ORGANIZATION_DEPARTMENT, "其他", ReceivingBody.OTHER);
    private static final Map<String, DispositionKind> DISPOSITIONS = Map.of("立案", DispositionKind.CASE_FILED,
            "处分", DispositionKind.SANCTIONED, "移送司法", DispositionKind.JUDICIAL_TRANSFER,
            "谈话函询", DispositionKind.TALK_OR_INQUIRY, "组织处理", DispositionKind.ORGANIZATIONAL_HANDLING,
            "了结", DispositionKind.CLOSED);

    private final HistoryStore store;

    HistoryWork(HistoryStore store) {
        this.store = store;
    }

    Where where(String inspectionNumber) throws SQLException {
        UUID id = store.require(HistoryKind.INSPECTION, inspectionNumber, "inspectionNumber", "inspection");
        try (var select = store.connection.prepareStatement("""
                select i.round_id, i.team_id, i.organization_id, o.type, i.state from inspection i
                  join organization o on o.id = i.organization_id where i.id = ?""")) {
            select.setObject(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                return new Where(id, row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                        row.getString(4), row.getString(5));
            }
        }
    }

    Outcome finding(HistoryRow row) throws SQLException {
        String key = row.required("findingNumber");
        Where where = where(row.required("inspectionNumber"));
        String category = row.required("categoryCode");
        if (store.one(String.class, "select code from finding_category where code = ?", category).isEmpty()) {
            throw new HistoryRow.Refused("categoryCode", "'" + category + "' is no category of the taxonomy (GET /finding-categories)");
        }
        String description = row.required("description");
        BigDecimal money = row.money("moneyInvolved");
        LocalDate found = row.date("foundOn");
        String stateText = row.text("state");
        boolean draft = stateText != null && (stateText.equalsIgnoreCase("DRAFT") || stateText.equals("草稿"));
        if (stateText != null && !draft && !java.util.Set.of("CONFIRMED", "FED_BACK", "RECTIFYING", "RECTIFIED", "REOPENED",
                "已确认", "已反馈", "整改中", "已整改").contains(stateText.toUpperCase(java.util.Locale.ROOT))) {
            throw new HistoryRow.Refused("state", "'" + stateText + "' is not a finding's state (DRAFT, CONFIRMED, FED_BACK, "
                    + "RECTIFYING, RECTIFIED, REOPENED)");
        }
        Optional<Known> known = store.known(HistoryKind.FINDING, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        boolean fedBack = !draft && java.util.Set.of("FED_BACK", "RECTIFYING", "CLOSED").contains(where.state());
        String state = draft ? "DRAFT" : fedBack ? "FED_BACK" : "CONFIRMED";
        UUID id = known.map(Known::id).orElseGet(Ids::next);
        if (known.isEmpty()) {
            store.update("""
                    insert into finding (id, inspection_id, category_code, description, money_involved, state, created_at,
                                         confirmed_at, confirmed_by, version, term_id, round_id, team_id, organization_id,
                                         organization_type, fed_back_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)""", id, where.inspectionId(), category, description,
                    money, state, found == null ? store.now : store.at(found), draft ? null : store.at(found),
                    draft ? null : "history-import", store.termId, where.roundId(), where.teamId(), where.organizationId(),
                    where.organizationType(), fedBack ? store.now : null);
        } else {
            store.update("""
                    update finding set inspection_id = ?, category_code = ?, description = ?, money_involved = ?,
                           round_id = ?, team_id = ?, organization_id = ?, organization_type = ?, version = version + 1,
                           state = case when state in ('DRAFT', 'CONFIRMED') then ? else state end
                     where id = ?""", where.inspectionId(), category, description, money, where.roundId(), where.teamId(),
                    where.organizationId(), where.organizationType(), state, id);
        }
        store.remember(HistoryKind.FINDING, key, id, row.digest());
        return known.isEmpty() ? INSERTED : UPDATED;
    }

    Outcome lead(HistoryRow row) throws SQLException {
        String key = row.required("leadNumber");
        Where where = where(row.required("inspectionNumber"));
        String summary = row.required("summary");
        LocalDate received = row.date("receivedOn");
        LocalDate transferred = row.date("transferredOn");
        ReceivingBody body = HistoryPlan.named(row, "transferredTo", ReceivingBody.class, BODIES);
        DispositionKind disposition = HistoryPlan.named(row, "disposition", DispositionKind.class, DISPOSITIONS);
        LocalDate disposed = row.date("disposedOn");
        LocalDate archived = row.date("archivedOn");
        Integer cases = row.number("casesFiled");
        Integer sanctioned = row.number("personsSanctioned");
        Integer judicial = row.number("judicialTransfers");
        if (transferred != null && body == null) {
            throw new HistoryRow.Refused("transferredTo", "a transferred lead names the body: DISCIPLINE_COMMISSION (纪委监委), "
                    + "ORGANIZATION_DEPARTMENT (组织部) or OTHER");
        }
        if (transferred == null && (body != null || disposition != null)) {
            throw new HistoryRow.Refused("transferredOn", "a lead is transferred before it is disposed of: give the day");
        }
        if (disposition != null && disposed == null) {
            throw new HistoryRow.Refused("disposedOn", "a disposition has its day");
        }
        if (disposed != null && disposition == null) {
            throw new HistoryRow.Refused("disposition", "a lead disposed of names its result (CASE_FILED, SANCTIONED ...)");
        }
        if (archived != null && disposed == null) {
            throw new HistoryRow.Refused("archivedOn", "a lead is archived after its disposition");
        }
        if (transferred != null && transferred.isBefore(received)) {
            throw new HistoryRow.Refused("transferredOn", "is before receivedOn");
        }
        Optional<Known> known = store.known(HistoryKind.LEAD, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        String state = archived != null ? "ARCHIVED" : disposed != null ? "DISPOSED" : transferred != null ? "TRANSFERRED"
                : "RECEIVED";
        String bodyName = row.text("receivingBody");
        UUID id = known.map(Known::id).orElseGet(Ids::next);
        Object[] values = {where.inspectionId(), where.roundId(), where.teamId(), where.organizationId(),
                where.organizationType(), summary, row.text("persons"), Optional.ofNullable(row.text("source")).orElse("其他"),
                state, store.at(received), store.at(transferred), body, bodyName == null && body != null ? body.name() : bodyName,
                store.at(disposed), disposition, cases, sanctioned, judicial, store.at(archived),
                transferred != null && disposed == null ? store.at(transferred.plusMonths(3)) : null};
        if (known.isEmpty()) {
            Object[] all = new Object[values.length + 2];
            all[0] = id;
            all[1] = store.termId;
            System.arraycopy(values, 0, all, 2, values.length);
            store.update("""
                    insert into lead (id, term_id, inspection_id, round_id, team_id, organization_id, organization_type, summary,
                                      persons, source, state, received_at, transferred_at, transferred_to, receiving_body,
                                      disposed_at, disposition, cases_filed, persons_sanctioned, judicial_transfers,
                                      archived_at, report_due_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", all);
        } else {
            Object[] all = new Object[values.length + 1];
            System.arraycopy(values, 0, all, 0, values.length);
            all[values.length] = id;
            store.update("""
                    update lead set inspection_id = ?, round_id = ?, team_id = ?, organization_id = ?, organization_type = ?,
                           summary = ?, persons = ?, source = ?, state = ?, received_at = ?, transferred_at = ?,
                           transferred_to = ?, receiving_body = ?, disposed_at = ?, disposition = ?, cases_filed = ?,
                           persons_sanctioned = ?, judicial_transfers = ?, archived_at = ?, report_due_at = ?,
                           version = version + 1
                     where id = ?""", all);
        }
        store.remember(HistoryKind.LEAD, key, id, row.digest());
        return known.isEmpty() ? INSERTED : UPDATED;
    }

    Outcome report(HistoryRow row) throws SQLException {
        String key = row.required("reportNumber");
        String inspectionNumber = row.text("inspectionNumber");
        ReportKind kind = HistoryPlan.named(row, "reportKind", ReportKind.class, Map.of("巡察报告", ReportKind.INSPECTION,
                "专题报告", ReportKind.TOPIC));
        if (kind == null) {
            kind = inspectionNumber == null ? ReportKind.TOPIC : ReportKind.INSPECTION;
        }
        UUID inspectionId = null;
        UUID roundId;
        if (kind == ReportKind.INSPECTION) {
            if (inspectionNumber == null) {
                throw new HistoryRow.Refused("inspectionNumber", "an inspection report names its inspection");
            }
            Where where = where(inspectionNumber);
            inspectionId = where.inspectionId();
            roundId = where.roundId();
        } else {
            roundId = store.require(HistoryKind.ROUND, HistoryPlan.roundKey(row), "roundNumber", "round");
        }
        LocalDate approved = row.date("approvedOn");
        Optional<Known> known = store.known(HistoryKind.REPORT, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        if (inspectionId != null && store.one(UUID.class, "select id from report where inspection_id = ? and kind = 'INSPECTION'"
                + " and id <> ?", inspectionId, known.map(Known::id).orElse(new UUID(0, 0))).isPresent()) {
            throw new HistoryRow.Refused("inspectionNumber", "the inspection has its report already");
        }
        String title = row.required("title");
        String body = Optional.ofNullable(row.text("body")).orElse(title);
        UUID id = known.map(Known::id).orElseGet(Ids::next);
        if (known.isEmpty()) {
            store.update("""
                    insert into report (id, round_id, inspection_id, kind, title, body, state, finding_ids, drafted_by,
                                        drafted_at, submitted_at, decided_at, decided_by, version)
                    values (?, ?, ?, ?, ?, ?, 'APPROVED', coalesce((select array_agg(id order by id) from finding
                             where inspection_id = ? and state <> 'DRAFT'), '{}'), 'history-import', ?, ?, ?, 'history-import', 0)""",
                    id, roundId, inspectionId, kind, title, body, inspectionId, store.at(approved), store.at(approved),
                    store.at(approved));
        } else {
            store.update("update report set round_id = ?, inspection_id = ?, kind = ?, title = ?, body = ?, decided_at = ?, "
                    + "version = version + 1 where id = ?", roundId, inspectionId, kind, title, body, store.at(approved), id);
        }
        store.remember(HistoryKind.REPORT, key, id, row.digest());
        return known.isEmpty() ? INSERTED : UPDATED;
    }

    Outcome recommendation(HistoryRow row) throws SQLException {
        String reportNumber = row.required("reportNumber");
        UUID reportId = store.require(HistoryKind.REPORT, reportNumber, "reportNumber", "report");
        String department = row.required("department");
        String content = row.required("content");
        LocalDate issued = row.date("issuedOn");
        String key = reportNumber + "/" + department + "/" + row.digest().substring(0, 16);
        if (store.known(HistoryKind.RECOMMENDATION, key).isPresent()) {
            return UNCHANGED;
        }
        UUID id = Ids.next();
        store.update("insert into recommendation (id, report_id, department, content, issued_at, issued_by) "
                + "values (?, ?, ?, ?, ?, 'history-import')", id, reportId, department, content,
                issued == null ? store.now : store.at(issued));
        store.remember(HistoryKind.RECOMMENDATION, key, id, row.digest());
        return INSERTED;
    }
}
