package org.xuncha.round.drive;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/** Special rectification drives (专项整治, seeds 000 and 003), over HTTP. */
@QuarkusTest
class SpecialDriveTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aDriveIsLaunchedFromAPublishedProblemAndItsParticipantsReportSelfCheckThenResult() {
        UUID termId = api.term();
        UUID list = publishedList(termId);
        UUID home = api.organization("城关镇敬老院党支部 " + UUID.randomUUID(), "OTHER");
        UUID other = api.organization("南关镇敬老院党支部 " + UUID.randomUUID(), "OTHER");

        launch(list, 2, List.of(home)).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("problemPosition"));
        launch(UUID.randomUUID(), 1, List.of(home)).then().statusCode(400).body("errors[0].field", equalTo("listId"));
        UUID drive = RoundApi.created(launch(list, 1, List.of(home, other)));
        api.as(api.office()).get("/special-drives/{id}", drive).then().statusCode(200).body("participants", equalTo(2))
                .body("termId", equalTo(termId.toString()));

        String homeUnit = Tokens.as("UNIT").organization(home).sign();
        result(homeUnit, drive, home, 0).then().statusCode(409).body("type", equalTo("urn:xuncha:problem:self-check-missing"));
        selfCheck(Tokens.as("UNIT").organization(other).sign(), drive, home).then().statusCode(403);
        selfCheck(homeUnit, drive, home).then().statusCode(200).body("selfChecked", equalTo(1))
                .body("problemsFound", equalTo(2));
        selfCheck(homeUnit, drive, home).then().statusCode(409);
        result(homeUnit, drive, home, 3).then().statusCode(400).body("errors[0].field", equalTo("problemsRectified"));
        result(homeUnit, drive, home, 2).then().statusCode(200).body("resulted", equalTo(1));

        conclude(drive).then().statusCode(409).body("type", equalTo("urn:xuncha:problem:drive-results-missing"));
        selfCheck(api.office(), drive, other).then().statusCode(200);
        result(api.office(), drive, other, 1).then().statusCode(200);
        conclude(drive).then().statusCode(200).body("state", equalTo("CONCLUDED")).body("problemsRectified", equalTo(3));
        conclude(drive).then().statusCode(409).body("currentState", equalTo("CONCLUDED"));
    }

    @Test
    void aUnitSeesOnlyTheDrivesItTakesPartInAndOnlyItsOwnParticipation() {
        UUID termId = api.term();
        UUID list = publishedList(termId);
        UUID home = api.organization("某局党组 " + UUID.randomUUID(), "ORGAN");
        UUID other = api.organization("另一局党组 " + UUID.randomUUID(), "ORGAN");
        UUID outsider = api.organization("局外党组 " + UUID.randomUUID(), "ORGAN");
        UUID drive = RoundApi.created(launch(list, 1, List.of(home, other)));

        String homeUnit = Tokens.as("UNIT").organization(home).sign();
        api.as(homeUnit).get("/special-drives/{id}", drive).then().statusCode(200);
        api.as(homeUnit).get("/special-drives/{id}/participants", drive).then().statusCode(200)
                .body("items.organizationId", equalTo(List.of(home.toString())));
        api.as(Tokens.as("UNIT").organization(outsider).sign()).get("/special-drives/{id}", drive).then().statusCode(404)
                .contentType(PROBLEM);
        api.as(api.office()).queryParam("limit", 1).get("/special-drives/{id}/participants", drive).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("next", org.hamcrest.Matchers.notNullValue());
        api.as(api.office()).body(Map.of("organizationIds", List.of(home))).post("/special-drives/{id}/participants", drive)
                .then().statusCode(409);
        api.as(api.office()).body(Map.of("organizationIds", List.of(outsider))).post("/special-drives/{id}/participants", drive)
                .then().statusCode(200).body("participants", equalTo(3));
        api.as(api.office()).queryParam("termId", termId).get("/special-drives").then().statusCode(200)
                .body("items.id", equalTo(List.of(drive.toString())));
    }

    private UUID publishedList(UUID termId) {
        return RoundApi.created(api.as(api.office()).body(Map.of("termId", termId, "title", "共性问题清单",
                "problems", List.of(Map.of("categoryCode", "COUNTY-4", "description", "敬老院资金管理不规范"))))
                .post("/common-problems"));
    }

    private Response launch(UUID list, int position, List<UUID> organizations) {
        return api.as(api.office()).body(Map.of("listId", list, "problemPosition", position, "title", "全县敬老院专项整治",
                "launchedOn", Committee.today().toString(), "organizationIds", organizations)).post("/special-drives");
    }

    private Response selfCheck(String token, UUID drive, UUID organization) {
        return api.as(token).body(Map.of("organizationId", organization, "selfCheckedOn", Committee.today().toString(),
                "selfCheck", "对照清单自查发现问题2个", "problemsFound", 2)).post("/special-drives/{id}/self-checks", drive);
    }

    private Response result(String token, UUID drive, UUID organization, int rectified) {
        return api.as(token).body(Map.of("organizationId", organization, "resultOn", Committee.today().toString(),
                "result", "已完成整改", "problemsRectified", rectified)).post("/special-drives/{id}/results", drive);
    }

    private Response conclude(UUID drive) {
        return api.as(api.office()).body(Map.of("concludedOn", Committee.today().toString(), "conclusion", "专项整治完成"))
                .post("/special-drives/{id}/conclusion", drive);
    }
}
