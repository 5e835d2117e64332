package org.xuncha.rectification.readlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.Tokens;

/**
 * The read log in rectification-service: escalations name the persons admonished or held accountable
 * (追责问责), so each read of one, and each one a list shows, leaves who, when and which; a refused read
 * leaves nothing; only the leadership reads the log.
 */
@QuarkusTest
class ReadLogTest {

    private final Driver driver;
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    ReadLogTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void readingAndListingAnEscalationLeaveAnEntryEachNamingTheReader() {
        Actors actors = driver.rectifyingCase(1);
        String id = escalation(actors);
        String subject = "discipline-" + UUID.randomUUID();
        String discipline = Tokens.as("DISCIPLINE").subject(subject).sign();

        driver.as(discipline).get("/escalations/{id}", id).then().statusCode(200);
        driver.as(discipline).queryParam("caseId", actors.caseId()).get("/escalations").then().statusCode(200);
        driver.as(actors.unit()).get("/escalations/{id}", id).then().statusCode(403);

        JsonPath log = given().auth().oauth2(leadership).queryParam("recordId", id).get("/read-log")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.reader", String.class)).containsExactly(subject, subject);
        assertThat(log.getList("items.operation", String.class)).containsExactly("readEscalation", "listEscalations");
        assertThat(log.getList("items.recordKind", String.class)).containsOnly("escalation");
        assertThat(log.getList("items[0].readerRoles", String.class)).containsExactly("DISCIPLINE");
    }

    @Test
    void onlyTheLeadershipReadsTheLog() {
        Actors actors = driver.rectifyingCase(1);
        for (String token : List.of(driver.office(), actors.unit(), Tokens.as("LEADER_IN_CHARGE").sign(),
                Tokens.as("DISCIPLINE").sign(), Tokens.as("ORGANIZATION").sign(), Tokens.as("INTEGRATION").sign(),
                Tokens.as("TEAM_LEADER").cadre(UUID.randomUUID()).sign())) {
            given().auth().oauth2(token).get("/read-log").then().statusCode(403);
        }
        given().get("/read-log").then().statusCode(401);
    }

    private String escalation(Actors actors) {
        return driver.as(driver.office()).body(Map.of("kind", "ACCOUNTABILITY", "caseIds", List.of(actors.caseId()),
                        "decidedOn", "2026-08-26", "reason", "虚假整改", "outcome", "给予党内警告处分",
                        "persons", List.of(Map.of("name", "李某", "measure", "党内警告"))))
                .post("/escalations").then().statusCode(201).extract().jsonPath().getString("id");
    }
}
