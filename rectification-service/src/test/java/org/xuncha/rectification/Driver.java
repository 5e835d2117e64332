package org.xuncha.rectification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xuncha.contract.Topics;
import org.xuncha.rectification.CaseFixtures.OpenedCase;
import org.xuncha.testing.Committee;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/**
 * Drives rectification-service's API as its users would, for tests that need a case or an item at
 * a given point of its life. Cases are opened the real way (FeedbackIssued through the broker).
 */
@ApplicationScoped
public class Driver {

    public static final String PROBLEM = "application/problem+json";

    private final String office = Tokens.as("OFFICE").sign();
    private final CaseFixtures fixtures;
    private final Topic rectificationEvents;

    public Driver(CaseFixtures fixtures, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.fixtures = fixtures;
        this.rectificationEvents = Topic.on(bootstrapServers, Topics.RECTIFICATION_EVENTS);
    }

    /** A case and the accounts of those who act on it. */
    public record Actors(OpenedCase opened, String unit, String principalLeader, String leaderInCharge) {

        public String caseId() {
            return opened.id();
        }

        public UUID organizationId() {
            return opened.organizationId();
        }

        public String token(String capacity) {
            return switch (capacity) {
                case "ORGANIZATION" -> unit;
                case "PRINCIPAL_LEADER" -> principalLeader;
                case "LEADER_IN_CHARGE" -> leaderInCharge;
                default -> throw new IllegalArgumentException(capacity);
            };
        }
    }

    /** A token of the inspection office. */
    public String office() {
        return office;
    }

    public RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A newly opened case, awaiting its sign-off. */
    public Actors openCase(int findings) {
        String principalLeader = "pl-" + UUID.randomUUID();
        String leaderInCharge = "lic-" + UUID.randomUUID();
        OpenedCase opened = fixtures.openCase(findings, principalLeader, leaderInCharge);
        return new Actors(opened,
                Tokens.as("UNIT").organization(opened.organizationId()).sign(),
                Tokens.as("UNIT").organization(opened.organizationId()).subject(principalLeader).sign(),
                Tokens.as("LEADER_IN_CHARGE").subject(leaderInCharge).sign());
    }

    /** A newly opened case, signed by all three: RECTIFYING. */
    public Actors rectifyingCase(int findings) {
        Actors actors = openCase(findings);
        for (String capacity : List.of("ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE")) {
            sign(actors, capacity);
        }
        return actors;
    }

    public JsonPath readCase(String caseId) {
        return as(office).get("/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
    }

    public String etag(String caseId) {
        return as(office).get("/cases/{id}", caseId).then().statusCode(200).extract().header("ETag");
    }

    public Response signOff(String caseId, String token, String capacity, String ifMatch) {
        RequestSpecification request = as(token).body(Map.of("capacity", capacity));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/cases/{id}/sign-off", caseId);
    }

    /** Signs in a capacity with the case's current ETag; the signature must land. */
    public JsonPath sign(Actors actors, String capacity) {
        Response response = signOff(actors.caseId(), actors.token(capacity), capacity, etag(actors.caseId()));
        response.then().log().ifValidationFails().statusCode(200);
        return response.jsonPath();
    }

    public List<String> itemIds(String caseId) {
        return as(office).get("/cases/{id}/ledger", caseId).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    public JsonPath item(String itemId) {
        return as(office).get("/ledger-items/{id}", itemId).then().statusCode(200).extract().jsonPath();
    }

    public Map<String, Object> rectification(String term, LocalDate deadline, String money, int rules, int persons) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("measures", "全面清理账外资金，纳入三资平台统一管理",
                "responsiblePerson", "王建国", "responsibleDepartment", "镇财政所", "term", term,
                "moneyRecovered", money, "rulesEstablished", rules, "personsHeldAccountable", persons));
        if (deadline != null) {
            body.put("deadline", deadline.toString());
        }
        return body;
    }

    public void recordRectification(Actors actors, String itemId, Map<String, Object> rectification) {
        as(actors.unit()).body(rectification).put("/ledger-items/{id}/rectification", itemId)
                .then().log().ifValidationFails().statusCode(200);
    }

    public String uploadEvidence(String token, String itemId, String fileName, byte[] content) {
        return multipart(token).multiPart("file", fileName, content, "application/pdf")
                .post("/ledger-items/{id}/evidence", itemId)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A multipart request that writes file names in UTF-8, as browsers do. */
    public RequestSpecification multipart(String token) {
        return given().auth().oauth2(token).config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    /** Moves an item of a RECTIFYING case to OPEN (as it is), IN_PROGRESS, SUBMITTED or CLOSED. */
    public void bringTo(Actors actors, String itemId, String state) {
        if (state.equals("OPEN")) {
            return;
        }
        recordRectification(actors, itemId, rectification("DEADLINE", Committee.today().plusMonths(1), "1000.00", 1, 0));
        as(actors.unit()).post("/ledger-items/{id}/start", itemId).then().statusCode(200);
        if (state.equals("IN_PROGRESS")) {
            return;
        }
        uploadEvidence(actors.unit(), itemId, "凭证.pdf", "%PDF-1.4 evidence".getBytes());
        as(actors.unit()).post("/ledger-items/{id}/submission", itemId).then().statusCode(200);
        if (state.equals("SUBMITTED")) {
            return;
        }
        as(office).post("/ledger-items/{id}/closure", itemId).then().statusCode(200);
        assertThat(state).isEqualTo("CLOSED");
    }

    /** Plan and report by the organization: the case becomes REPORTED. */
    public void report(Actors actors) {
        as(actors.unit()).body(Map.of("content", "整改方案")).post("/cases/{id}/plan", actors.caseId())
                .then().statusCode(200);
        as(actors.principalLeader()).body(Map.of("summary", "整改报告", "truthfulnessCommitment", true))
                .post("/cases/{id}/report", actors.caseId()).then().log().ifValidationFails().statusCode(200);
    }

    public JsonPath figures(String query, Object value) {
        return as(office).queryParam(query, value).get("/figures").then().statusCode(200).extract().jsonPath();
    }

    /** The events of a type about a case on the real topic, once the first has arrived. */
    public List<Topic.Message> awaitEvent(String type, String caseId) {
        List<Topic.Message> found = rectificationEvents.await(message -> type.equals(message.headers().get("event-type"))
                && message.value().contains(caseId), Duration.ofSeconds(20));
        assertThat(found).as("%s of case %s on %s", type, caseId, Topics.RECTIFICATION_EVENTS).isNotEmpty();
        return found;
    }

    /** Every event of a type about something on the real topic now or within the window. */
    public List<Topic.Message> events(String type, String about, Duration window) {
        return rectificationEvents.collect(message -> type.equals(message.headers().get("event-type"))
                && message.value().contains(about), window);
    }
}
