package org.xuncha.rectification.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.rectification.CaseFixtures.OpenedCase;
import org.xuncha.testing.Tokens;

/** Who may see a case: the unit only its own, a leader in charge only those they oversee. */
@QuarkusTest
class CaseAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private final CaseFixtures fixtures;
    private OpenedCase opened;

    CaseAccessTest(CaseFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @BeforeEach
    void openCase() {
        opened = fixtures.openCase(2, "pl-" + UUID.randomUUID(), "lic-" + UUID.randomUUID());
    }

    /** A case not yet closed has no closedAt at all: no answer carries JSON null. */
    @Test
    void theUnitReadsItsOwnCase() {
        given().auth().oauth2(Tokens.as("UNIT").organization(opened.organizationId()).sign())
                .get("/cases/{id}", opened.id())
                .then().statusCode(200).body("organizationId", equalTo(opened.organizationId().toString()))
                .body("$", not(hasKey("closedAt")));
    }

    @Test
    void aUnitOfAnotherOrganizationIsToldTheCaseDoesNotExist() {
        given().auth().oauth2(Tokens.as("UNIT").organization(UUID.randomUUID()).sign())
                .get("/cases/{id}", opened.id())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:xuncha:problem:not-found"));
        given().auth().oauth2(Tokens.as("UNIT").organization(UUID.randomUUID()).sign())
                .get("/cases/{id}/ledger", opened.id())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aUnitListsOnlyItsOwnCases() {
        fixtures.openCase(1, "pl-" + UUID.randomUUID(), "lic-" + UUID.randomUUID());
        given().auth().oauth2(Tokens.as("UNIT").organization(opened.organizationId()).sign())
                .get("/cases")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items.organizationId", everyItem(equalTo(opened.organizationId().toString())));
    }

    @Test
    void theLeaderInChargeReadsTheCaseButAnotherLeaderDoesNot() {
        String leaderInCharge = opened.feedback().payload().leaderInCharge().userId();
        given().auth().oauth2(Tokens.as("LEADER_IN_CHARGE").subject(leaderInCharge).sign())
                .get("/cases/{id}", opened.id())
                .then().statusCode(200);
        given().auth().oauth2(Tokens.as("LEADER_IN_CHARGE").subject("someone-else").sign())
                .get("/cases/{id}", opened.id())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        given().get("/cases/{id}", opened.id()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTeamMemberMayNotReadCases() {
        given().auth().oauth2(Tokens.as("TEAM_MEMBER").sign()).get("/cases/{id}", opened.id())
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aCursorNotHandedOutIsAFieldError() {
        given().auth().oauth2(Tokens.as("OFFICE").sign()).queryParam("cursor", "!!!").get("/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aLimitOutOfRangeIsAFieldError() {
        given().auth().oauth2(Tokens.as("OFFICE").sign()).queryParam("limit", 0).get("/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("limit"));
    }
}
