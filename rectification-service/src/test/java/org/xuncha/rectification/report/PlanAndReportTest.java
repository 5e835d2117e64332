package org.xuncha.rectification.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.Committee;

/** The plan, then the report signed with the truthfulness commitment, its public notice, verification, closure. */
@QuarkusTest
class PlanAndReportTest {

    private final Driver driver;
    private final ObjectMapper json;

    PlanAndReportTest(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    @Test
    void theReportSignedByTheSecretaryCarriesTheCountsOfItsMoment() throws Exception {
        Actors actors = driver.rectifyingCase(3);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        driver.bringTo(actors, items.get(1), "SUBMITTED");

        driver.report(actors);

        JsonPath reported = driver.readCase(actors.caseId());
        assertThat(reported.getString("state")).isEqualTo("REPORTED");
        assertThat(reported.getString("report.signedByName")).isEqualTo("王建国");
        assertThat(reported.getBoolean("report.truthfulnessCommitment")).isTrue();
        assertThat(reported.getInt("report.itemsFedBack")).isEqualTo(3);
        assertThat(reported.getInt("report.itemsClosed")).isEqualTo(1);
        assertThat(reported.getInt("plan.revision")).isEqualTo(1);
        JsonNode event = json.readTree(driver.awaitEvent("RectificationReported", actors.caseId()).get(0).value());
        assertThat(event.at("/payload/itemsFedBack").asInt()).isEqualTo(3);
        assertThat(event.at("/payload/itemsClosed").asInt()).isEqualTo(1);
    }

    @Test
    void onlyThePrincipalLeaderSignsTheReport() {
        Actors actors = driver.rectifyingCase(1);
        driver.as(actors.unit()).body(Map.of("content", "整改方案")).post("/cases/{id}/plan", actors.caseId())
                .then().statusCode(200);

        driver.as(actors.unit()).body(Map.of("summary", "整改报告", "truthfulnessCommitment", true))
                .post("/cases/{id}/report", actors.caseId()).then().statusCode(403);
        driver.as(actors.leaderInCharge()).body(Map.of("summary", "整改报告", "truthfulnessCommitment", true))
                .post("/cases/{id}/report", actors.caseId()).then().statusCode(403);

        assertThat(driver.readCase(actors.caseId()).getString("state")).isEqualTo("RECTIFYING");
    }

    @Test
    void theReportNeedsTheTruthfulnessCommitment() {
        Actors actors = driver.rectifyingCase(1);

        driver.as(actors.principalLeader()).body(Map.of("summary", "", "truthfulnessCommitment", false))
                .post("/cases/{id}/report", actors.caseId())
                .then().statusCode(400).contentType(Driver.PROBLEM).body("errors", hasSize(2));
    }

    @Test
    void thePlanComesBeforeTheReport() {
        Actors actors = driver.rectifyingCase(1);

        driver.as(actors.principalLeader()).body(Map.of("summary", "整改报告", "truthfulnessCommitment", true))
                .post("/cases/{id}/report", actors.caseId())
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:plan-missing"));
    }

    @Test
    void noPlanBeforeTheSignOff() {
        Actors actors = driver.openCase(1);

        driver.as(actors.unit()).body(Map.of("content", "整改方案")).post("/cases/{id}/plan", actors.caseId())
                .then().statusCode(409).body("currentState", equalTo("AWAITING_SIGNOFF"));
    }

    @Test
    void thePublicNoticeIsRecordedOnceAfterTheReport() {
        Actors actors = driver.rectifyingCase(1);
        Map<String, Object> notice = Map.of("channel", "NOTICE_BOARD", "noticeAt", "2026-05-25T09:00:00+08:00",
                "scope", "镇政务公开栏，公示15天");
        driver.as(actors.unit()).body(notice).post("/cases/{id}/public-notice", actors.caseId()).then().statusCode(409);
        driver.report(actors);

        driver.as(actors.unit()).body(notice).post("/cases/{id}/public-notice", actors.caseId())
                .then().statusCode(200).body("publicNotice.channel", equalTo("NOTICE_BOARD"));
        driver.as(actors.unit()).body(notice).post("/cases/{id}/public-notice", actors.caseId())
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void verificationBeforeTheReportAndASecondReportAreRefused() {
        Actors actors = driver.rectifyingCase(1);
        driver.as(driver.office()).post("/cases/{id}/verification", actors.caseId()).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:illegal-transition")).body("currentState", equalTo("RECTIFYING"));

        driver.report(actors);
        driver.as(actors.principalLeader()).body(Map.of("summary", "再报一次", "truthfulnessCommitment", true))
                .post("/cases/{id}/report", actors.caseId()).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:illegal-transition")).body("currentState", equalTo("REPORTED"));
    }

    @Test
    void theCaseClosesOnlyWhenEveryItemIsClosedOrLongTerm() throws Exception {
        Actors actors = driver.rectifyingCase(3);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        driver.bringTo(actors, items.get(1), "IN_PROGRESS");
        driver.recordRectification(actors, items.get(2), driver.rectification("LONG_TERM", null, "0", 3, 0));
        driver.report(actors);
        driver.as(actors.unit()).post("/cases/{id}/verification", actors.caseId()).then().statusCode(403);
        driver.as(driver.office()).post("/cases/{id}/closure", actors.caseId())
                .then().statusCode(409).body("currentState", equalTo("REPORTED"));
        driver.as(driver.office()).post("/cases/{id}/verification", actors.caseId())
                .then().statusCode(200).body("state", equalTo("VERIFYING"));

        driver.as(driver.office()).post("/cases/{id}/closure", actors.caseId())
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:items-unfinished"))
                .body("unfinishedItems", equalTo(List.of(items.get(1))));

        driver.as(actors.unit()).post("/ledger-items/{id}/submission", items.get(1)).then().statusCode(409);
        driver.uploadEvidence(actors.unit(), items.get(1), "凭证.pdf", "x".getBytes());
        driver.as(actors.unit()).post("/ledger-items/{id}/submission", items.get(1)).then().statusCode(200);
        driver.as(driver.office()).post("/ledger-items/{id}/closure", items.get(1)).then().statusCode(200);
        driver.as(driver.office()).post("/cases/{id}/closure", actors.caseId())
                .then().statusCode(200).body("state", equalTo("CLOSED"));

        JsonNode closed = json.readTree(driver.awaitEvent("CaseClosed", actors.caseId()).get(0).value());
        assertThat(closed.at("/payload/itemsFedBack").asInt()).isEqualTo(3);
        assertThat(closed.at("/payload/itemsClosed").asInt()).isEqualTo(2);
        driver.as(actors.unit()).body(driver.rectification("LONG_TERM", Committee.today(), "0", 0, 0))
                .put("/ledger-items/{id}/rectification", items.get(2))
                .then().statusCode(409).body("currentState", equalTo("CLOSED"));
    }
}
