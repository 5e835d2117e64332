package org.xuncha.rectification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.Committee;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/** An item's life: OPEN → IN_PROGRESS → SUBMITTED → CLOSED by the office, or back with a reason. */
@QuarkusTest
class LedgerItemTransitionTest {

    private static final List<String> STATES = List.of("OPEN", "IN_PROGRESS", "SUBMITTED", "CLOSED");
    private static final Map<String, String> ALLOWED_FROM = Map.of("start", "OPEN", "submission", "IN_PROGRESS",
            "closure", "SUBMITTED", "return", "SUBMITTED");

    private final Driver driver;
    private final ObjectMapper json;

    LedgerItemTransitionTest(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    @Test
    void anItemIsRectifiedSubmittedAndClosedByTheOffice() throws Exception {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        driver.recordRectification(actors, itemId, driver.rectification("DEADLINE", Committee.today().plusMonths(1),
                "126000.00", 2, 1));
        driver.as(actors.unit()).post("/ledger-items/{id}/start", itemId).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS"));
        driver.as(actors.unit()).body(Map.of("text", "已清理账外资金12.6万元")).post("/ledger-items/{id}/notes", itemId)
                .then().statusCode(201);
        driver.uploadEvidence(actors.unit(), itemId, "入账凭证.pdf", "%PDF-1.4 凭证".getBytes());
        driver.as(actors.unit()).post("/ledger-items/{id}/submission", itemId).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        driver.as(driver.office()).post("/ledger-items/{id}/closure", itemId).then().statusCode(200)
                .body("state", equalTo("CLOSED"));

        JsonPath item = driver.item(itemId);
        assertThat(item.getString("item.measures")).isEqualTo("全面清理账外资金，纳入三资平台统一管理");
        assertThat(item.getString("item.term")).isEqualTo("DEADLINE");
        assertThat(item.getList("notes.text")).containsExactly("已清理账外资金12.6万元");
        assertThat(item.getList("evidence.fileName")).containsExactly("入账凭证.pdf");
        assertThat(item.getList("history.to")).containsExactly("IN_PROGRESS", "SUBMITTED", "CLOSED");
        List<Topic.Message> closed = driver.awaitEvent("LedgerItemClosed", itemId);
        JsonNode payload = json.readTree(closed.get(0).value()).get("payload");
        assertThat(payload.get("findingId").asText()).isEqualTo(item.getString("item.findingId"));
        assertThat(payload.get("moneyRecovered").decimalValue()).isEqualByComparingTo("126000.00");
        assertThat(payload.get("rulesEstablished").asInt()).isEqualTo(2);
        assertThat(payload.get("personsHeldAccountable").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"start", "submission", "closure", "return"})
    void everyTransitionIsRefusedFromAWrongState(String action) {
        Actors actors = driver.rectifyingCase(4);
        List<String> items = driver.itemIds(actors.caseId());
        for (int i = 0; i < STATES.size(); i++) {
            driver.bringTo(actors, items.get(i), STATES.get(i));
        }
        String actor = action.equals("start") || action.equals("submission") ? actors.unit() : driver.office();

        for (int i = 0; i < STATES.size(); i++) {
            String state = STATES.get(i);
            if (state.equals(ALLOWED_FROM.get(action))) {
                continue;
            }
            driver.as(actor).body(Map.of("reason", "佐证材料不全")).post("/ledger-items/{id}/" + action, items.get(i))
                    .then().statusCode(409).contentType(Driver.PROBLEM)
                    .body("type", equalTo("urn:xuncha:problem:illegal-transition"))
                    .body("currentState", equalTo(state));
            assertThat(driver.item(items.get(i)).getString("item.state")).isEqualTo(state);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"start", "submission", "closure", "return"})
    void everyTransitionIsRefusedToAWrongRole(String action) {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        String from = ALLOWED_FROM.get(action);
        driver.bringTo(actors, itemId, from);
        boolean organizationsAct = action.equals("start") || action.equals("submission");
        List<String> forbidden = organizationsAct
                ? List.of(driver.office(), Tokens.as("LEADERSHIP").sign(), actors.leaderInCharge(),
                        Tokens.as("DISCIPLINE").sign(), Tokens.as("ORGANIZATION").sign())
                : List.of(actors.unit(), actors.principalLeader(), actors.leaderInCharge(),
                        Tokens.as("DISCIPLINE").sign(), Tokens.as("ORGANIZATION").sign());

        for (String caller : forbidden) {
            driver.as(caller).body(Map.of("reason", "佐证材料不全")).post("/ledger-items/{id}/" + action, itemId)
                    .then().statusCode(403).contentType(Driver.PROBLEM);
        }
        if (organizationsAct) {
            driver.as(Tokens.as("UNIT").organization(UUID.randomUUID()).sign())
                    .post("/ledger-items/{id}/" + action, itemId).then().statusCode(404);
        }
        assertThat(driver.item(itemId).getString("item.state")).isEqualTo(from);
    }

    @Test
    void theOrganizationCannotCloseItsOwnItem() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "SUBMITTED");

        driver.as(actors.principalLeader()).post("/ledger-items/{id}/closure", itemId).then().statusCode(403);

        assertThat(driver.item(itemId).getString("item.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void returningWithoutAReasonIsRefused() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "SUBMITTED");

        driver.as(driver.office()).body(Map.of()).post("/ledger-items/{id}/return", itemId)
                .then().statusCode(400).contentType(Driver.PROBLEM).body("errors[0].field", equalTo("reason"));
        driver.as(driver.office()).body(Map.of("reason", "   ")).post("/ledger-items/{id}/return", itemId)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        driver.as(driver.office()).post("/ledger-items/{id}/return", itemId).then().statusCode(400);

        assertThat(driver.item(itemId).getString("item.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void aReturnedItemIsInProgressAgainWithTheReasonInItsHistory() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "SUBMITTED");

        driver.as(driver.office()).body(Map.of("reason", "佐证材料不全，缺少资金入账凭证"))
                .post("/ledger-items/{id}/return", itemId).then().statusCode(200).body("state", equalTo("IN_PROGRESS"));

        JsonPath item = driver.item(itemId);
        assertThat(item.getString("history[-1].from")).isEqualTo("SUBMITTED");
        assertThat(item.getString("history[-1].reason")).isEqualTo("佐证材料不全，缺少资金入账凭证");
        driver.as(actors.unit()).post("/ledger-items/{id}/submission", itemId).then().statusCode(200);
    }

    @Test
    void anItemIsNotSubmittedWithoutEvidence() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "IN_PROGRESS");

        driver.as(actors.unit()).post("/ledger-items/{id}/submission", itemId)
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:evidence-missing"));
    }

    @Test
    void workStartsOnlyOnceTheRectificationIsRecorded() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        driver.as(actors.unit()).post("/ledger-items/{id}/start", itemId)
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:rectification-missing"));
    }

    @Test
    void itemsAreNotWorkedBeforeTheSignOff() {
        Actors actors = driver.openCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        driver.as(actors.unit()).body(driver.rectification("IMMEDIATE", null, "0", 0, 0))
                .put("/ledger-items/{id}/rectification", itemId)
                .then().statusCode(409).body("currentState", equalTo("AWAITING_SIGNOFF"));
    }

    @Test
    void aRectificationWithManyBadFieldsNamesEveryOne() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        driver.as(actors.unit()).body(Map.of("measures", "", "moneyRecovered", "-1", "rulesEstablished", -2))
                .put("/ledger-items/{id}/rectification", itemId)
                .then().statusCode(400).contentType(Driver.PROBLEM)
                .body("errors.field", containsInAnyOrder("measures", "responsiblePerson", "responsibleDepartment",
                        "term", "moneyRecovered", "rulesEstablished", "personsHeldAccountable"));
    }

    @Test
    void aDeadlineItemNeedsItsDeadline() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        driver.as(actors.unit()).body(driver.rectification("DEADLINE", null, "0", 0, 0))
                .put("/ledger-items/{id}/rectification", itemId)
                .then().statusCode(400).body("errors[0].field", equalTo("deadline"));
    }

    @Test
    void aDeadlineBeforeTheFeedbackIsRefused() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        LocalDate fedBackOn = OffsetDateTime.parse(driver.as(driver.office()).get("/cases/{id}", actors.caseId())
                .then().statusCode(200).extract().path("fedBackAt")).atZoneSameInstant(Committee.ZONE).toLocalDate();

        driver.as(actors.unit()).body(driver.rectification("DEADLINE", fedBackOn.minusDays(1), "0", 0, 0))
                .put("/ledger-items/{id}/rectification", itemId)
                .then().statusCode(400).contentType(Driver.PROBLEM)
                .body("errors[0].field", equalTo("deadline"))
                .body("errors[0].message", containsString("before the feedback"));
        driver.as(actors.unit()).body(driver.rectification("DEADLINE", fedBackOn, "0", 0, 0))
                .put("/ledger-items/{id}/rectification", itemId)
                .then().statusCode(200);
    }

    @Test
    void theOfficeAddsAnItemFromTheSecretarysList() {
        Actors actors = driver.openCase(1);

        String itemId = driver.as(driver.office())
                .body(Map.of("caseId", actors.caseId(), "origin", "SECRETARY_POINT", "problem", "集体资金账外运行",
                        "persons", "村党支部书记张某"))
                .post("/ledger-items")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/ledger-items/"))
                .extract().jsonPath().getString("id");

        assertThat(driver.itemIds(actors.caseId())).hasSize(2).contains(itemId);
        assertThat(driver.item(itemId).getString("item.origin")).isEqualTo("SECRETARY_POINT");
        driver.as(actors.unit()).body(Map.of("caseId", actors.caseId(), "origin", "OFFICE", "problem", "x"))
                .post("/ledger-items").then().statusCode(403);
        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "origin", "FINDING", "problem", "x"))
                .post("/ledger-items").then().statusCode(400).body("errors[0].field", equalTo("origin"));
    }
}
