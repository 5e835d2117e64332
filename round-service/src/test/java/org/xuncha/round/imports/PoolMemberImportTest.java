package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Importing pool memberships by the cadres' office codes: upserts, transitions, row errors. */
@QuarkusTest
class PoolMemberImportTest {

    private final Imports imports = new Imports("/imports/pool-members");

    /** Three cadres C-{tag}-1..3 named 甲{tag}, 乙{tag}, 丙{tag}. */
    private void cadres(String tag) {
        JsonPath job = new Imports("/imports/cadres").csv("干部编码,姓名,来源系统\nC-" + tag + "-1,甲" + tag + ",组织\n"
                + "C-" + tag + "-2,乙" + tag + ",审计\nC-" + tag + "-3,丙" + tag + ",纪检监察\n", "");
        Imports.counts(job, 3, 3, 0, 3, 0, 0);
    }

    private List<String> active(String tag, String pool) {
        List<Map<String, Object>> found = imports.api.as(imports.api.office()).queryParam("name", tag)
                .queryParam("activeIn", pool).get("/cadres").then().statusCode(200).extract().jsonPath().getList("items");
        return found.stream().map(cadre -> (String) cadre.get("name")).sorted().toList();
    }

    private List<Map<String, Object>> suspended(String pool) {
        return imports.api.as(imports.api.office()).queryParam("status", "SUSPENDED").queryParam("limit", 500)
                .get("/pools/" + pool + "/members").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String file(String tag) {
        return "干部编码,人才库,状态,原因\nC-" + tag + "-1,组长库,在库,\nC-" + tag + "-2,专员库,,\n"
                + "C-" + tag + "-3,专员库,暂停,借调外地\nC-" + tag + "-1,专员库,在库,\n";
    }

    @Test
    void membershipsImportFromChineseHeadersAndAgainChangeNothing() {
        String tag = Imports.unique();
        cadres(tag);
        JsonPath job = imports.csv(file(tag), "");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        Imports.counts(job, 4, 4, 0, 4, 0, 0);
        assertThat(active(tag, "LEADER")).containsExactly("甲" + tag);
        assertThat(active(tag, "SPECIALIST")).containsExactly("乙" + tag, "甲" + tag);
        assertThat(suspended("SPECIALIST")).anySatisfy(member -> assertThat(member.get("reason")).isEqualTo("借调外地"));
        Imports.counts(imports.csv(file(tag), ""), 4, 4, 0, 0, 0, 4);
        Imports.counts(imports.imported("text/csv", file(tag).getBytes(Charset.forName("GBK")), ""), 4, 4, 0, 0, 0, 4);
        JsonPath reinstated = imports.csv(file(tag).replace("暂停,借调外地", "在库,"), "");
        Imports.counts(reinstated, 4, 4, 0, 0, 1, 3);
        assertThat(active(tag, "SPECIALIST")).hasSize(3);
    }

    @Test
    void englishHeadersAndNdjson() {
        String tag = Imports.unique();
        cadres(tag);
        Imports.counts(imports.csv("cadre_office_code,pool,status,reason,joinedOn\nC-" + tag + "-2,LEADER,ACTIVE,,2024-05-01\n",
                ""), 1, 1, 0, 1, 0, 0);
        Imports.counts(imports.ndjson("{\"cadreOfficeCode\":\"C-" + tag + "-3\",\"pool\":\"leader\"}\n", ""), 1, 1, 0, 1, 0, 0);
        assertThat(active(tag, "LEADER")).containsExactly("丙" + tag, "乙" + tag);
    }

    @Test
    void badRowsAreRejectedAndAllOrNothingWritesNothing() {
        String tag = Imports.unique();
        cadres(tag);
        String file = "干部编码,人才库,状态,原因\nC-" + tag + "-1,组长库,,\nC-" + tag + "-9,组长库,,\nC-" + tag + "-2,后备库,,\n"
                + "C-" + tag + "-1,组长库,,\nC-" + tag + "-3,专员库,退出,\n";
        JsonPath refused = imports.csv(file, "?allOrNothing=true");
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(active(tag, "LEADER")).isEmpty();
        JsonPath job = imports.csv(file, "");
        Imports.counts(job, 5, 1, 4, 1, 0, 0);
        assertThat(imports.errors(job)).extracting(error -> ((Number) error.get("row")).intValue(), error -> error.get("column"))
                .containsExactly(Tuple.tuple(3, "cadreOfficeCode"), Tuple.tuple(4, "pool"), Tuple.tuple(5, "cadreOfficeCode"),
                        Tuple.tuple(6, "reason"));
        assertThat((String) imports.errors(job).get(0).get("reason")).contains("C-" + tag + "-9");
        assertThat(active(tag, "LEADER")).containsExactly("甲" + tag);
        Imports.counts(imports.csv("干部编码,人才库,状态,原因\nC-" + tag + "-1,组长库,退出,调离\n", ""), 1, 1, 0, 0, 1, 0);
        JsonPath notATransition = imports.csv("干部编码,人才库,状态,原因\nC-" + tag + "-1,组长库,暂停,病假\n", "");
        assertThat(imports.errors(notATransition)).singleElement()
                .satisfies(error -> assertThat(error.get("column")).isEqualTo("status"));
    }
}
