package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** Import jobs: all-or-nothing, the rejected rows as a file, cancellation, a restart mid-import, officeCode. */
@QuarkusTest
class ImportJobTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Inject
    DataSource dataSource;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Response upload(String contentType, String body, String query) {
        return RestAssured.given().auth().oauth2(api.office()).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/imports/organizations" + query);
    }

    private JsonPath ended(String id) {
        return api.importEnded("/imports/" + id);
    }

    private JsonPath imported(String contentType, String body, String query) {
        Response accepted = upload(contentType, body, query);
        accepted.then().statusCode(202);
        return ended(accepted.jsonPath().getString("id"));
    }

    private List<Map<String, Object>> named(String name) {
        return api.as(api.office()).queryParam("name", name).get("/organizations")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private String rejected(JsonPath job) {
        return new String(RestAssured.given().auth().oauth2(api.office()).get("/imports/" + job.getString("id") + "/rejected")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void underOneIdempotencyKeyTheSameFileIsOneJobAndAnotherFileIsRefused() {
        String key = UUID.randomUUID().toString();
        String tag = unique();
        byte[] file = ("编码,名称,类型,上级编码\n" + tag + ",甲县" + tag + ",县,\n").getBytes(StandardCharsets.UTF_8);
        Response first = RestAssured.given().auth().oauth2(api.office()).contentType("text/csv")
                .header("Idempotency-Key", key).body(file).post("/imports/organizations");
        first.then().statusCode(202);
        ended(first.jsonPath().getString("id"));

        RestAssured.given().auth().oauth2(api.office()).contentType("text/csv").header("Idempotency-Key", key)
                .body(file).post("/imports/organizations")
                .then().statusCode(202).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(first.jsonPath().getString("id")));

        RestAssured.given().auth().oauth2(api.office()).contentType("text/csv").header("Idempotency-Key", key)
                .body(("编码,名称,类型,上级编码\n" + tag + "-b,乙县" + tag + ",县,\n").getBytes(StandardCharsets.UTF_8))
                .post("/imports/organizations")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.equalTo("urn:xuncha:problem:idempotency-key-reused"));
        assertThat(named("乙县" + tag)).isEmpty();
    }

    @Test
    void allOrNothingWithOneBadRowRollsBackAndListsTheError() {
        String tag = unique();
        JsonPath job = imported("text/csv", "编码,名称,类型,上级编码\n" + tag + ",好县" + tag + ",县,\n"
                + tag + "-1,坏村" + tag + ",村,nowhere-" + tag + "\n", "?allOrNothing=true");
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getBoolean("allOrNothing")).isTrue();
        assertThat(job.getString("failure")).contains("nothing was written");
        assertThat(job.getLong("rowsRejected")).isEqualTo(1);
        assertThat(job.getLong("rowsInserted")).isZero();
        assertThat(named("好县" + tag)).isEmpty();
    }

    @Test
    void rejectedRowsComeBackAsCsvWithAReasonColumnAndTheFixedFileImports() {
        String tag = unique();
        JsonPath job = imported("text/csv", "编码,名称,类型,上级编码\n" + tag + ",县委" + tag + ",县,\n"
                + tag + "-1,村一" + tag + ",村,missing-" + tag + "\n" + tag + "-2,村二" + tag + ",星球,\n", "");
        assertThat(job.getLong("rowsRejected")).isEqualTo(2);
        String file = rejected(job);
        assertThat(file).startsWith("\uFEFF编码,名称,类型,上级编码,错误原因\r\n");
        assertThat(file).contains(tag + "-1,村一" + tag + ",VILLAGE,missing-" + tag + ",parentCode: names no organization");
        assertThat(file).contains(tag + "-2,村二" + tag + ",星球,,\"type: '星球' is not a type");
        String fixed = file.replace("missing-" + tag, tag).replace("星球", "村");
        JsonPath again = imported("text/csv", fixed, "");
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(again.getLong("rowsInserted")).isEqualTo(2);
        assertThat(named("村一" + tag)).hasSize(1);
    }

    @Test
    void backslashesTabsQuotesAndLineBreaksSurviveTheStagingCopy() {
        String tag = unique();
        String name = "反\\斜\t杠" + tag;
        JsonPath job = imported("text/csv", "officeCode,name,type\n" + tag + "-a,\"" + name + "\",ORGAN\n"
                + tag + "-b,\"坏\\\"\"行\n二" + tag + "\",PLANET\n", "");
        assertThat(job.getLong("rowsInserted")).isEqualTo(1);
        assertThat(named(tag)).extracting(item -> item.get("name")).contains(name);
        assertThat(rejected(job)).contains(tag + "-b,\"坏\\\"\"行\n二" + tag + "\",PLANET,");
    }

    @Test
    void rejectedNdjsonRowsComeBackWithAReasonKey() {
        String tag = unique();
        JsonPath job = imported("application/x-ndjson", "{\"officeCode\":\"" + tag + "\",\"name\":\"x\",\"type\":\"PLANET\"}\n", "");
        assertThat(rejected(job)).isEqualTo("{\"officeCode\":\"" + tag
                + "\",\"name\":\"x\",\"type\":\"PLANET\",\"reason\":\"type: 'PLANET' is not a type; one of "
                + java.util.Arrays.toString(org.xuncha.round.registry.OrganizationType.values())
                + " or its Chinese name (乡镇, 村, 社区...)\"}\n");
    }

    @Test
    void aQueuedJobIsCancelledAndAnEndedOneCannotBe() {
        String tag = unique();
        StringBuilder big = new StringBuilder("officeCode,name,type\n");
        for (int i = 0; i < 60000; i++) {
            big.append(tag).append('-').append(i).append(",大").append(tag).append('-').append(i).append(",ORGAN\n");
        }
        String first = upload("text/csv", big.toString(), "?dryRun=true").then().statusCode(202).extract().path("id");
        String second = upload("text/csv", "officeCode,name,type\n" + tag + ",取消" + tag + ",ORGAN\n", "")
                .then().statusCode(202).extract().path("id");
        RestAssured.given().auth().oauth2(api.office()).post("/imports/" + second + "/cancellation").then().statusCode(202);
        JsonPath cancelled = ended(second);
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("failure")).contains("nothing was written");
        assertThat(named("取消" + tag)).isEmpty();
        ended(first);
        RestAssured.given().auth().oauth2(api.office()).post("/imports/" + second + "/cancellation").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Inject
    OrganizationImports imports;

    @Test
    void aJobLeftRunningByAStoppedServiceIsInterruptedAndSaysWhatItWrote() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_job (id, kind, format, dry_run, state, rows_read, created_at, started_at)
                        values (?, 'organizations', 'csv', false, 'RUNNING', 4000, now(), now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        imports.recoverAfterRestart();
        JsonPath job = ended(id.toString());
        assertThat(job.getString("state")).isEqualTo("INTERRUPTED");
        assertThat(job.getString("failure")).contains("after 4000 rows read").contains("nothing was written")
                .contains("import the same file again");
    }

    @Test
    void aJobStoppedAfterItsFirstBatchesCommittedSaysTheyStayAndThatTheSameFileAgainCompletesIt() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_job (id, kind, format, dry_run, state, rows_read, rows_accepted, rows_inserted,
                               rows_updated, created_at, started_at)
                        values (?, 'cadres', 'xlsx', false, 'RUNNING', 12000, 10000, 9500, 500, now(), now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        imports.recoverAfterRestart();
        JsonPath job = ended(id.toString());
        assertThat(job.getString("state")).isEqualTo("INTERRUPTED");
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getString("failure")).contains("after 12000 rows read")
                .contains("the batches committed before stay (9500 inserted, 500 updated), nothing after")
                .contains("import the same file again to complete it");
        assertThat(job.getLong("rowsInserted")).isEqualTo(9500);
        RestAssured.given().auth().oauth2(api.office()).post("/imports/" + id + "/cancellation").then().statusCode(409);
    }

    @Test
    void importedOrganizationsShowTheirOfficeCode() {
        String tag = unique();
        imported("text/csv", "officeCode,name,type\n" + tag + "-oc,代码" + tag + ",ORGAN\n", "");
        assertThat(named("代码" + tag).get(0).get("officeCode")).isEqualTo(tag + "-oc");
    }
}
