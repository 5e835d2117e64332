package org.xuncha.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.Tokens;

/** One notification (一通报): the discipline body and the organization department, each acknowledging its own. */
@QuarkusTest
class NotificationTest {

    private final Driver driver;
    private final String discipline = Tokens.as("DISCIPLINE").sign();
    private final String organizationDepartment = Tokens.as("ORGANIZATION").sign();

    NotificationTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void theFeedbackIsNotifiedToTheDisciplineBodyAndTheOrganizationDepartment() {
        Actors actors = driver.openCase(1);

        JsonPath opened = driver.readCase(actors.caseId());

        assertThat(opened.getList("notifications.recipient"))
                .containsExactlyInAnyOrder("DISCIPLINE_BODY", "ORGANIZATION_DEPARTMENT");
        assertThat(opened.getString("notifications.find { it.recipient == 'DISCIPLINE_BODY' }.recipientName"))
                .isEqualTo("县纪委监委第三监督检查室");
        assertThat(opened.getList("notifications.acknowledgedAt")).containsOnlyNulls();
    }

    @Test
    void eachBodyAcknowledgesItsOwnNotificationOnce() {
        Actors actors = driver.openCase(1);
        String toDiscipline = inbox(discipline, actors.caseId()).get(0);
        String toOrganization = inbox(organizationDepartment, actors.caseId()).get(0);

        driver.as(organizationDepartment).post("/notifications/{id}/acknowledgement", toDiscipline)
                .then().statusCode(403).contentType(Driver.PROBLEM);
        driver.as(discipline).post("/notifications/{id}/acknowledgement", toDiscipline)
                .then().statusCode(200).body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        driver.as(discipline).post("/notifications/{id}/acknowledgement", toDiscipline)
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));
        driver.as(organizationDepartment).post("/notifications/{id}/acknowledgement", toOrganization)
                .then().statusCode(200);

        assertThat(driver.readCase(actors.caseId()).getList("notifications.acknowledgedAt")).doesNotContainNull();
        assertThat(driver.as(discipline).queryParam("caseId", actors.caseId()).queryParam("acknowledged", false)
                .get("/notifications").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void eachBodyListsOnlyWhatWasSentToIt() {
        Actors actors = driver.openCase(1);

        assertThat(driver.as(discipline).queryParam("caseId", actors.caseId()).get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.recipient")).containsExactly("DISCIPLINE_BODY");
        assertThat(driver.as(driver.office()).queryParam("caseId", actors.caseId()).get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(2);
        driver.as(actors.unit()).get("/notifications").then().statusCode(403);
        driver.as(actors.unit()).post("/notifications/{id}/acknowledgement", inbox(discipline, actors.caseId()).get(0))
                .then().statusCode(403);
    }

    private List<String> inbox(String token, String caseId) {
        return driver.as(token).queryParam("caseId", caseId).queryParam("acknowledged", false).get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
