package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** The files under samples/ import as the README says: the same registry in UTF-8, GBK, NDJSON and XLSX. */
@QuarkusTest
class SamplesImportTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("..", "samples", name));
    }

    private JsonPath imported(String contentType, byte[] body, String query) {
        return imported("/imports/organizations", contentType, body, query);
    }

    private JsonPath imported(String path, String contentType, byte[] body, String query) {
        String id = RestAssured.given().auth().oauth2(api.office()).contentType(contentType).body(body)
                .post(path + query).then().statusCode(202).extract().path("id");
        return api.importEnded("/imports/" + id);
    }

    @Test
    void theSampleRegistryImportsTheSameInUtf8GbkNdjsonAndXlsx() throws Exception {
        for (var file : List.of(Map.entry("organizations.csv", "text/csv"), Map.entry("organizations-gbk.csv", "text/csv"),
                Map.entry("organizations.ndjson", "application/x-ndjson"),
                Map.entry("organizations.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))) {
            JsonPath job = imported(file.getValue(), sample(file.getKey()), "?dryRun=true");
            assertThat(job.getString("state")).as(file.getKey()).isEqualTo("SUCCEEDED");
            assertThat(job.getLong("rowsRead")).as(file.getKey()).isEqualTo(5);
            assertThat(job.getLong("rowsAccepted")).as(file.getKey()).isEqualTo(5);
            assertThat(job.getLong("rowsRejected")).as(file.getKey()).isZero();
        }
    }

    @Test
    void theSampleWithErrorsHasTwoRowsAcceptedAndFourRejected() throws Exception {
        JsonPath job = imported("text/csv", sample("organizations-with-errors.csv"), "?dryRun=true");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsAccepted")).isEqualTo(2);
        assertThat(job.getLong("rowsRejected")).isEqualTo(4);
    }

    @Test
    void theSampleCadresPoolsScopeAndAuditsImportOnTheSampleRegistry() throws Exception {
        assertThat(imported("text/csv", sample("organizations.csv"), "").getString("state")).isEqualTo("SUCCEEDED");
        String term = api.term().toString();
        for (var file : List.of(List.of("/imports/cadres", "cadres.csv", "text/csv", "3"),
                List.of("/imports/cadres", "cadres.ndjson", "application/x-ndjson", "2"),
                List.of("/imports/pool-members", "pool-members.csv", "text/csv", "4"),
                List.of("/imports/term-scope", "term-scope.csv", "text/csv", "4"),
                List.of("/imports/audit-results", "audit-results.csv", "text/csv", "2"))) {
            JsonPath job = imported(file.get(0), file.get(2), sample(file.get(1)),
                    file.get(0).endsWith("term-scope") ? "?termId=" + term : "");
            assertThat(job.getString("state")).as(file.get(1)).isEqualTo("SUCCEEDED");
            assertThat(job.getLong("rowsAccepted")).as(file.get(1)).isEqualTo(Long.parseLong(file.get(3)));
            assertThat(job.getLong("rowsRejected")).as(file.get(1)).isZero();
        }
    }
}
