package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Importing audit results keyed by their report numbers. */
@QuarkusTest
class AuditResultImportTest {

    private final Imports imports = new Imports("/imports/audit-results");

    private List<Map<String, Object>> results(String organization) {
        return imports.api.as(imports.api.office()).queryParam("organizationId", organization).get("/audit-results")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String file(String tag) {
        return "审计报告文号,单位编码,年度,问题数,摘要\n审" + tag + "-1," + tag + "-001,2024,7,专项资金管理不规范\n"
                + "审" + tag + "-2," + tag + "-001,2025,3,\n";
    }

    @Test
    void resultsImportAndAgainChangeNothing() {
        String tag = Imports.unique();
        String township = imports.registry(tag).get(tag + "-001");
        JsonPath job = imports.csv(file(tag), "");
        Imports.counts(job, 2, 2, 0, 2, 0, 0);
        assertThat(results(township)).extracting(result -> result.get("year"), result -> result.get("issueCount"))
                .containsExactlyInAnyOrder(Tuple.tuple(2024, 7), Tuple.tuple(2025, 3));
        Imports.counts(imports.imported("text/csv", file(tag).getBytes(Charset.forName("GBK")), ""), 2, 2, 0, 0, 0, 2);
        Imports.counts(imports.csv(file(tag).replace("2025,3", "2025,4"), ""), 2, 2, 0, 0, 1, 1);
        Imports.counts(imports.ndjson("{\"reportNumber\":\"审" + tag + "-3\",\"organizationCode\":\"" + tag
                + "-001\",\"year\":2023,\"issueCount\":0}\n", ""), 1, 1, 0, 1, 0, 0);
        Imports.counts(imports.csv("report_number,organizationCode,year,issueCount\n审" + tag + "-4," + tag + "-001,2022,1\n",
                ""), 1, 1, 0, 1, 0, 0);
        assertThat(results(township)).hasSize(4).anySatisfy(result -> assertThat(result.get("issueCount")).isEqualTo(4));
    }

    @Test
    void badRowsAreRejectedAndAllOrNothingWritesNothing() {
        String tag = Imports.unique();
        String township = imports.registry(tag).get(tag + "-001");
        String file = file(tag) + "审" + tag + "-3,nowhere-" + tag + ",2024,1,\n" + "审" + tag + "-4," + tag + "-001,1900,1,\n"
                + "审" + tag + "-5," + tag + "-001,2024,很多,\n" + "审" + tag + "-1," + tag + "-001,2024,7,\n";
        JsonPath refused = imports.csv(file, "?allOrNothing=true");
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(results(township)).isEmpty();
        JsonPath job = imports.csv(file, "");
        Imports.counts(job, 6, 2, 4, 2, 0, 0);
        assertThat(imports.errors(job)).extracting(error -> ((Number) error.get("row")).intValue(), error -> error.get("column"))
                .containsExactly(Tuple.tuple(4, "organizationCode"), Tuple.tuple(5, "year"), Tuple.tuple(6, "issueCount"),
                        Tuple.tuple(7, "reportNumber"));
        assertThat(results(township)).hasSize(2);
    }
}
