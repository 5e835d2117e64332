package org.xuncha.rectification.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.Statements;

/** Reading a case is one query: the case with its signatures, deliveries and notifications joined. */
@QuarkusTest
class CaseReadQueriesTest {

    private final Driver driver;
    CaseReadQueriesTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void aCaseWithSignaturesDeliveriesAndNotificationsIsReadInOneStatement() {
        Actors actors = driver.openCase(2);
        driver.sign(actors, "ORGANIZATION");
        driver.sign(actors, "PRINCIPAL_LEADER");
        for (String recipient : List.of("ORGANIZATION", "PRINCIPAL_LEADER")) {
            driver.as(driver.office()).body(Map.of("recipient", recipient, "receivedBy", "张卫东",
                    "deliveredAt", "2026-03-20T15:30:00+08:00", "method", "MEETING"))
                    .post("/cases/{id}/deliveries", actors.caseId()).then().statusCode(200);
        }

        String key = Statements.key();
        JsonPath read = driver.as(driver.office()).header(Statements.HEADER, key).get("/cases/{id}", actors.caseId())
                .then().statusCode(200).extract().jsonPath();

        assertThat(Statements.of(key)).hasSize(1);
        // joined, the rows are their product (2 x 2 x 2); each collection still holds each of its own once, in order
        assertThat(read.getList("signatures.capacity")).containsExactlyInAnyOrder("ORGANIZATION", "PRINCIPAL_LEADER");
        assertThat(read.getList("deliveries.recipient")).containsExactly("ORGANIZATION", "PRINCIPAL_LEADER");
        assertThat(read.getList("notifications")).hasSize(2);
    }
}
