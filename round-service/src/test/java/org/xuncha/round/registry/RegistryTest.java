package org.xuncha.round.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** The registry: a tree of organizations with valid credit codes, searched by page. */
@QuarkusTest
class RegistryTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aValidCreditCodeIsRegisteredUpperCase() {
        String code = validCode();
        api.as(api.office()).body(organization("某局党组", code.toLowerCase())).post("/organizations")
                .then().statusCode(201).body("creditCode", equalTo(code));
    }

    @Test
    void aTimestampIsWrittenInTheCommitteesOffsetAndReadsTheSameInThePostsAnswerAndLater() {
        JsonPath created = api.as(api.office()).body(organization("某局党组", validCode())).post("/organizations")
                .then().statusCode(201).extract().jsonPath();
        String read = api.as(api.office()).get("/organizations/" + created.getString("id"))
                .then().statusCode(200).extract().path("createdAt");
        assertThat(created.getString("createdAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+08:00")
                .isEqualTo(read);
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsAFieldError() {
        String valid = validCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        api.as(api.office()).body(organization("某局党组", valid.substring(0, 17) + wrong)).post("/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", containsString("check character"));
    }

    @Test
    void aCreditCodeOfTheWrongLengthOrAlphabetIsAFieldError() {
        api.as(api.office()).body(organization("某局党组", "91440300192203821")).post("/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", containsString("18 characters"));
        api.as(api.office()).body(organization("某局党组", "9144030019220382IO")).post("/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void aCreditCodeIsRegisteredOnce() {
        String code = validCode();
        api.as(api.office()).body(organization("甲局党组", code)).post("/organizations").then().statusCode(201);
        api.as(api.office()).body(organization("乙局党组", code)).post("/organizations")
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void aSubtreeIsListedInTreeOrderPageByPageWithoutGapsOrRepeats() {
        UUID county = api.organization("测试县委 " + UUID.randomUUID(), "COUNTY");
        List<UUID> expected = new ArrayList<>(List.of(county));
        for (int t = 1; t <= 3; t++) {
            UUID township = api.organizationUnder(county, "第" + t + "镇党委", "TOWNSHIP");
            expected.add(township);
            for (int v = 1; v <= 3; v++) {
                expected.add(api.organizationUnder(township, "第" + t + "镇第" + v + "村党支部", "VILLAGE"));
            }
        }
        api.organization("另一个县委", "COUNTY");

        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api.as(api.office()).queryParam("under", county).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/organizations").then().statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(id -> seen.add(UUID.fromString(id)));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void searchFindsByTwoCharactersOfTheNameAndByTypeWithinASubtree() {
        UUID county = api.organization("搜索县委 " + UUID.randomUUID(), "COUNTY");
        UUID township = api.organizationUnder(county, "城关镇党委", "TOWNSHIP");
        UUID village = api.organizationUnder(township, "城关村党支部", "VILLAGE");
        api.organizationUnder(township, "河口村党支部", "VILLAGE");

        assertThat(search(Map.of("under", county, "name", "城关"))).containsExactly(township, village);
        assertThat(search(Map.of("under", county, "type", "VILLAGE", "name", "城关"))).containsExactly(village);
        assertThat(search(Map.of("parentId", county))).containsExactly(township);
    }

    @Test
    void searchingUnderAnUnknownOrganizationIsNotFound() {
        api.as(api.office()).queryParam("under", UUID.randomUUID()).get("/organizations")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void revisingAnOrganizationReplacesItsLeaders() {
        UUID township = api.organization("换届镇党委", "TOWNSHIP");
        api.as(api.office()).body(Map.of("name", "换届镇党委", "type", "TOWNSHIP", "cityDirected", false,
                        "principalLeader", Map.of("userId", "u-new", "name", "新书记")))
                .put("/organizations/{id}", township)
                .then().statusCode(200)
                .body("principalLeader.name", equalTo("新书记"))
                .body("$", not(hasKey("leaderInCharge")));
    }

    @Test
    void theLeadershipOfAnOrganizationUnderInspectionChangesOnlyOnceTheTeamWasHeard() {
        ReadyInspection stationed = api.stationed();
        UUID township = stationed.organizationId();
        Map<String, Object> current = api.as(api.office()).get("/organizations/{id}", township).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> renamed = new HashMap<>(Map.of("name", "城关镇党委（更名）", "type", "TOWNSHIP",
                "cityDirected", false, "principalLeader", current.get("principalLeader"),
                "leaderInCharge", current.get("leaderInCharge")));
        api.as(api.office()).body(renamed).put("/organizations/{id}", township).then().statusCode(200);

        Map<String, Object> newSecretary = new HashMap<>(renamed);
        newSecretary.put("principalLeader", Map.of("userId", "pl-next", "name", "接任书记", "post", "党委书记"));
        api.as(api.office()).body(newSecretary).put("/organizations/{id}", township).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:xuncha:problem:under-inspection"))
                .body("inspectionIds", equalTo(List.of(stationed.inspectionId().toString())));
        api.as(api.office()).get("/organizations/{id}", township).then().body("principalLeader.name", equalTo("王建国"));

        newSecretary.put("teamHearing", Map.of("heardOn", Committee.today().toString(), "note", "组织部听取巡察组意见，无异议"));
        api.as(api.office()).body(newSecretary).put("/organizations/{id}", township).then().statusCode(200)
                .body("principalLeader.name", equalTo("接任书记"));
        api.as(Tokens.as("ORGANIZATION").sign()).get("/organizations/{id}/leadership-hearings", township)
                .then().statusCode(200).body("items.inspectionId", equalTo(List.of(stationed.inspectionId().toString())))
                .body("items.note[0]", equalTo("组织部听取巡察组意见，无异议"));
    }

    private List<UUID> search(Map<String, Object> query) {
        return api.as(api.office()).queryParams(query).get("/organizations").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class).stream().map(UUID::fromString).toList();
    }

    private static Map<String, Object> organization(String name, String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "ORGAN");
        body.put("creditCode", creditCode);
        return body;
    }

    /** A fresh valid code: a random body and the check character GB 32100-2015 gives it. */
    private static String validCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("11410622");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString() + CreditCode.checkCharacter(code.toString());
    }
}
