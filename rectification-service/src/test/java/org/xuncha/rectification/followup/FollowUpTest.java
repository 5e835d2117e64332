package org.xuncha.rectification.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;

/** Follow-ups and supervision evaluations reopen closed items, and the figures move with them. */
@QuarkusTest
class FollowUpTest {

    private final Driver driver;
    private final ObjectMapper json;

    FollowUpTest(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    @Test
    void reopeningByAFollowUpMovesTheRateAfterSupervisionButNotTheRateAtFirstReport() throws Exception {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        driver.report(actors);
        driver.bringTo(actors, items.get(1), "CLOSED");
        JsonPath before = driver.figures("organizationId", actors.organizationId());
        assertThat(before.getInt("atFirstReport.itemsClosed")).isEqualTo(1);
        assertThat(before.getString("atFirstReport.rate")).isEqualTo("0.5");
        assertThat(before.getInt("afterSupervision.itemsClosed")).isEqualTo(2);
        assertThat(before.getString("afterSupervision.rate")).isEqualTo("1.0");

        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "kind", "LOOK_BACK", "visitedOn", "2026-09-15",
                        "conclusion", "1项问题反弹",
                        "reopenItems", List.of(Map.of("itemId", items.get(0), "reason", "回头看发现账外资金再次出现"))))
                .post("/follow-ups").then().statusCode(201).body("itemsReopened", equalTo(1));

        JsonPath after = driver.figures("organizationId", actors.organizationId());
        assertThat(after.getInt("afterSupervision.itemsClosed")).isEqualTo(1);
        assertThat(after.getInt("afterSupervision.itemsFedBack")).isEqualTo(2);
        assertThat(after.getString("afterSupervision.rate")).isEqualTo("0.5");
        assertThat(after.getInt("atFirstReport.itemsClosed")).isEqualTo(1);
        assertThat(after.getString("atFirstReport.rate")).isEqualTo("0.5");
        JsonPath reopened = driver.item(items.get(0));
        assertThat(reopened.getString("item.state")).isEqualTo("IN_PROGRESS");
        assertThat(reopened.getString("history[-1].reason")).isEqualTo("回头看发现账外资金再次出现");
        assertThat(reopened.getString("history[-1].source")).startsWith("FOLLOW_UP:");
        JsonNode event = json.readTree(driver.awaitEvent("LedgerItemReopened", items.get(0)).get(0).value());
        assertThat(event.at("/payload/findingId").asText()).isEqualTo(reopened.getString("item.findingId"));
        assertThat(event.at("/payload/reason").asText()).isEqualTo("回头看发现账外资金再次出现");
    }

    @Test
    void aFollowUpThatReopensAnItemOfAClosedCaseSendsTheCaseBackToVerification() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "CLOSED");
        driver.report(actors);
        driver.as(driver.office()).post("/cases/{id}/verification", actors.caseId()).then().statusCode(200);
        driver.as(driver.office()).post("/cases/{id}/closure", actors.caseId()).then().statusCode(200);

        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "kind", "RETURN_VISIT", "visitedOn", "2026-10-01",
                        "conclusion", "问题反弹", "reopenItems", List.of(Map.of("itemId", itemId, "reason", "问题反弹"))))
                .post("/follow-ups").then().statusCode(201);

        JsonPath reopened = driver.readCase(actors.caseId());
        assertThat(reopened.getString("state")).isEqualTo("VERIFYING");
        assertThat(reopened.getInt("reopenedCount")).isEqualTo(1);
    }

    @Test
    void aFollowUpReopensOnlyClosedItemsOfItsOwnCase() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        Actors other = driver.rectifyingCase(1);

        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "kind", "RETURN_VISIT", "visitedOn", "2026-10-01",
                        "conclusion", "问题反弹", "reopenItems", List.of(
                                Map.of("itemId", itemId, "reason", "问题反弹"),
                                Map.of("itemId", driver.itemIds(other.caseId()).get(0), "reason", "别的案件"),
                                Map.of("itemId", UUID.randomUUID().toString(), "reason", "不存在"))))
                .post("/follow-ups").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reopenItems[1].itemId", "reopenItems[2].itemId")));
        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "kind", "RETURN_VISIT", "visitedOn", "2026-10-01",
                        "conclusion", "问题反弹", "reopenItems", List.of(Map.of("itemId", itemId, "reason", "问题反弹"))))
                .post("/follow-ups").then().statusCode(409).body("currentState", equalTo("OPEN"));
        driver.as(actors.unit()).body(Map.of("caseId", actors.caseId(), "kind", "RETURN_VISIT", "visitedOn", "2026-10-01",
                "conclusion", "x")).post("/follow-ups").then().statusCode(403);
    }

    @Test
    void aSupervisionEvaluationIsFedBackReopensItemsAndIsRecordedOncePerCase() {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        String campaignId = driver.as(driver.office())
                .body(Map.of("name", "2026年巡察整改集中督查", "startsOn", "2026-07-01", "endsOn", "2026-07-31"))
                .post("/supervisions").then().statusCode(201).extract().jsonPath().getString("id");
        Map<String, Object> evaluation = Map.of("caseId", actors.caseId(), "rating", "PARTLY_EFFECTIVE",
                "conclusion", "整改基本到位", "evaluatedOn", "2026-07-20",
                "fedBackToOrganizationAt", "2026-07-25T10:00:00+08:00",
                "fedBackToDisciplineBodyAt", "2026-07-25T10:00:00+08:00",
                "copiedToLeaderInChargeAt", "2026-07-25T11:00:00+08:00",
                "reopenItems", List.of(Map.of("itemId", items.get(0), "reason", "督查发现整改不实")));

        driver.as(driver.office()).body(evaluation).post("/supervisions/{id}/evaluations", campaignId)
                .then().statusCode(201).body("itemsReopened", equalTo(1));
        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "rating", "EFFECTIVE", "conclusion", "再次",
                        "evaluatedOn", "2026-07-21", "fedBackToOrganizationAt", "2026-07-25T10:00:00+08:00",
                        "fedBackToDisciplineBodyAt", "2026-07-25T10:00:00+08:00",
                        "copiedToLeaderInChargeAt", "2026-07-25T11:00:00+08:00"))
                .post("/supervisions/{id}/evaluations", campaignId)
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));

        assertThat(driver.item(items.get(0)).getString("item.state")).isEqualTo("IN_PROGRESS");
        assertThat(driver.as(actors.unit()).get("/supervisions/{id}/evaluations", campaignId).then().statusCode(200)
                .extract().jsonPath().getList("items.caseId")).containsExactly(actors.caseId());
        assertThat(driver.as(driver.rectifyingCase(1).unit()).get("/supervisions/{id}/evaluations", campaignId)
                .then().statusCode(200).extract().jsonPath().getList("items.caseId")).isEmpty();
        assertThat(driver.figures("organizationId", actors.organizationId()).getInt("supervisionCampaigns")).isEqualTo(1);
        driver.awaitEvent("LedgerItemReopened", items.get(0));
    }

    @Test
    void theFiguresAddUpWhatClosedItemsAchievedForARound() {
        Actors actors = driver.rectifyingCase(3);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        driver.bringTo(actors, items.get(1), "CLOSED");
        driver.bringTo(actors, items.get(2), "SUBMITTED");

        JsonPath figures = driver.figures("roundId", actors.opened().feedback().payload().round().id());

        assertThat(figures.getInt("cases")).isEqualTo(1);
        assertThat(figures.getInt("itemsFedBack")).isEqualTo(3);
        assertThat(figures.getString("afterSupervision.rate")).isEqualTo("0.6667");
        assertThat(figures.getDouble("moneyRecovered")).isEqualTo(2000.0);
        assertThat(figures.getInt("rulesEstablished")).isEqualTo(2);
        assertThat(figures.get("atFirstReport.rate") == null).isTrue();
        assertThat(driver.as(actors.unit()).get("/figures").then().statusCode(200).extract().jsonPath().getInt("cases"))
                .isEqualTo(1);
    }
}
