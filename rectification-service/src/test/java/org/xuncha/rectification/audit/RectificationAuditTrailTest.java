package org.xuncha.rectification.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.Tokens;

/** rectification-service's audit trail: a case opened from an event, then signed by its accounts. */
@QuarkusTest
class RectificationAuditTrailTest {

    private final Driver driver;
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    RectificationAuditTrailTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void aCaseOpenedFromAnEventIsTheSystemsAndASignatureIsItsSigners() {
        String unitAccount = "unit-" + UUID.randomUUID();
        Actors actors = driver.openCase(1);
        String unit = Tokens.as("UNIT").organization(actors.organizationId()).subject(unitAccount).sign();
        driver.signOff(actors.caseId(), unit, "ORGANIZATION", driver.etag(actors.caseId())).then().statusCode(200);

        JsonPath opened = given().auth().oauth2(leadership).queryParam("aggregate", "rectification_case")
                .queryParam("aggregateId", actors.caseId()).get("/audit-trail").then().statusCode(200).extract().jsonPath();
        assertThat(opened.getString("items[0].action")).isEqualTo("INSERT");
        assertThat(opened.getString("items[0].actor")).isEqualTo("system");

        JsonPath signed = given().auth().oauth2(leadership).queryParam("aggregate", "signature").queryParam("actor", unitAccount)
                .get("/audit-trail").then().statusCode(200).extract().jsonPath();
        assertThat(signed.getList("items")).hasSize(1);
        assertThat(signed.getString("items[0].after")).contains(actors.caseId());

        given().auth().oauth2(driver.office()).get("/audit-trail/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void onlyTheOfficeAndTheLeadershipReadTheTrail() {
        for (String token : List.of(Tokens.as("UNIT").organization(UUID.randomUUID()).sign(),
                Tokens.as("LEADER_IN_CHARGE").sign(), Tokens.as("DISCIPLINE").sign(), Tokens.as("TEAM_LEADER").sign())) {
            given().auth().oauth2(token).get("/audit-trail").then().statusCode(403);
            given().auth().oauth2(token).get("/audit-trail/verification").then().statusCode(403);
        }
    }
}
