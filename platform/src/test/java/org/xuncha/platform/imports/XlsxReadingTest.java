package org.xuncha.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx uploads streaming: header rules, cell conversions, sheets, refused workbooks, templates. */
class XlsxReadingTest {

    static final Columns THINGS = Columns.of("things").column("code", true, "编码").column("name", true, "名称")
            .column("size", false, "大小").column("since", false, "日期").column("level", false, "级别")
            .choices("level", "高", "中", "低").example("code", "T-1").example("name", "样例").example("level", "中");

    @TempDir
    Path folder;

    private Path write(Workbook workbook) throws Exception {
        Path file = Files.createTempFile(folder, "book", ".xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static List<SourceRow> all(RowSource rows) throws Exception {
        List<SourceRow> read = new ArrayList<>();
        try (rows) {
            SourceRow row;
            while ((row = rows.next()) != null) {
                read.add(row);
            }
        }
        return read;
    }

    /** A workbook with a sheet of things: Chinese headers and a reason column, a date, numbers, a blank row. */
    private Path things() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("not the data");
        Sheet sheet = workbook.createSheet("things");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        Row header = sheet.createRow(0);
        String[] names = {"编码", "名称", "大小", "日期", "错误原因"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue(410622);
        first.createCell(1).setCellValue("城关镇");
        first.createCell(2).setCellValue(126000.0);
        first.createCell(3).setCellValue(LocalDate.of(2019, 3, 1));
        first.getCell(3).setCellStyle(date);
        first.createCell(4).setCellValue("an old reason");
        sheet.createRow(2);
        Row third = sheet.createRow(3);
        third.createCell(0).setCellValue("B-2");
        third.createCell(1).setCellValue("东街村");
        third.createCell(2).setCellFormula("1/4");
        third.createCell(3).setCellValue(true);
        Row beyond = sheet.createRow(4);
        beyond.createCell(0).setCellValue("C-3");
        beyond.createCell(1).setCellValue("西街村");
        beyond.createCell(6).setCellValue("stray");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return write(workbook);
    }

    @Test
    void cellsBecomeTheTextTheCsvPathParsesAndRowsAreNumberedAsExcelShowsThem() throws Exception {
        RowSource rows = RowSource.xlsx(things(), null, THINGS);
        assertThat(rows.header()).containsExactly("编码", "名称", "大小", "日期", "错误原因");
        List<SourceRow> read = all(rows);

        assertThat(read).extracting(SourceRow::line).containsExactly(2L, 4L, 5L);
        SourceRow first = read.get(0);
        assertThat(first.values()).containsEntry("code", "410622").containsEntry("name", "城关镇")
                .containsEntry("size", "126000").containsEntry("since", "2019-03-01").doesNotContainKey("reason");
        assertThat(first.fields()).containsExactly("410622", "城关镇", "126000", "2019-03-01", "an old reason");
        assertThat(read.get(1).values()).containsEntry("size", "0.25").containsEntry("since", "true");
        assertThat(read.get(2).error()).contains("G5");
        assertThat(read.get(2).fields()).hasSize(5);
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneNamesTheSheetField() throws Exception {
        Path file = things();
        assertThatThrownBy(() -> RowSource.xlsx(file, "说明", THINGS)).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("names no column of things");
        assertThatThrownBy(() -> RowSource.xlsx(file, "别的", THINGS)).isInstanceOfSatisfying(MalformedFile.class,
                missing -> {
                    assertThat(missing.field()).isEqualTo("sheet");
                    assertThat(missing.getMessage()).contains("别的").contains("说明").contains("things");
                });
        assertThat(all(RowSource.xlsx(file, " THINGS ", THINGS))).hasSize(3);
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefused() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet().createRow(2);
        header.createCell(0).setCellValue("编码");
        Path file = write(workbook);
        assertThatThrownBy(() -> RowSource.xlsx(file, null, THINGS)).isInstanceOfSatisfying(MalformedFile.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("body");
                    assertThat(refused.getMessage()).contains("no column name");
                });
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path csv = Files.writeString(folder.resolve("things.csv"), "编码,名称\nA,甲\n");
        assertThatThrownBy(() -> RowSource.xlsx(csv, null, THINGS)).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("no .xlsx workbook");
        Path empty = Files.write(folder.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> RowSource.xlsx(empty, null, THINGS)).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aWorkbookCutInTheMiddleIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(things());
        Path cut = Files.write(folder.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> all(RowSource.xlsx(cut, null, THINGS))).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("workbook");
    }

    @Test
    void anEncryptedWorkbookIsRefusedAsSuch() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("things").createRow(0).createCell(0).setCellValue("编码");
            workbook.write(plain);
        }
        Path file = folder.resolve("secret.xlsx");
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(ole)) {
                data.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                ole.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> RowSource.xlsx(file, null, THINGS)).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws Exception {
        Path source = things();
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                            + ".org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> all(RowSource.xlsx(bomb, null, THINGS))).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aTemplateHasTheHeadersAnExampleRowAndDropDownsAndReadsBack() throws Exception {
        Path file = folder.resolve("things.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ImportTemplate.write(THINGS, out);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("things");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编码");
            assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString()).contains("code (required)");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(ImportTemplate.CHOICES))).isTrue();
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation level = validations.get(0);
            assertThat(level.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(4);
            AreaReference area = new AreaReference(level.getValidationConstraint().getFormula1(),
                    workbook.getSpreadsheetVersion());
            List<String> offered = new ArrayList<>();
            for (CellReference cell : area.getAllReferencedCells()) {
                offered.add(workbook.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                        .getStringCellValue());
            }
            assertThat(offered).containsExactly("高", "中", "低");
        }
        List<SourceRow> rows = all(RowSource.xlsx(file, null, THINGS));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).values()).containsEntry("code", "T-1").containsEntry("name", "样例")
                .containsEntry("level", "中").containsEntry("size", "");
    }

    @Test
    void rejectedRowsComeBackAsAWorkbookWhoseReasonColumnIsIgnored() throws Exception {
        Path file = folder.resolve("rejected.xlsx");
        try (RejectedRows rows = RejectedRows.xlsx(Files.newOutputStream(file), "things", List.of("编码", "名称"))) {
            rows.write(List.of("A-1", "甲"), "name: must not be blank");
        }
        RowSource back = RowSource.xlsx(file, null, THINGS);
        assertThat(back.header()).containsExactly("编码", "名称", "错误原因");
        List<SourceRow> read = all(back);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).values()).containsOnlyKeys("code", "name").containsEntry("code", "A-1");
    }
}
