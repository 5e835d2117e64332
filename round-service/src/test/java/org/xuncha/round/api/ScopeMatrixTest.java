package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.ScopeMatrix;
import org.xuncha.testing.ScopeMatrix.Stranger;
import org.xuncha.testing.Tokens;

/**
 * The scope half of the authorization matrix of issue #11 ({@link ScopeMatrix}): a world of real records
 * (an inspection with its team, a lead transferred to the organization department and its report, an
 * interview, a petition, a personal outline, a finding, a submitted report, another inspection's
 * feedback), then every operation on them × every role it admits, held by someone else: another
 * inspection's leader and member, another organization's unit and leader in charge, the discipline
 * commission (the lead is the department's), a system speaking for the commission or for no body.
 * 0 × 2xx, but where an operation is open to every account of the role, each named here with why.
 */
@QuarkusTest
class ScopeMatrixTest {

    /** Operations that admit every account of a role, whatever its scope, by design. */
    private static final Set<String> OPEN_TO_ROLE = Set.of(
            // The registry and the plan are the teams' common reference (DOMAIN: teams read the registry).
            "GET /organizations/{id} TEAM_LEADER", "GET /organizations/{id} TEAM_MEMBER",
            "GET /rounds/{id} TEAM_LEADER", "GET /rounds/{id} TEAM_MEMBER",
            "GET /terms/{id} TEAM_LEADER", "GET /terms/{id} TEAM_MEMBER",
            // The integration account keeps the registry, the plan's scope and the partner answers in sync.
            "GET /organizations/{id} INTEGRATION", "PUT /organizations/{id} INTEGRATION",
            "GET /rounds/{id} INTEGRATION", "GET /terms/{id} INTEGRATION", "POST /coverage/{termId}/scope INTEGRATION");

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Inject
    DataSource dataSource;

    @Test
    void noAccountOutsideARecordsScopeGetsASuccessOnIt() throws SQLException {
        ReadyInspection own = api.stationed();
        UUID lead = api.transferredLead(own, "ORGANIZATION_DEPARTMENT");
        UUID leadReport = RoundApi.created(api.as(Tokens.as("ORGANIZATION").sign()).body(Map.of("reference",
                "组办〔2026〕" + UUID.randomUUID(), "progress", "已约谈")).post("/leads/{id}/progress-reports", lead));
        UUID interview = api.interview(own);
        UUID petition = api.petition(own);
        UUID outline = api.personalOutline(own);
        UUID finding = api.confirmedFinding(own, "COUNTY-1", "集体资金账外运行");
        api.advance(own.inspectionId(), "withdrawal", "REPORTING");
        UUID report = api.submittedReport(own);
        ReadyInspection fed = api.readyForFeedback(1);
        UUID feedback = RoundApi.created(api.issueFeedback(fed.inspectionId()));
        ReadyInspection other = api.stationed();

        Map<String, UUID> records = new LinkedHashMap<>();
        records.put("/inspections/", own.inspectionId());
        records.put("/teams/", own.team().teamId());
        records.put("/rounds/", own.team().roundId());
        records.put("/terms/", own.team().termId());
        records.put("/coverage/", own.team().termId());
        records.put("/organizations/", own.organizationId());
        records.put("/leads/", lead);
        records.put("/lead-reports/", leadReport);
        records.put("/interviews/", interview);
        records.put("/petitions/", petition);
        records.put("/interview-outlines/", outline);
        records.put("/findings/", finding);
        records.put("/reports/", report);
        records.put("/feedback/", feedback);
        records.put("/info-requests/", infoRequestOf(own.inspectionId()));
        List<Stranger> strangers = List.of(
                new Stranger("TEAM_LEADER", "another inspection's leader", other.team().leaderToken()),
                new Stranger("TEAM_MEMBER", "another inspection's member", other.team().memberToken()),
                new Stranger("UNIT", "another organization's unit",
                        Tokens.as("UNIT").organization(other.organizationId()).sign()),
                new Stranger("LEADER_IN_CHARGE", "another organization's leader in charge",
                        Tokens.as("LEADER_IN_CHARGE").organization(other.organizationId()).sign()),
                new Stranger("DISCIPLINE", "the discipline commission (the lead is the department's)",
                        Tokens.as("DISCIPLINE").sign()),
                new Stranger("INTEGRATION", "the commission's system",
                        Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign()),
                new Stranger("INTEGRATION", "a system speaking for no body", Tokens.as("INTEGRATION").sign()));

        ScopeMatrix matrix = ScopeMatrix.run(Path.of("openapi", "openapi.yaml"), RestAssured.port, records, strangers,
                OPEN_TO_ROLE, api.office());
        System.out.printf("ScopeMatrixTest: %d operations, %d requests, %d violations%n", matrix.walked().size(),
                matrix.requests(), matrix.violations().size());

        assertThat(matrix.walked()).contains("GET /leads/{id}", "GET /interviews/{id}", "POST /reports/{id}/submission",
                "GET /feedback/{id}", "GET /lead-reports/{id}");
        assertThat(matrix.violations()).isEmpty();
    }

    private UUID infoRequestOf(UUID inspection) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from info_request where inspection_id = ? order by id limit 1")) {
            select.setObject(1, inspection);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("the prepared inspection's info request").isTrue();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
