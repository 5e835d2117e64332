package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** Importing organizations from Excel workbooks, and the templates an office fills in and uploads unchanged. */
@QuarkusTest
class XlsxImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Response upload(byte[] workbook, String query) {
        return RestAssured.given().auth().oauth2(api.office()).contentType(XLSX).body(workbook)
                .post("/imports/organizations" + query);
    }

    private JsonPath imported(byte[] workbook, String query) {
        Response accepted = upload(workbook, query);
        accepted.then().log().ifValidationFails().statusCode(202).header("Location", containsString("/imports/"));
        return api.importEnded(accepted.header("Location"));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private List<Map<String, Object>> named(String name) {
        return api.as(api.office()).queryParam("name", name).get("/organizations")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** A sheet "registry" as an office keeps it: a county, then a village before its township, a blank row, a bad row. */
    private static byte[] registry(String tag) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("registry");
        String[][] rows = {
                {"编码", "名称", "类型", "上级编码", "市委直管"},
                {tag, "表格县委" + tag, "县", "", "否"},
                {tag + "-001-01", "表格村党支部" + tag, "村", tag + "-001", ""},
                {tag + "-001", "表格镇党委" + tag, "乡镇", tag, ""},
                {},
                {tag + "-X", "表格未知" + tag, "星球", tag, ""}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        sheet.getRow(3).getCell(4).setCellValue(true);
        return bytes(workbook);
    }

    @Test
    void aWorkbookImportsItsTreeAndItsRejectedRowsComeBackAsAWorkbook() throws Exception {
        String tag = unique();
        JsonPath job = imported(registry(tag), "?sheet=registry");

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("format")).isEqualTo("xlsx");
        assertThat(job.getLong("rowsRead")).isEqualTo(4);
        assertThat(job.getLong("rowsInserted")).isEqualTo(3);
        assertThat(job.getLong("rowsRejected")).isEqualTo(1);
        String township = (String) named("表格镇党委" + tag).get(0).get("id");
        assertThat(named("表格村党支部" + tag).get(0).get("parentId")).isEqualTo(township);
        assertThat(named("表格镇党委" + tag).get(0).get("cityDirected")).isEqualTo(true);
        List<Map<String, Object>> errors = RestAssured.given().auth().oauth2(api.office())
                .get("/imports/" + job.getString("id") + "/errors").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.get("row")).as("the row as Excel numbers it").isEqualTo(6);
            assertThat(error.get("column")).isEqualTo("type");
        });

        byte[] rejected = RestAssured.given().auth().oauth2(api.office()).get("/imports/" + job.getString("id") + "/rejected")
                .then().statusCode(200).contentType(startsWith(XLSX)).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("错误原因");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(tag + "-X");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).contains("星球");
            // the workbook is written streaming, its strings inline: a new cell, as Excel writes it on saving
            sheet.getRow(1).removeCell(sheet.getRow(1).getCell(2));
            sheet.getRow(1).createCell(2).setCellValue("机关");
            JsonPath fixed = imported(bytes(cloned(workbook)), "");
            String report = fixed.prettify() + RestAssured.given().auth().oauth2(api.office())
                    .get("/imports/" + fixed.getString("id") + "/errors").asString();
            assertThat(fixed.getString("state")).as(report).isEqualTo("SUCCEEDED");
            assertThat(fixed.getLong("rowsInserted")).as(report).isEqualTo(1);
        }
        assertThat(named("表格未知" + tag)).singleElement().satisfies(organ -> assertThat(organ.get("type")).isEqualTo("ORGAN"));
    }

    private static XSSFWorkbook cloned(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theOrganizationTemplateHasDropDownsAndFilledInUploadsUnchanged() throws Exception {
        byte[] template = RestAssured.given().auth().oauth2(api.office()).get("/imports/templates/organizations.xlsx")
                .then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("organizations.xlsx")).extract().asByteArray();
        String tag = unique();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        Sheet sheet = workbook.getSheet("organizations");
        Row header = sheet.getRow(0);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编码");
        assertThat(header.getCell(0).getCellComment().getString().getString()).startsWith("officeCode (required)");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("类型");
        Map<Integer, List<String>> dropDowns = new java.util.TreeMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            List<String> offered = new ArrayList<>();
            for (CellReference cell : new AreaReference(validation.getValidationConstraint().getFormula1(),
                    workbook.getSpreadsheetVersion()).getAllReferencedCells()) {
                offered.add(workbook.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                        .getStringCellValue());
            }
            dropDowns.put(validation.getRegions().getCellRangeAddress(0).getFirstColumn(), offered);
        }
        assertThat(dropDowns).containsOnlyKeys(2, 7);
        assertThat(dropDowns.get(2)).contains("乡镇", "村", "社区", "机关");
        assertThat(dropDowns.get(7)).containsExactly("是", "否");

        Row example = sheet.getRow(1);
        assertThat(example.getCell(2).getStringCellValue()).isEqualTo("乡镇");
        example.getCell(0).setCellValue("T-" + tag);
        example.getCell(1).setCellValue("模板镇党委" + tag);
        JsonPath job = imported(bytes(workbook), "");

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsInserted")).isEqualTo(1);
        assertThat(named("模板镇党委" + tag)).singleElement().satisfies(township -> {
            assertThat(township.get("type")).isEqualTo("TOWNSHIP");
            assertThat(township.get("cityDirected")).isEqualTo(false);
        });
    }

    @Test
    void anUnknownKindHasNoTemplate() {
        RestAssured.given().auth().oauth2(api.office()).get("/imports/templates/planets.xlsx").then().statusCode(404)
                .contentType(startsWith(PROBLEM)).body("detail", containsString("organizations"));
        RestAssured.given().auth().oauth2(org.xuncha.testing.Tokens.as("UNIT").sign())
                .get("/imports/templates/organizations.xlsx").then().statusCode(403);
    }

    @Test
    void aBrokenEncryptedOrSheetlessWorkbookIsRefusedNamingTheField() throws Exception {
        upload("编码,名称,类型\nA,甲,村\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("xlsx"));
        byte[] whole = registry(unique());
        upload(java.util.Arrays.copyOf(whole, whole.length / 2), "").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        upload(whole, "?sheet=organizations").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("sheet")).body("errors[0].message", containsString("registry"));

        POIFSFileSystem ole = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream data = encryptor.getDataStream(ole)) {
            data.write(whole);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        ole.writeFilesystem(encrypted);
        ole.close();
        upload(encrypted.toByteArray(), "").then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("encrypted"));
    }
}
