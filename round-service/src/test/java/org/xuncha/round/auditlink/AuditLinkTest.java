package org.xuncha.round.auditlink;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Audit results linked to the findings they led to (巡审联动 "先审后巡", seed 003), over HTTP. */
@QuarkusTest
class AuditLinkTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void anAuditLinksOnceToAFindingOfTheAuditedOrganizationOrOneBelow() {
        ReadyInspection stationed = api.stationed();
        UUID finding = api.confirmedFinding(stationed, "COUNTY-3", "专项资金未按规定用途使用");
        UUID audit = audit(stationed.organizationId(), Committee.today().getYear() - 1);
        UUID elsewhere = api.confirmedFinding(api.stationed(), "COUNTY-3", "别处的问题");

        link(api.office(), audit, elsewhere).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("findingId"));
        link(api.office(), UUID.randomUUID(), finding).then().statusCode(400).body("errors[0].field", equalTo("auditResultId"));
        link(Tokens.as("LEADERSHIP").sign(), audit, finding).then().statusCode(403);
        link(api.office(), audit, finding).then().statusCode(201).body("findingId", equalTo(finding.toString()));
        link(api.office(), audit, finding).then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));

        api.as(Tokens.as("LEADERSHIP").sign()).queryParam("findingId", finding).get("/audit-finding-links")
                .then().statusCode(200).body("items.auditResultId", equalTo(List.of(audit.toString())));
    }

    @Test
    void anAuditLeadsOnlyToFindingsMadeAfterIt() {
        ReadyInspection stationed = api.stationed();
        UUID finding = api.confirmedFinding(stationed, "COUNTY-3", "专项资金未按规定用途使用");
        UUID later = audit(stationed.organizationId(), Committee.today().getYear() + 1);
        link(api.office(), later, finding).then().statusCode(400).body("errors[0].field", equalTo("findingId"));
    }

    private UUID audit(UUID organization, int year) {
        return RoundApi.created(api.as(api.office()).body(Map.of("organizationId", organization, "year", year,
                "issueCount", 3)).post("/audit-results"));
    }

    private Response link(String token, UUID audit, UUID finding) {
        return api.as(token).body(Map.of("auditResultId", audit, "findingId", finding, "note", "审计指出的问题经巡察核实"))
                .post("/audit-finding-links");
    }
}
