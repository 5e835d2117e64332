package org.xuncha.rectification.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;

/** Collective admonishment and accountability: recorded with persons and outcome, flagging the cases. */
@QuarkusTest
class EscalationTest {

    private final Driver driver;

    EscalationTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void aCollectiveAdmonishmentOfSeveralOrganizationsEscalatesEachCase() {
        Actors first = driver.rectifyingCase(1);
        Actors second = driver.rectifyingCase(1);

        String id = driver.as(driver.office()).body(Map.of("kind", "COLLECTIVE_ADMONISHMENT",
                        "caseIds", List.of(first.caseId(), second.caseId()), "decidedOn", "2026-08-26",
                        "reason", "回访发现巡察整改不到位", "outcome", "对主要负责人集体约谈，限期30日整改到位",
                        "persons", List.of(Map.of("name", "王建国", "post", "党委书记", "organization", "城关镇党委"))))
                .post("/escalations").then().statusCode(201).extract().jsonPath().getString("id");

        assertThat(driver.readCase(first.caseId()).getBoolean("escalated")).isTrue();
        assertThat(driver.readCase(second.caseId()).getBoolean("escalated")).isTrue();
        driver.as(driver.office()).get("/escalations/{id}", id).then().statusCode(200)
                .body("persons[0].name", equalTo("王建国")).body("kind", equalTo("COLLECTIVE_ADMONISHMENT"));
        assertThat(driver.as(driver.office()).queryParam("caseId", first.caseId()).get("/escalations")
                .then().statusCode(200).extract().jsonPath().getList("items.id")).containsExactly(id);
        assertThat(driver.figures("organizationId", first.organizationId()).getInt("collectiveAdmonishments")).isEqualTo(1);
        driver.as(first.unit()).get("/escalations").then().statusCode(403);
    }

    @Test
    void anEscalationNamingUnknownCasesOrNoPersonsIsRefusedFieldByField() {
        Actors actors = driver.rectifyingCase(1);

        driver.as(driver.office()).body(Map.of("kind", "ACCOUNTABILITY",
                        "caseIds", List.of(actors.caseId(), UUID.randomUUID().toString()), "decidedOn", "2026-08-26",
                        "reason", "虚假整改", "outcome", "给予党内警告处分",
                        "persons", List.of(Map.of("name", "李某", "measure", "党内警告"))))
                .post("/escalations").then().statusCode(400).body("errors[0].field", equalTo("caseIds[1]"));
        driver.as(driver.office()).body(Map.of("kind", "ACCOUNTABILITY", "caseIds", List.of(actors.caseId()),
                        "persons", List.of()))
                .post("/escalations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("decidedOn", "outcome", "persons", "reason")));

        assertThat(driver.readCase(actors.caseId()).getBoolean("escalated")).isFalse();
    }

    @Test
    void anEscalationOfTenThousandPersonsIsRefusedOnPersons() {
        Actors actors = driver.rectifyingCase(1);
        List<Map<String, String>> crowd = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> Map.of("name", "某" + i)).toList();

        driver.as(driver.office()).body(Map.of("kind", "ACCOUNTABILITY", "caseIds", List.of(actors.caseId()),
                        "decidedOn", "2026-08-26", "reason", "虚假整改", "outcome", "给予党内警告处分", "persons", crowd))
                .post("/escalations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("persons")));
        assertThat(driver.readCase(actors.caseId()).getBoolean("escalated")).isFalse();
    }
}
