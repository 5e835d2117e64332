package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/** Importing the registry from CSV and NDJSON: the tree in any order, row errors, dry runs, re-imports. */
@QuarkusTest
class OrganizationImportTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    private static String validCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("11410622");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return code.append(alphabet.charAt(check == 31 ? 0 : check)).toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Response upload(String contentType, byte[] body, String query) {
        return RestAssured.given().auth().oauth2(api.office()).contentType(contentType).body(body)
                .post("/imports/organizations" + query);
    }

    private JsonPath imported(String contentType, byte[] body, String query) {
        Response accepted = upload(contentType, body, query);
        accepted.then().statusCode(202).header("Location", containsString("/imports/"));
        return api.importEnded(accepted.header("Location"));
    }

    private JsonPath csv(String text, String query) {
        return imported("text/csv", text.getBytes(StandardCharsets.UTF_8), query);
    }

    private List<Map<String, Object>> errors(JsonPath job) {
        return RestAssured.given().auth().oauth2(api.office()).get("/imports/" + job.getString("id") + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private List<Map<String, Object>> named(String name) {
        return api.as(api.office()).queryParam("name", name).get("/organizations")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private String idOf(String name) {
        List<Map<String, Object>> found = named(name);
        assertThat(found).hasSize(1);
        return (String) found.get(0).get("id");
    }

    private String villageAndTownship(String tag) {
        return "编码,名称,类型,上级编码\n"
                + tag + "-001-01,东街村党支部" + tag + ",村," + tag + "-001\n"
                + tag + "-001,城关镇党委" + tag + ",乡镇," + tag + "\n"
                + tag + ",测试县委" + tag + ",县,\n";
    }

    @Test
    void aVillageBeforeItsTownshipIsImportedUnderIt() {
        String tag = unique();
        JsonPath job = csv(villageAndTownship(tag), "");
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRead")).isEqualTo(3);
        assertThat(job.getLong("rowsAccepted")).isEqualTo(3);
        assertThat(job.getLong("rowsInserted")).isEqualTo(3);
        String county = idOf("测试县委" + tag);
        String township = idOf("城关镇党委" + tag);
        assertThat(named("东街村党支部" + tag).get(0).get("parentId")).isEqualTo(township);
        assertThat(named("城关镇党委" + tag).get(0).get("parentId")).isEqualTo(county);
        assertThat(named("东街村党支部" + tag).get(0).get("type")).isEqualTo("VILLAGE");
        api.as(api.office()).queryParam("under", county).get("/organizations").then().statusCode(200)
                .body("items.size()", equalTo(3));
    }

    @Test
    void gbkAndUtf8WithOrWithoutBomImportIdentically() {
        String gbkTag = unique();
        JsonPath gbk = imported("text/csv", villageAndTownship(gbkTag).getBytes(Charset.forName("GBK")), "");
        assertThat(gbk.getString("charset")).isEqualTo("GB18030");
        String declaredTag = unique();
        JsonPath declared = imported("text/csv", villageAndTownship(declaredTag).getBytes(Charset.forName("GBK")),
                "?charset=GBK");
        assertThat(declared.getString("charset")).isEqualTo("GBK");
        String bomTag = unique();
        byte[] text = villageAndTownship(bomTag).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        JsonPath bom = imported("text/csv", withBom, "");
        assertThat(bom.getString("charset")).isEqualTo("UTF-8");
        for (JsonPath job : List.of(gbk, declared, bom)) {
            assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
            assertThat(job.getLong("rowsInserted")).isEqualTo(3);
            assertThat(job.getLong("rowsRejected")).isZero();
        }
        for (String tag : List.of(gbkTag, declaredTag, bomTag)) {
            assertThat(named("东街村党支部" + tag).get(0).get("parentId")).isEqualTo(idOf("城关镇党委" + tag));
        }
    }

    @Test
    void ndjsonWithEnglishKeysAndAParentByCreditCode() {
        String tag = unique();
        String code = validCode();
        String body = "{\"officeCode\":\"" + tag + "-v\",\"name\":\"村" + tag + "\",\"type\":\"VILLAGE\",\"parentCreditCode\":\""
                + code + "\"}\n\n"
                + "{\"officeCode\":\"" + tag + "\",\"name\":\"镇" + tag + "\",\"type\":\"TOWNSHIP\",\"creditCode\":\""
                + code + "\",\"cityDirected\":true}\n";
        JsonPath job = imported("application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "");
        assertThat(job.getString("format")).isEqualTo("ndjson");
        assertThat(job.getLong("rowsInserted")).isEqualTo(2);
        assertThat(named("村" + tag).get(0).get("parentId")).isEqualTo(idOf("镇" + tag));
        assertThat(named("镇" + tag).get(0).get("creditCode")).isEqualTo(code);
    }

    @Test
    void aCycleIsARowErrorAndTheOtherRowsAreKept() {
        String tag = unique();
        JsonPath job = csv("officeCode,name,type,parentCode\n"
                + tag + "-a,甲" + tag + ",TOWNSHIP," + tag + "-b\n"
                + tag + "-b,乙" + tag + ",TOWNSHIP," + tag + "-a\n"
                + tag + "-c,丙" + tag + ",TOWNSHIP,\n", "");
        assertThat(job.getLong("rowsAccepted")).isEqualTo(1);
        assertThat(job.getLong("rowsRejected")).isEqualTo(2);
        List<Map<String, Object>> errors = errors(job);
        assertThat(errors).extracting(error -> error.get("row")).containsExactly(2, 3);
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.get("column")).isEqualTo("parentCode");
            assertThat((String) error.get("reason")).contains("cycle");
        });
        assertThat(named("甲" + tag)).isEmpty();
        assertThat(named("丙" + tag)).hasSize(1);
    }

    @Test
    void anUnknownParentIsARowErrorAndItsChildrenToo() {
        String tag = unique();
        JsonPath job = csv("officeCode,name,type,parentCode\n"
                + tag + "-t,镇" + tag + ",TOWNSHIP,nowhere-" + tag + "\n"
                + tag + "-v,村" + tag + ",VILLAGE," + tag + "-t\n", "");
        assertThat(job.getLong("rowsRejected")).isEqualTo(2);
        List<Map<String, Object>> errors = errors(job);
        assertThat((String) errors.get(0).get("reason")).contains("names no organization").contains("nowhere-" + tag);
        assertThat((String) errors.get(1).get("reason")).contains("row 2").contains("rejected");
    }

    @Test
    void oneBadRowAmongGoodOnesIsRejectedAloneWithItsColumn() {
        String tag = unique();
        JsonPath job = csv("officeCode,name,type,creditCode,cityDirected\n"
                + tag + "-1,一" + tag + ",ORGAN,,是\n"
                + tag + "-2,二" + tag + ",ORGAN,914403001922038217,否\n"
                + tag + "-3,三" + tag + ",NOT_A_TYPE,,\n"
                + tag + "-1,重复" + tag + ",ORGAN,,\n"
                + tag + "-5,\"五,\"\"引号\"\"" + tag + "\",ORGAN,,\n", "");
        assertThat(job.getLong("rowsAccepted")).isEqualTo(2);
        assertThat(job.getLong("rowsRejected")).isEqualTo(3);
        List<Map<String, Object>> errors = errors(job);
        assertThat(errors).extracting(error -> error.get("row")).containsExactly(3, 4, 5);
        assertThat(errors).extracting(error -> error.get("column")).containsExactly("creditCode", "type", "officeCode");
        assertThat((String) errors.get(0).get("reason")).contains("check character");
        assertThat((String) errors.get(2).get("reason")).contains("already on row 2");
        assertThat(named("一" + tag)).hasSize(1);
        assertThat(named("五,\"引号\"" + tag)).hasSize(1);
    }

    @Test
    void aDryRunValidatesAndWritesNothing() {
        String tag = unique();
        JsonPath job = csv(villageAndTownship(tag) + tag + "-x,坏行" + tag + ",村,unknown-" + tag + "\n", "?dryRun=true");
        assertThat(job.getBoolean("dryRun")).isTrue();
        assertThat(job.getLong("rowsAccepted")).isEqualTo(3);
        assertThat(job.getLong("rowsInserted")).isEqualTo(3);
        assertThat(job.getLong("rowsRejected")).isEqualTo(1);
        assertThat(named("城关镇党委" + tag)).isEmpty();
        assertThat(named("测试县委" + tag)).isEmpty();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String tag = unique();
        String file = villageAndTownship(tag);
        csv(file, "");
        String township = idOf("城关镇党委" + tag);
        JsonPath again = csv(file, "");
        assertThat(again.getLong("rowsInserted")).isZero();
        assertThat(again.getLong("rowsUpdated")).isZero();
        assertThat(again.getLong("rowsUnchanged")).isEqualTo(3);
        assertThat(idOf("城关镇党委" + tag)).isEqualTo(township);
        JsonPath renamed = csv(file.replace("东街村党支部" + tag, "西街村党支部" + tag), "");
        assertThat(renamed.getLong("rowsUpdated")).isEqualTo(1);
        assertThat(named("西街村党支部" + tag).get(0).get("parentId")).isEqualTo(township);
        assertThat(named("东街村党支部" + tag)).isEmpty();
    }

    @Test
    void aFileCutInsideAQuotedFieldFailsAndWritesNothing() {
        String tag = unique();
        JsonPath job = csv("officeCode,name,type\n" + tag + "-1,好" + tag + ",ORGAN\n" + tag + "-2,\"切断" + tag, "");
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("ends inside a quoted field");
        assertThat(job.getLong("rowsAccepted")).isZero();
        assertThat(named("好" + tag)).isEmpty();
    }

    @Test
    void aHeaderThatNamesNoColumnIsAProblem() {
        upload("text/csv", "officeCode,name,type,colour\n".getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("colour"));
        upload("text/csv", "officeCode,name\n".getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(400).body("errors[0].message", containsString("type"));
        upload("text/csv", new byte[0], "").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void anUnknownCharsetIsAProblem() {
        upload("text/csv", "officeCode,name,type\n".getBytes(StandardCharsets.UTF_8), "?charset=klingon")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("charset"));
    }

    @Test
    void integrationMayImportButATeamMemberMayNot() {
        String tag = unique();
        RestAssured.given().auth().oauth2(Tokens.as("INTEGRATION").sign()).contentType("text/csv")
                .body(("officeCode,name,type\n" + tag + ",接口" + tag + ",ORGAN\n").getBytes(StandardCharsets.UTF_8))
                .post("/imports/organizations").then().statusCode(202);
        RestAssured.given().auth().oauth2(Tokens.as("TEAM_MEMBER").sign()).contentType("text/csv")
                .body("officeCode,name,type\n".getBytes(StandardCharsets.UTF_8))
                .post("/imports/organizations").then().statusCode(403);
    }

    @Test
    void anUnknownJobIsNotFoundAndABadCursorIsAFieldError() {
        RestAssured.given().auth().oauth2(api.office()).get("/imports/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        JsonPath job = csv("officeCode,name,type\n" + unique() + ",某" + unique() + ",ORGAN\n", "");
        RestAssured.given().auth().oauth2(api.office()).queryParam("cursor", "not-a-cursor")
                .get("/imports/" + job.getString("id") + "/errors").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aReImportPlacesItsNewOrganizationsUnderRegisteredOnes() {
        String tag = unique();
        String file = "officeCode,name,type,parentCode\n" + tag + ",县" + tag + ",COUNTY,\n"
                + tag + "-1,镇" + tag + ",TOWNSHIP," + tag + "\n";
        csv(file, "");
        JsonPath again = csv(file + tag + "-1-1,村" + tag + ",VILLAGE," + tag + "-1\n"
                + tag + "-1-1-1,组" + tag + ",VILLAGE," + tag + "-1-1\n", "");
        assertThat(again.getLong("rowsInserted")).isEqualTo(2);
        assertThat(again.getLong("rowsUnchanged")).isEqualTo(2);
        assertThat(named("村" + tag).get(0).get("parentId")).isEqualTo(idOf("镇" + tag));
        assertThat(named("组" + tag).get(0).get("parentId")).isEqualTo(idOf("村" + tag));
    }

    @Test
    void aRegisteredOrganizationMovedOrLoopedThroughIsARowError() {
        String tag = unique();
        csv("officeCode,name,type,parentCode\n" + tag + ",县" + tag + ",COUNTY,\n"
                + tag + "-1,镇" + tag + ",TOWNSHIP," + tag + "\n" + tag + "-1-1,村" + tag + ",VILLAGE," + tag + "-1\n", "");

        JsonPath moved = csv("officeCode,name,type,parentCode\n" + tag + "-2,乡" + tag + ",TOWNSHIP," + tag + "\n"
                + tag + "-1-1,村" + tag + ",VILLAGE," + tag + "-2\n", "");
        assertThat(moved.getLong("rowsRejected")).isEqualTo(1);
        assertThat((String) errors(moved).get(0).get("reason")).contains("another parent");
        assertThat(named("村" + tag).get(0).get("parentId")).isEqualTo(idOf("镇" + tag));

        JsonPath looped = csv("officeCode,name,type,parentCode\n" + tag + "-1,镇" + tag + ",TOWNSHIP," + tag + "-1-1\n"
                + tag + "-1-1,村" + tag + ",VILLAGE," + tag + "-1\n" + tag + "-1-2,屯" + tag + ",VILLAGE," + tag + "-1\n", "");
        assertThat(looped.getLong("rowsRejected")).isEqualTo(3);
        assertThat(errors(looped)).allSatisfy(error -> assertThat((String) error.get("reason")).contains("cycle"));
        assertThat(named("屯" + tag)).isEmpty();
    }
}
