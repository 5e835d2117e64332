package org.xuncha.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Drives round-service's API the way the office and a team would, for tests that need an
 * organization, a round, a team or an inspection at a given point of its life.
 */
public final class RoundApi {

    private final Supplier<RequestSpecification> request;
    private final String office = Tokens.as("OFFICE").sign();
    private final String teamLeader = Tokens.as("TEAM_LEADER").sign();

    public RoundApi(Supplier<RequestSpecification> request) {
        this.request = request;
    }

    /** An inspection in REPORTING with confirmed findings, ready for feedback. */
    public record ReadyInspection(UUID organizationId, UUID inspectionId, List<UUID> findingIds) {
    }

    public RequestSpecification as(String token) {
        return request.get().auth().oauth2(token).contentType("application/json");
    }

    public UUID organization(String name, String type) {
        return created(as(office).body(Map.of(
                        "name", name,
                        "type", type,
                        "principalLeader", Map.of("userId", "pl-" + UUID.randomUUID(), "name", "王建国", "post", "党委书记"),
                        "leaderInCharge", Map.of("userId", "lic-" + UUID.randomUUID(), "name", "李明", "post", "副县长"),
                        "disciplineBody", "县纪委监委第三监督检查室"))
                .post("/organizations"));
    }

    public UUID term() {
        return created(as(office).body(Map.of("name", "十一届县委 " + UUID.randomUUID(), "startsOn", "2022-01-01"))
                .post("/terms"));
    }

    public UUID round(UUID termId, int number) {
        return created(as(office).body(Map.of("termId", termId, "number", number, "kind", "REGULAR")).post("/rounds"));
    }

    public UUID team(UUID roundId) {
        return created(as(office).body(Map.of("roundId", roundId, "name", "第一巡察组 " + UUID.randomUUID())).post("/teams"));
    }

    public UUID inspection(UUID teamId, UUID organizationId) {
        return created(as(office).body(Map.of("teamId", teamId, "organizationId", organizationId)).post("/inspections"));
    }

    public void advance(UUID inspectionId, String step, String expectedState) {
        as(office).post("/inspections/{id}/" + step, inspectionId).then().statusCode(200)
                .body("state", equalTo(expectedState));
    }

    public UUID confirmedFinding(UUID inspectionId, String categoryCode, String description) {
        UUID findingId = created(as(teamLeader)
                .body(Map.of("inspectionId", inspectionId, "categoryCode", categoryCode, "description", description,
                        "moneyInvolved", "1000.00"))
                .post("/findings"));
        as(teamLeader).post("/findings/{id}/confirmation", findingId).then().statusCode(200);
        return findingId;
    }

    /** A new organization inspected in a new round, in REPORTING, with {@code findings} confirmed findings. */
    public ReadyInspection readyForFeedback(int findings) {
        UUID organizationId = organization("城关镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        UUID inspectionId = inspection(team(round(term(), 1)), organizationId);
        advance(inspectionId, "preparation", "PREPARING");
        advance(inspectionId, "station", "STATIONED");
        List<UUID> findingIds = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            findingIds.add(confirmedFinding(inspectionId, "COUNTY-" + (1 + (i - 1) % 5), "问题 " + i));
        }
        advance(inspectionId, "withdrawal", "REPORTING");
        return new ReadyInspection(organizationId, inspectionId, findingIds);
    }

    public Response issueFeedback(UUID inspectionId) {
        return as(office).body(Map.of(
                        "inspectionId", inspectionId,
                        "secretaryPoints", List.of(Map.of("persons", "村党支部书记张某", "matter", "集体资金账外运行")),
                        "accountabilityPoints", List.of(Map.of("persons", "会计李某", "matter", "虚报冒领"))))
                .post("/feedback");
    }

    private static UUID created(Response response) {
        response.then().log().ifValidationFails().statusCode(201);
        return UUID.fromString(response.jsonPath().getString("id"));
    }
}
