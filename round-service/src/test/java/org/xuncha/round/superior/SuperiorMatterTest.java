package org.xuncha.round.superior;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/** The ledger of superior inspections (seed 004 §11), over HTTP. */
@QuarkusTest
class SuperiorMatterTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aMatterIsEnteredOncePerReferenceWithADeadlineNotBeforeItsReceipt() {
        String reference = "豫巡〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        matter(api.office(), reference, Committee.today(), Committee.today().minusDays(1)).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("deadline"));
        matter(Tokens.as("LEADERSHIP").sign(), reference, Committee.today(), Committee.today()).then().statusCode(403);
        matter(api.office(), reference, Committee.today(), Committee.today().plusDays(30)).then().statusCode(201)
                .body("state", equalTo("OPEN")).body("overdue", equalTo(false));
        matter(api.office(), reference, Committee.today(), Committee.today().plusDays(30)).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void anOpenMatterPastItsDeadlineIsOverdueAndListedSo() {
        UUID late = RoundApi.created(matter(api.office(), reference(), Committee.today().minusDays(40),
                Committee.today().minusDays(1)));
        UUID inTime = RoundApi.created(matter(api.office(), reference(), Committee.today().minusDays(40),
                Committee.today().plusDays(10)));

        api.as(Tokens.as("LEADERSHIP").sign()).get("/superior-matters/{id}", late).then().statusCode(200)
                .body("overdue", equalTo(true));
        api.as(api.office()).queryParam("overdue", true).queryParam("limit", 500).get("/superior-matters")
                .then().statusCode(200).body("items.id", hasItem(late.toString()))
                .body("items.id", not(hasItem(inTime.toString())));
    }

    @Test
    void followUpsAndReportsAreTakenUntilTheMatterIsCompletedOnce() {
        UUID matter = RoundApi.created(matter(api.office(), reference(), Committee.today().minusDays(10),
                Committee.today().minusDays(2)));
        entry(matter, Committee.today().minusDays(11)).then().statusCode(400).body("errors[0].field", equalTo("onDay"));
        entry(matter, Committee.today().minusDays(5)).then().statusCode(200).body("entries[0].kind", equalTo("FOLLOW_UP"));
        complete(matter).then().statusCode(200).body("state", equalTo("COMPLETED")).body("overdue", equalTo(true));
        complete(matter).then().statusCode(409).body("currentState", equalTo("COMPLETED"));
        entry(matter, Committee.today()).then().statusCode(409).contentType(PROBLEM);
    }

    private static String reference() {
        return "鹤巡〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    }

    private Response matter(String token, String reference, LocalDate received, LocalDate deadline) {
        return api.as(token).body(Map.of("body", "PROVINCIAL", "kind", "TRANSFERRED_MATTER", "reference", reference,
                "summary", "省委巡视组移交：某镇扶贫资金使用问题", "receivedOn", received.toString(),
                "deadline", deadline.toString())).post("/superior-matters");
    }

    private Response entry(UUID matter, LocalDate on) {
        return api.as(api.office()).body(Map.of("kind", "FOLLOW_UP", "onDay", on.toString(), "note", "督促加快办理"))
                .post("/superior-matters/{id}/entries", matter);
    }

    private Response complete(UUID matter) {
        return api.as(api.office()).body(Map.of("completedOn", Committee.today().toString(), "report", "已办结，结果已报省委巡视办"))
                .post("/superior-matters/{id}/completion", matter);
    }
}
