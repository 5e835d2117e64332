package org.xuncha.round.history;

import static org.xuncha.round.history.HistoryStore.Outcome.INSERTED;
import static org.xuncha.round.history.HistoryStore.Outcome.UNCHANGED;
import static org.xuncha.round.history.HistoryStore.Outcome.UPDATED;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Official;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.round.history.HistoryStore.Known;
import org.xuncha.round.history.HistoryStore.Outcome;

/**
 * The feedback of a historical inspection: the inspection and its confirmed findings move to
 * FED_BACK, and {@code FeedbackIssued} marked {@code historical} (with the office's inspection and
 * finding numbers) goes through the outbox in the import's transaction, as live feedback does, so
 * rectification-service opens the case its historical ledger is then imported into.
 */
final class HistoryFeedback {

    private final HistoryStore store;
    private final Outbox outbox;

    HistoryFeedback(HistoryStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    Outcome feedback(HistoryRow row) throws SQLException {
        String number = row.required("inspectionNumber");
        UUID inspectionId = store.require(HistoryKind.INSPECTION, number, "inspectionNumber", "inspection");
        LocalDate issued = row.date("issuedOn");
        Optional<Known> known = store.known(HistoryKind.FEEDBACK, number);
        if (known.isPresent()) {
            if (!known.get().digest().equals(row.digest())) {
                store.update("update feedback set issued_at = ? where id = ?", store.at(issued), known.get().id());
                store.remember(HistoryKind.FEEDBACK, number, known.get().id(), row.digest());
                return UPDATED;
            }
            return UNCHANGED;
        }
        String state = store.one(String.class, "select state from inspection where id = ?", inspectionId).orElseThrow();
        if (!state.equals("STATIONED") && !state.equals("REPORTING")) {
            throw new HistoryRow.Refused("inspectionNumber", "the inspection is " + state + ": it was fed back already");
        }
        OffsetDateTime at = store.at(issued);
        UUID id = Ids.next();
        store.update("""
                insert into feedback (id, inspection_id, issued_at, issued_by, secretary_points, accountability_points)
                values (?, ?, ?, 'history-import', '[]'::jsonb, '[]'::jsonb)""", id, inspectionId, at);
        store.update("update inspection set state = 'FED_BACK', fed_back_at = ?, withdrawn_at = coalesce(withdrawn_at, ?), "
                + "version = version + 1 where id = ?", at, at, inspectionId);
        store.update("update finding set state = 'FED_BACK', fed_back_at = ?, version = version + 1 "
                + "where inspection_id = ? and state = 'CONFIRMED'", at, inspectionId);
        FeedbackIssued event = issued(id, inspectionId, number, at);
        outbox.enqueue(EventTypes.FEEDBACK_ISSUED, event.organization().id().toString(), event);
        store.remember(HistoryKind.FEEDBACK, number, id, row.digest());
        return INSERTED;
    }

    private FeedbackIssued issued(UUID feedbackId, UUID inspectionId, String number, OffsetDateTime at) throws SQLException {
        try (PreparedStatement select = store.connection.prepareStatement("""
                select r.id, r.term_id, r.number, r.kind, r.theme, t.id, t.name, o.id, o.name, o.type, o.parent_id, p.name,
                       o.discipline_body, o.principal_leader_user_id, o.principal_leader_name, o.principal_leader_post,
                       o.leader_in_charge_user_id, o.leader_in_charge_name, o.leader_in_charge_post
                  from inspection i join round r on r.id = i.round_id join team t on t.id = i.team_id
                  join organization o on o.id = i.organization_id left join organization p on p.id = o.parent_id
                 where i.id = ?""")) {
            select.setObject(1, inspectionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String theme = row.getString(5);
                FeedbackIssued.Round round = new FeedbackIssued.Round(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getInt(3), row.getString(4), "第" + row.getInt(3) + "轮" + (theme == null ? "" : "（" + theme + "）"));
                FeedbackIssued.Team team = new FeedbackIssued.Team(row.getObject(6, UUID.class), row.getString(7));
                OrganizationRef organization = new OrganizationRef(row.getObject(8, UUID.class), row.getString(9),
                        row.getString(10), row.getObject(11, UUID.class), row.getString(12), row.getString(13));
                Official principal = row.getString(15) == null ? null
                        : new Official(row.getString(14), row.getString(15), row.getString(16));
                Official inCharge = row.getString(18) == null ? null
                        : new Official(row.getString(17), row.getString(18), row.getString(19));
                return new FeedbackIssued(feedbackId, inspectionId, round, team, organization, principal, inCharge, at,
                        findings(inspectionId), List.of(), List.of(), number, true);
            }
        }
    }

    private List<FeedbackIssued.Finding> findings(UUID inspectionId) throws SQLException {
        List<FeedbackIssued.Finding> findings = new ArrayList<>();
        try (PreparedStatement select = store.connection.prepareStatement("""
                select f.id, f.category_code, c.name, f.description, f.money_involved, k.office_key
                  from finding f join finding_category c on c.code = f.category_code
                  left join history_key k on k.entity_id = f.id and k.kind = 'FINDING' and k.term_id = f.term_id
                 where f.inspection_id = ? and f.state = 'FED_BACK' order by k.office_key, f.id""")) {
            select.setObject(1, inspectionId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    findings.add(new FeedbackIssued.Finding(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getString(4), row.getObject(5, BigDecimal.class), row.getString(6)));
                }
            }
        }
        return findings;
    }
}
