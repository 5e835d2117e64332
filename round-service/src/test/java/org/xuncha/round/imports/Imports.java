package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.xuncha.testing.RoundApi;

/** Uploading a file to an import endpoint as the office and reading the job once it ended. */
final class Imports {

    final RoundApi api = new RoundApi(RestAssured::given);
    private final String path;

    Imports(String path) {
        this.path = path;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Response upload(String contentType, byte[] body, String query) {
        return RestAssured.given().auth().oauth2(api.office()).contentType(contentType).body(body).post(path + query);
    }

    JsonPath imported(String contentType, byte[] body, String query) {
        Response accepted = upload(contentType, body, query);
        accepted.then().statusCode(202).header("Location", containsString("/imports/"));
        return api.importEnded(accepted.header("Location"));
    }

    JsonPath csv(String text, String query) {
        return imported("text/csv", text.getBytes(StandardCharsets.UTF_8), query);
    }

    JsonPath ndjson(String text, String query) {
        return imported("application/x-ndjson", text.getBytes(StandardCharsets.UTF_8), query);
    }

    List<Map<String, Object>> errors(JsonPath job) {
        return api.as(api.office()).get("/imports/" + job.getString("id") + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    String rejected(JsonPath job) {
        return api.as(api.office()).get("/imports/" + job.getString("id") + "/rejected")
                .then().statusCode(200).extract().asString();
    }

    /** The job's counters: read, accepted, rejected, inserted, updated, unchanged. */
    static void counts(JsonPath job, long read, long accepted, long rejected, long inserted, long updated, long unchanged) {
        assertThat(List.of(job.getLong("rowsRead"), job.getLong("rowsAccepted"), job.getLong("rowsRejected"),
                job.getLong("rowsInserted"), job.getLong("rowsUpdated"), job.getLong("rowsUnchanged")))
                .as(job.prettify()).containsExactly(read, accepted, rejected, inserted, updated, unchanged);
    }

    /**
     * A county {tag}, a township {tag}-001 and a village {tag}-001-01 under it, with office codes,
     * through the organization import; their ids by office code.
     */
    Map<String, String> registry(String tag) {
        Imports organizations = new Imports("/imports/organizations");
        JsonPath job = organizations.csv("编码,名称,类型,上级编码\n" + tag + ",测试县委" + tag + ",县,\n"
                + tag + "-001,城关镇党委" + tag + ",乡镇," + tag + "\n"
                + tag + "-001-01,东街村党支部" + tag + ",村," + tag + "-001\n", "");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        Map<String, String> ids = new java.util.HashMap<>();
        for (String code : List.of(tag, tag + "-001", tag + "-001-01")) {
            List<Map<String, Object>> found = api.as(api.office()).queryParam("name", tag).get("/organizations")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            found.stream().filter(organization -> code.equals(organization.get("officeCode")))
                    .forEach(organization -> ids.put(code, (String) organization.get("id")));
        }
        assertThat(ids).hasSize(3);
        return ids;
    }
}
