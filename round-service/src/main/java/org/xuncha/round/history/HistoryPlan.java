package org.xuncha.round.history;

import static org.xuncha.round.history.HistoryStore.Outcome.INSERTED;
import static org.xuncha.round.history.HistoryStore.Outcome.UNCHANGED;
import static org.xuncha.round.history.HistoryStore.Outcome.UPDATED;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.history.HistoryStore.Known;
import org.xuncha.round.history.HistoryStore.Outcome;
import org.xuncha.round.planning.RoundKind;
import org.xuncha.round.pool.SourceSystem;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.TeamKind;

/**
 * The planning side of a term's history: rounds (by number), teams (by round and name), their
 * members, inspections (by the office's inspection number) and their extensions (巡镇带村).
 */
final class HistoryPlan {

    private static final Map<String, RoundKind> ROUND_KINDS = Map.of("常规", RoundKind.REGULAR, "专项", RoundKind.SPECIAL,
            "机动", RoundKind.MOBILE, "机动式", RoundKind.MOBILE, "回头看", RoundKind.LOOK_BACK, "联动", RoundKind.LINKED,
            "交叉", RoundKind.CROSS, "提级", RoundKind.ELEVATED);
    private static final Map<String, Position> POSITIONS = Map.of("组长", Position.LEADER, "副组长", Position.DEPUTY_LEADER,
            "组员", Position.MEMBER, "巡察专员", Position.MEMBER, "专员", Position.MEMBER);

    private final HistoryStore store;

    HistoryPlan(HistoryStore store) {
        this.store = store;
    }

    static String roundKey(HistoryRow row) {
        Integer number = row.number("roundNumber");
        if (number == null || number == 0) {
            throw new HistoryRow.Refused("roundNumber", "must be a round's number, 1 or more");
        }
        return String.valueOf(number);
    }

    static String teamKey(HistoryRow row) {
        return roundKey(row) + "/" + row.required("teamName");
    }

    Outcome round(HistoryRow row) throws SQLException {
        String key = roundKey(row);
        int number = Integer.parseInt(key);
        RoundKind kind = named(row, "roundKind", RoundKind.class, ROUND_KINDS);
        String theme = row.text("theme");
        String partner = row.text("partnerCommittee");
        if (kind == RoundKind.SPECIAL && theme == null) {
            throw new HistoryRow.Refused("theme", "a SPECIAL round carries its theme");
        }
        if (kind == RoundKind.LINKED && partner == null) {
            throw new HistoryRow.Refused("partnerCommittee", "a LINKED round carries the partner committee");
        }
        Integer batch = row.number("batch");
        if (batch != null && batch == 0) {
            throw new HistoryRow.Refused("batch", "must be 1 or more");
        }
        LocalDate startsOn = row.date("startsOn");
        Optional<Known> known = store.known(HistoryKind.ROUND, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        Optional<UUID> existing = known.map(Known::id).or(() -> existingRound(number));
        UUID id = existing.orElseGet(Ids::next);
        if (existing.isEmpty()) {
            store.update("""
                    insert into round (id, term_id, number, kind, theme, partner_committee, starts_on, batch, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, store.termId, number, kind, theme, partner, startsOn, batch);
        } else {
            store.update("""
                    update round set kind = ?, theme = ?, partner_committee = ?, starts_on = ?, batch = ?, version = version + 1
                     where id = ?""", kind, theme, partner, startsOn, batch, id);
        }
        store.remember(HistoryKind.ROUND, key, id, row.digest());
        return existing.isEmpty() ? INSERTED : UPDATED;
    }

    private Optional<UUID> existingRound(int number) {
        try {
            return store.one(UUID.class, "select id from round where term_id = ? and number = ?", store.termId, number);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Outcome team(HistoryRow row) throws SQLException {
        String key = teamKey(row);
        UUID roundId = store.require(HistoryKind.ROUND, roundKey(row), "roundNumber", "round");
        TeamKind kind = named(row, "teamKind", TeamKind.class, Map.of("常设", TeamKind.STANDING, "临时", TeamKind.TEMPORARY));
        Optional<Known> known = store.known(HistoryKind.TEAM, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        String name = row.required("teamName");
        Optional<UUID> existing = known.map(Known::id)
                .or(() -> unchecked(() -> store.one(UUID.class, "select id from team where round_id = ? and name = ?", roundId, name)));
        UUID id = existing.orElseGet(Ids::next);
        TeamKind written = kind == null ? TeamKind.TEMPORARY : kind;
        if (existing.isEmpty()) {
            store.update("insert into team (id, round_id, name, kind, version) values (?, ?, ?, ?, 0)", id, roundId, name, written);
        } else {
            store.update("update team set kind = ?, version = version + 1 where id = ?", written, id);
        }
        store.remember(HistoryKind.TEAM, key, id, row.digest());
        return existing.isEmpty() ? INSERTED : UPDATED;
    }

    Outcome member(HistoryRow row) throws SQLException {
        UUID teamId = store.require(HistoryKind.TEAM, teamKey(row), "teamName", "team");
        Position position = named(row, "position", Position.class, POSITIONS);
        UUID cadreId = cadre(row);
        String key = teamKey(row) + "/" + cadreId;
        Optional<Known> known = store.known(HistoryKind.MEMBER, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        if (position == Position.LEADER && store.one(UUID.class, "select cadre_id from team_member where team_id = ? "
                + "and position = 'LEADER' and cadre_id <> ?", teamId, cadreId).isPresent()) {
            throw new HistoryRow.Refused("position", "the team has another leader already");
        }
        int inserted = store.update("""
                insert into team_member (team_id, cadre_id, position, assigned_at) values (?, ?, ?, ?)
                on conflict (team_id, cadre_id) do nothing""", teamId, cadreId, position, store.now);
        if (inserted == 0) {
            store.update("update team_member set position = ? where team_id = ? and cadre_id = ?", position, teamId, cadreId);
        }
        store.remember(HistoryKind.MEMBER, key, cadreId, row.digest());
        return inserted == 1 ? INSERTED : UPDATED;
    }

    /** The cadre a member row names: by id; else by name, the one cadre of that name, or a new one. */
    private UUID cadre(HistoryRow row) throws SQLException {
        String id = row.text("cadreId");
        if (id != null) {
            try {
                return store.one(UUID.class, "select id from cadre where id = ?", UUID.fromString(id))
                        .orElseThrow(() -> new HistoryRow.Refused("cadreId", "names no cadre"));
            } catch (IllegalArgumentException notAnId) {
                throw new HistoryRow.Refused("cadreId", "'" + id + "' is not a cadre id");
            }
        }
        String name = row.text("cadreName");
        if (name == null) {
            throw new HistoryRow.Refused("cadreName", "a member names its cadre by cadreId or cadreName");
        }
        List<UUID> named = unchecked(() -> {
            List<UUID> ids = new java.util.ArrayList<>();
            try (var select = store.connection.prepareStatement("select id from cadre where name = ? limit 2")) {
                select.setString(1, name);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
        if (named.size() > 1) {
            throw new HistoryRow.Refused("cadreName", "several cadres are named " + name + "; give the cadreId");
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        SourceSystem source = named(row, "sourceSystem", SourceSystem.class, Map.of("纪检监察", SourceSystem.DISCIPLINE,
                "组织", SourceSystem.ORGANIZATION, "巡察机构", SourceSystem.INSPECTION_OFFICE, "审计", SourceSystem.AUDIT,
                "财政", SourceSystem.FINANCE, "其他", SourceSystem.OTHER));
        UUID created = Ids.next();
        store.update("insert into cadre (id, name, source_system, created_at, version) values (?, ?, ?, ?, 0)", created, name,
                source == null ? SourceSystem.OTHER : source, store.now);
        return created;
    }

    Outcome inspection(HistoryRow row) throws SQLException {
        String key = row.required("inspectionNumber");
        UUID roundId = store.require(HistoryKind.ROUND, roundKey(row), "roundNumber", "round");
        UUID teamId = store.require(HistoryKind.TEAM, teamKey(row), "teamName", "team");
        UUID organizationId = store.organization(row, "organizationCode");
        LocalDate stationed = row.date("stationedOn");
        LocalDate withdrawn = row.date("withdrawnOn");
        if (stationed == null) {
            throw new HistoryRow.Refused("stationedOn", "must not be blank: a historical inspection was stationed");
        }
        if (withdrawn != null && withdrawn.isBefore(stationed)) {
            throw new HistoryRow.Refused("withdrawnOn", "is before stationedOn");
        }
        Optional<Known> known = store.known(HistoryKind.INSPECTION, key);
        if (known.isPresent() && known.get().digest().equals(row.digest())) {
            return UNCHANGED;
        }
        Optional<UUID> other = store.one(UUID.class, "select id from inspection where round_id = ? and organization_id = ?",
                roundId, organizationId);
        if (other.isPresent() && !other.equals(known.map(Known::id))) {
            throw new HistoryRow.Refused("organizationCode", "the round has an inspection of this organization already");
        }
        String state = withdrawn == null ? "STATIONED" : "REPORTING";
        UUID id = known.map(Known::id).orElseGet(Ids::next);
        if (known.isEmpty()) {
            store.update("""
                    insert into inspection (id, round_id, team_id, organization_id, state, created_at, stationed_at,
                                            withdrawn_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, roundId, teamId, organizationId, state, store.now,
                    store.at(stationed), store.at(withdrawn));
        } else {
            store.update("""
                    update inspection set round_id = ?, team_id = ?, organization_id = ?, stationed_at = ?, withdrawn_at = ?,
                           state = case when state in ('STATIONED', 'REPORTING') then ? else state end, version = version + 1
                     where id = ?""", roundId, teamId, organizationId, store.at(stationed), store.at(withdrawn), state, id);
        }
        store.remember(HistoryKind.INSPECTION, key, id, row.digest());
        return known.isEmpty() ? INSERTED : UPDATED;
    }

    Outcome extension(HistoryRow row) throws SQLException {
        String number = row.required("inspectionNumber");
        UUID inspectionId = store.require(HistoryKind.INSPECTION, number, "inspectionNumber", "inspection");
        UUID organizationId = store.organization(row, "organizationCode");
        boolean below = store.one(Boolean.class, """
                select o.path > p.path and o.path like p.path || '%' from organization o, organization p, inspection i
                 where o.id = ? and i.id = ? and p.id = i.organization_id""", organizationId, inspectionId).orElse(false);
        if (!below) {
            throw new HistoryRow.Refused("organizationCode", "is not below the inspected organization");
        }
        row.date("addedOn");
        String key = number + "/" + organizationId;
        if (store.known(HistoryKind.EXTENSION, key).isPresent()) {
            return UNCHANGED;
        }
        int inserted = store.update("insert into inspection_extension (inspection_id, organization_id) values (?, ?) "
                + "on conflict do nothing", inspectionId, organizationId);
        store.remember(HistoryKind.EXTENSION, key, organizationId, row.digest());
        return inserted == 1 ? INSERTED : UNCHANGED;
    }

    /** An enumerated cell: the constant's name or its Chinese name; absent when blank. */
    static <E extends Enum<E>> E named(HistoryRow row, String column, Class<E> type, Map<String, E> chinese) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        E named = chinese.get(text);
        if (named != null) {
            return named;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new HistoryRow.Refused(column, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + (chinese.isEmpty() ? "" : " or " + chinese.keySet()));
        }
    }

    interface SqlCall<T> {
        T call() throws SQLException;
    }

    static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
