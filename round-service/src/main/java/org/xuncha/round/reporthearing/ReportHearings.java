package org.xuncha.round.reporthearing;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamAccess;
import org.xuncha.round.team.Teams;

/** The leadership group's hearings of the teams and whether each batch's came in time. */
@ApplicationScoped
public class ReportHearings {

    private final HearingRepository hearings;
    private final Teams teams;
    private final TeamAccess teamAccess;
    private final Planning planning;
    private final EntityManager entityManager;
    private final HearingConfig config;
    private final Clock clock;

    public ReportHearings(HearingRepository hearings, Teams teams, TeamAccess teamAccess, Planning planning,
            EntityManager entityManager, HearingConfig config, Clock clock) {
        this.hearings = hearings;
        this.teams = teams;
        this.teamAccess = teamAccess;
        this.planning = planning;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public ReportHearing record(UUID teamId, LocalDate heardOn, String chairedBy, String conclusions, Caller caller) {
        Team team = teams.find(teamId).orElseThrow(() -> InvalidInput.of("teamId", "names no team"));
        TeamStationing stationing = stationings(team.roundId()).stream().filter(s -> s.teamId().equals(teamId))
                .findFirst().orElse(new TeamStationing(teamId, false, null));
        ReportHearing hearing = ReportHearing.record(team.roundId(), stationing, heardOn, today(), chairedBy, conclusions,
                caller.userId(), OffsetDateTime.now(clock));
        if (hearings.count("teamId = ?1 and roundId = ?2", teamId, team.roundId()) > 0) {
            throw new Duplicate("The leadership group has heard the team for this round");
        }
        hearings.persist(hearing);
        return hearing;
    }

    /** The hearing, for the office, the leadership and the leader of the team heard. */
    public ReportHearing get(UUID id, Caller caller) {
        return hearings.findByIdOptional(id)
                .filter(hearing -> teamAccess.mayReadAll(caller) || teamAccess.leads(hearing.teamId(), caller))
                .orElseThrow(() -> new NotFound("Report hearing", id));
    }

    /** A page of a round's hearings (or all), oldest first. */
    public Page<ReportHearing> list(UUID roundId, String cursor, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (roundId != null) {
            query.append(" and roundId = :round");
            parameters.and("round", roundId);
        }
        if (cursor != null) {
            query.append(" and id > :after");
            parameters.and("after", parseId(Cursor.decode(cursor, 1).key(0)));
        }
        List<ReportHearing> rows = hearings.find(query + " order by id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, hearing -> Cursor.of(hearing.id()));
    }

    /** Whether the round's batch has ended and its teams were heard in time. */
    public BatchHearings status(UUID roundId) {
        planning.round(roundId);
        Map<UUID, ReportHearing> heard = hearings.list("roundId", roundId).stream()
                .collect(Collectors.toMap(ReportHearing::teamId, Function.identity()));
        return BatchHearings.of(stationings(roundId), heard, today(), config.withinDays());
    }

    /** A round and its batch's hearings. */
    public record RoundHearings(Round round, BatchHearings hearings) {
    }

    /** A page of the term's rounds whose batch is overdue, by number. */
    public Page<RoundHearings> overdue(UUID termId, String cursor, int limit) {
        int after = cursor == null ? Integer.MIN_VALUE : parseNumber(Cursor.decode(cursor, 1).key(0));
        List<RoundHearings> rows = new ArrayList<>();
        for (Round round : planning.rounds(termId)) {
            if (round.number() <= after) {
                continue;
            }
            BatchHearings status = status(round.id());
            if (status.overdue()) {
                rows.add(new RoundHearings(round, status));
                if (rows.size() > limit) {
                    break;
                }
            }
        }
        return Page.of(rows, limit, row -> Cursor.of(row.round().number()));
    }

    @SuppressWarnings("unchecked")
    private List<TeamStationing> stationings(UUID roundId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select team_id, bool_and(state not in ('PLANNED', 'PREPARING', 'STATIONED')), max(withdrawn_at)
                          from inspection where round_id = :round group by team_id order by team_id""")
                .setParameter("round", roundId).getResultList();
        return rows.stream().map(row -> new TeamStationing((UUID) row[0], Boolean.TRUE.equals(row[1]), dayOf(row[2])))
                .toList();
    }

    private LocalDate dayOf(Object timestamp) {
        Instant instant;
        if (timestamp == null) {
            return null;
        } else if (timestamp instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (timestamp instanceof Timestamp sql) {
            instant = sql.toInstant();
        } else if (timestamp instanceof Instant at) {
            instant = at;
        } else {
            throw new IllegalStateException("Unexpected timestamp " + timestamp.getClass());
        }
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static UUID parseId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }

    private static int parseNumber(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }
}
