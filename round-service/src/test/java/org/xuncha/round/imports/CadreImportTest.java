package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing cadres: postings and relatives in cells, row errors, re-imports, all or nothing. */
@QuarkusTest
class CadreImportTest {

    private final Imports imports = new Imports("/imports/cadres");

    private List<Map<String, Object>> cadres(String name) {
        return imports.api.as(imports.api.office()).queryParam("name", name).get("/cadres")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private Map<String, Object> cadre(String name) {
        List<Map<String, Object>> found = cadres(name);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String chinese(String tag) {
        return "干部编码,姓名,来源系统,职级,工作单位编码,籍贯编码,专长,任职经历,亲属任职\n"
                + "C-" + tag + "-1,赵立新" + tag + ",纪检监察,正科级," + tag + "," + tag + "-001-01,纪检;财务,"
                + "\"" + tag + "-001|副镇长|2015-03-01|2019-12-31；" + tag + "|科员|2012-01-01|\","
                + "赵某|配偶|" + tag + "-001|会计\n"
                + "C-" + tag + "-2,钱敏" + tag + ",审计,副科级," + tag + "-001,,审计,,\n";
    }

    @Test
    void cadresWithPostingsAndRelativesImportFromChineseHeaders() {
        String tag = Imports.unique();
        Map<String, String> ids = imports.registry(tag);
        JsonPath job = imports.csv(chinese(tag), "");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("kind")).isEqualTo("cadres");
        Imports.counts(job, 2, 2, 0, 2, 0, 0);
        Map<String, Object> zhao = cadre("赵立新" + tag);
        assertThat(zhao.get("officeCode")).isEqualTo("C-" + tag + "-1");
        assertThat(zhao.get("sourceSystem")).isEqualTo("DISCIPLINE");
        assertThat(zhao.get("rank")).isEqualTo("正科级");
        assertThat(zhao.get("homeOrganizationId")).isEqualTo(ids.get(tag));
        assertThat(zhao.get("homeLocalityId")).isEqualTo(ids.get(tag + "-001-01"));
        assertThat(zhao.get("skills")).isEqualTo(List.of("纪检", "财务"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> postings = (List<Map<String, Object>>) zhao.get("postings");
        assertThat(postings).extracting(posting -> posting.get("organizationId"), posting -> posting.get("post"),
                posting -> posting.get("fromDate"), posting -> posting.get("toDate")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ids.get(tag + "-001"), "副镇长", "2015-03-01", "2019-12-31"),
                org.assertj.core.groups.Tuple.tuple(ids.get(tag), "科员", "2012-01-01", null));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> relatives = (List<Map<String, Object>>) zhao.get("relatives");
        assertThat(relatives).singleElement().satisfies(relative -> {
            assertThat(relative.get("name")).isEqualTo("赵某");
            assertThat(relative.get("relation")).isEqualTo("配偶");
            assertThat(relative.get("organizationId")).isEqualTo(ids.get(tag + "-001"));
            assertThat(relative.get("post")).isEqualTo("会计");
        });
        assertThat(cadre("钱敏" + tag).get("sourceSystem")).isEqualTo("AUDIT");
    }

    @Test
    void englishHeadersAndNdjsonImportLikeChineseOnes() {
        String tag = Imports.unique();
        Map<String, String> ids = imports.registry(tag);
        JsonPath csv = imports.csv("office_code,name,sourceSystem,homeOrganizationCode,skills\n"
                + "C-" + tag + "-1,孙力" + tag + ",FINANCE," + tag + "-001,财务\n", "");
        Imports.counts(csv, 1, 1, 0, 1, 0, 0);
        JsonPath ndjson = imports.ndjson("{\"officeCode\":\"C-" + tag + "-2\",\"name\":\"李红" + tag
                + "\",\"sourceSystem\":\"organization\",\"postings\":\"" + tag + "-001-01|支部书记|2020-01-01|\"}\n", "");
        Imports.counts(ndjson, 1, 1, 0, 1, 0, 0);
        assertThat(cadre("孙力" + tag).get("homeOrganizationId")).isEqualTo(ids.get(tag + "-001"));
        Map<String, Object> li = cadre("李红" + tag);
        assertThat(li.get("sourceSystem")).isEqualTo("ORGANIZATION");
        assertThat(li.get("postings").toString()).contains(ids.get(tag + "-001-01"), "支部书记");
    }

    @Test
    void ndjsonArraysAreTheMultiValuedCellsTheyStandFor() {
        String tag = Imports.unique();
        Map<String, String> ids = imports.registry(tag);
        JsonPath ndjson = imports.ndjson("{\"officeCode\":\"C-" + tag + "-3\",\"name\":\"周平" + tag
                + "\",\"sourceSystem\":\"AUDIT\",\"skills\":[\"审计\",\"财务\"],\"postings\":[[\"" + tag
                + "-001-01\",\"支部书记\",\"2020-01-01\",null]],\"relatives\":[[\"吴某\",\"配偶\",\"" + tag + "-001\",\"会计\"]]}\n"
                + "{\"officeCode\":\"C-" + tag + "-4\",\"name\":\"郑安" + tag + "\",\"sourceSystem\":\"AUDIT\","
                + "\"skills\":[{\"skill\":\"审计\"}]}\n", "");
        Imports.counts(ndjson, 2, 1, 1, 1, 0, 0);
        Map<String, Object> zhou = cadre("周平" + tag);
        assertThat(zhou.get("skills")).isEqualTo(List.of("审计", "财务"));
        assertThat(zhou.get("postings").toString()).contains(ids.get(tag + "-001-01"), "支部书记");
        assertThat(zhou.get("relatives").toString()).contains("吴某", ids.get(tag + "-001"));
        // the same cadre with ';'-joined strings is the same record: nothing changes
        JsonPath joined = imports.ndjson("{\"officeCode\":\"C-" + tag + "-3\",\"name\":\"周平" + tag
                + "\",\"sourceSystem\":\"AUDIT\",\"skills\":\"审计;财务\",\"postings\":\"" + tag
                + "-001-01|支部书记|2020-01-01|\",\"relatives\":\"吴某|配偶|" + tag + "-001|会计\"}\n", "");
        Imports.counts(joined, 1, 1, 0, 0, 0, 1);
    }

    @Test
    void aGbkFileImportsAsItsUtf8Twin() {
        String tag = Imports.unique();
        imports.registry(tag);
        JsonPath gbk = imports.imported("text/csv", chinese(tag).getBytes(Charset.forName("GBK")), "");
        assertThat(gbk.getString("charset")).isEqualTo("GB18030");
        Imports.counts(gbk, 2, 2, 0, 2, 0, 0);
        assertThat(cadre("赵立新" + tag).get("skills")).isEqualTo(List.of("纪检", "财务"));
        JsonPath utf8 = imports.csv(chinese(tag), "");
        Imports.counts(utf8, 2, 2, 0, 0, 0, 2);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangeIsAnUpdate() {
        String tag = Imports.unique();
        imports.registry(tag);
        imports.csv(chinese(tag), "");
        Map<String, Object> before = cadre("赵立新" + tag);
        JsonPath again = imports.csv(chinese(tag), "");
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        Imports.counts(again, 2, 2, 0, 0, 0, 2);
        assertThat(cadre("赵立新" + tag)).isEqualTo(before);
        JsonPath promoted = imports.csv(chinese(tag).replace("正科级", "副处级").replace("|会计", "|出纳"), "");
        Imports.counts(promoted, 2, 2, 0, 0, 1, 1);
        Map<String, Object> after = cadre("赵立新" + tag);
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("rank")).isEqualTo("副处级");
        assertThat(after.get("relatives").toString()).contains("出纳").doesNotContain("会计");
        assertThat((List<?>) after.get("postings")).hasSize(2);
    }

    @Test
    void badRowsAreRejectedWithTheirColumnAndTheOthersKept() {
        String tag = Imports.unique();
        imports.registry(tag);
        String file = "干部编码,姓名,来源系统,工作单位编码,籍贯编码,任职经历\n"
                + "C-" + tag + "-1,周好" + tag + ",组织," + tag + ",,\n"
                + "C-" + tag + "-2,吴某" + tag + ",组织,nowhere-" + tag + ",,\n"
                + "C-" + tag + "-3,郑某" + tag + ",军队," + tag + ",,\n"
                + "C-" + tag + "-1,王某" + tag + ",组织," + tag + ",,\n"
                + "C-" + tag + "-4,冯某" + tag + ",组织,," + tag + ",\n"
                + "C-" + tag + "-5,陈某" + tag + ",组织,,," + tag + "|科员|2020-01-01|2019-01-01\n";
        JsonPath job = imports.csv(file, "");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        Imports.counts(job, 6, 1, 5, 1, 0, 0);
        List<Map<String, Object>> errors = imports.errors(job);
        assertThat(errors).extracting(error -> ((Number) error.get("row")).intValue(), error -> error.get("column"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "homeOrganizationCode"),
                        org.assertj.core.groups.Tuple.tuple(4, "sourceSystem"),
                        org.assertj.core.groups.Tuple.tuple(5, "officeCode"),
                        org.assertj.core.groups.Tuple.tuple(6, "homeLocalityCode"),
                        org.assertj.core.groups.Tuple.tuple(7, "postings"));
        assertThat((String) errors.get(0).get("reason")).contains("nowhere-" + tag);
        assertThat((String) errors.get(2).get("reason")).contains("line 2");
        assertThat(cadres("周好" + tag)).hasSize(1);
        assertThat(cadres("王某" + tag)).isEmpty();
        assertThat(imports.rejected(job)).contains("错误原因", "吴某" + tag, "军队").doesNotContain("周好" + tag);
    }

    @Test
    void organizationsResolvedOnceAJobStandForEveryRowAndOneNamedNowhereIsFoundOnceItExists() {
        String tag = Imports.unique();
        Map<String, String> ids = imports.registry(tag);
        String township = tag + "-001";
        String later = tag + "-002";
        StringBuilder file = new StringBuilder("干部编码,姓名,来源系统,工作单位编码,任职经历,亲属任职\n");
        for (int i = 1; i <= 5; i++) {
            file.append("C-").append(tag).append("-").append(i).append(",冯").append(i).append(tag).append(",组织,")
                    .append(township).append(",").append(township).append("|科员|2020-01-01|,")
                    .append("冯某|配偶|").append(township).append("|会计\n");
        }
        file.append("C-").append(tag).append("-6,褚某").append(tag).append(",组织,").append(later).append(",,\n");
        JsonPath first = imports.csv(file.toString(), "");
        Imports.counts(first, 6, 5, 1, 5, 0, 0);
        assertThat(imports.errors(first)).singleElement()
                .satisfies(error -> assertThat(error.get("column")).isEqualTo("homeOrganizationCode"));
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> cadre = cadre("冯" + i + tag);
            assertThat(cadre.get("homeOrganizationId")).isEqualTo(ids.get(township));
            assertThat(cadre.get("postings")).asList().singleElement().asString().contains(ids.get(township));
            assertThat(cadre.get("relatives")).asList().singleElement().asString().contains(ids.get(township));
        }

        // the next job looks up again what the last one did not find: what a job resolved is its own
        JsonPath organization = new Imports("/imports/organizations").csv("编码,名称,类型,上级编码\n"
                + later + ",西关镇党委" + tag + ",乡镇," + tag + "\n", "");
        assertThat(organization.getString("state")).isEqualTo("SUCCEEDED");
        JsonPath second = imports.csv(file.toString(), "");
        Imports.counts(second, 6, 6, 0, 1, 0, 5);
        assertThat(cadre("褚某" + tag).get("homeOrganizationId")).isNotNull().isNotEqualTo(ids.get(township));
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsRejectedAndADryRunWritesNothing() {
        String tag = Imports.unique();
        imports.registry(tag);
        String file = chinese(tag) + "C-" + tag + "-9,坏人" + tag + ",军队,,,,,,\n";
        JsonPath refused = imports.csv(file, "?allOrNothing=true");
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(refused.getString("failure")).contains("allOrNothing");
        assertThat(refused.getLong("rowsRejected")).isEqualTo(1);
        assertThat(imports.errors(refused)).hasSize(1);
        assertThat(cadres(tag)).isEmpty();
        JsonPath dry = imports.csv(file, "?dryRun=true");
        assertThat(dry.getString("state")).isEqualTo("SUCCEEDED");
        Imports.counts(dry, 3, 2, 1, 2, 0, 0);
        assertThat(cadres(tag)).isEmpty();
        JsonPath kept = imports.csv(file, "");
        Imports.counts(kept, 3, 2, 1, 2, 0, 0);
        assertThat(cadres(tag)).hasSize(2);
    }
}
