package org.xuncha.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.Topic;

/** Deadlines crossed by moving the injected clock: each missed deadline is flagged and announced once. */
@QuarkusTest
class DeadlineTest {

    private static final ZoneId COMMITTEE = ZoneId.of("Asia/Shanghai");

    private final Driver driver;
    private final DeadlineWatch watch;
    private final MovableClock clock;
    private final ObjectMapper json;

    DeadlineTest(Driver driver, DeadlineWatch watch, MovableClock clock, ObjectMapper json) {
        this.driver = driver;
        this.watch = watch;
        this.clock = clock;
        this.json = json;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnsignedCasePastItsSignOffDeadlineIsFlaggedAndAnnouncedOnce() throws Exception {
        Actors actors = driver.openCase(1);
        clock.advance(Duration.ofDays(6));
        assertThat(flagged(watch.check(), actors, "SIGNOFF")).isEmpty();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isFalse();

        clock.advance(Duration.ofDays(2));
        List<RectificationOverdue> first = flagged(watch.check(), actors, "SIGNOFF");
        List<RectificationOverdue> second = flagged(watch.check(), actors, "SIGNOFF");

        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isTrue();
        driver.awaitEvent("RectificationOverdue", actors.caseId());
        List<Topic.Message> announced = driver.events("RectificationOverdue", actors.caseId(), Duration.ofSeconds(2));
        assertThat(announced).hasSize(1);
        JsonNode payload = json.readTree(announced.get(0).value()).get("payload");
        assertThat(payload.get("what").asText()).isEqualTo("SIGNOFF");
        assertThat(payload.get("inspectionId").asText())
                .isEqualTo(actors.opened().feedback().payload().inspectionId().toString());
    }

    @Test
    void theOverdueFlagGoesOffOnceTheLateSignOffIsComplete() {
        Actors actors = driver.openCase(1);
        clock.advance(Duration.ofDays(8));
        watch.check();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isTrue();

        for (String capacity : List.of("ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE")) {
            driver.sign(actors, capacity);
        }
        watch.check();

        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isFalse();
        assertThat(flagged(watch.check(), actors, "SIGNOFF")).isEmpty();
    }

    @Test
    void anItemPastItsDeadlineIsFlaggedOnceAndAnnouncedWithItsFinding() throws Exception {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        LocalDate deadline = LocalDate.now(COMMITTEE).plusDays(2);
        driver.recordRectification(actors, items.get(0), driver.rectification("DEADLINE", deadline, "0", 0, 0));
        driver.recordRectification(actors, items.get(1), driver.rectification("DEADLINE", deadline.plusDays(30), "0", 0, 0));

        clock.advance(Duration.ofDays(1));
        assertThat(flagged(watch.check(), actors, "ITEM")).isEmpty();
        clock.advance(Duration.ofDays(3));
        List<RectificationOverdue> flagged = flagged(watch.check(), actors, "ITEM");

        assertThat(flagged).extracting(overdue -> overdue.itemId().toString()).containsExactly(items.get(0));
        assertThat(flagged.get(0).findingId()).isNotNull();
        assertThat(flagged.get(0).dueAt().toLocalDate()).isEqualTo(deadline.plusDays(1));
        assertThat(flagged(watch.check(), actors, "ITEM")).isEmpty();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isTrue();
        assertThat(driver.figures("organizationId", actors.organizationId()).getLong("itemsOverdue")).isEqualTo(1);
        driver.awaitEvent("RectificationOverdue", items.get(0));
    }

    @Test
    void aSubmittedItemIsNoLongerOverdue() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.recordRectification(actors, itemId,
                driver.rectification("DEADLINE", LocalDate.now(COMMITTEE).plusDays(1), "0", 0, 0));
        driver.as(actors.unit()).post("/ledger-items/{id}/start", itemId).then().statusCode(200);
        clock.advance(Duration.ofDays(3));
        watch.check();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isTrue();

        driver.uploadEvidence(actors.unit(), itemId, "凭证.pdf", "x".getBytes());
        driver.as(actors.unit()).post("/ledger-items/{id}/submission", itemId).then().statusCode(200);
        watch.check();

        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isFalse();
        assertThat(driver.figures("organizationId", actors.organizationId()).getLong("itemsOverdue")).isZero();
    }

    @Test
    void aPlanAndAReportNotInByTheirDeadlinesAreFlaggedEachOnce() {
        Actors actors = driver.rectifyingCase(1);
        clock.advance(Duration.ofDays(25));
        assertThat(flagged(watch.check(), actors, "PLAN")).isEmpty();

        clock.advance(Duration.ofDays(8));
        assertThat(flagged(watch.check(), actors, "PLAN")).hasSize(1);
        assertThat(flagged(watch.check(), actors, "PLAN")).isEmpty();
        driver.as(actors.unit()).body(Map.of("content", "整改方案")).post("/cases/{id}/plan", actors.caseId())
                .then().statusCode(200);
        watch.check();
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isFalse();

        clock.advance(Duration.ofDays(31));
        List<RectificationOverdue> report = flagged(watch.check(), actors, "REPORT");

        assertThat(report).hasSize(1);
        assertThat(report.get(0).dueAt().toInstant()).isEqualTo(
                OffsetDateTime.parse(driver.readCase(actors.caseId()).getString("deadlines.report")).toInstant());
        assertThat(driver.readCase(actors.caseId()).getBoolean("overdue")).isTrue();
        assertThat(driver.as(driver.office()).queryParam("overdue", true).queryParam("organizationId",
                actors.organizationId()).get("/cases").then().statusCode(200).extract().jsonPath().getList("items"))
                .hasSize(1);
    }

    private static List<RectificationOverdue> flagged(DeadlineWatch.Result result, Actors actors, String what) {
        return result.flagged().stream()
                .filter(overdue -> overdue.caseId().toString().equals(actors.caseId()) && overdue.what().equals(what))
                .toList();
    }
}
