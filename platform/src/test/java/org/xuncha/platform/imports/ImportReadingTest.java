package org.xuncha.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploads whatever their kind: CSV records, character sets, BOM, headers, NDJSON. */
class ImportReadingTest {

    static final Columns THINGS = Columns.of("things").column("code", true, "编码").column("name", true, "名称")
            .column("size", false, "大小");

    @TempDir
    Path folder;

    @Test
    void enumeratedColumnsKeepTheirChoicesInOrder() {
        Columns kinds = Columns.of("kinds").column("code", true).column("level", false, "级别")
                .choices("level", "TOWNSHIP", "VILLAGE");
        assertThat(kinds.choices("level")).containsExactly("TOWNSHIP", "VILLAGE");
        assertThat(kinds.choices("code")).isEmpty();
        assertThat(kinds.enumerated()).containsExactly("level");
        assertThatThrownBy(() -> kinds.choices("colour", "RED")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws Exception {
        CsvRecords records = new CsvRecords(new StringReader("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\n"));
        assertThat(records.next()).containsExactly("a", "b");
        assertThat(records.next()).containsExactly("x,1", "say \"hi\"");
        assertThat(records.next()).containsExactly("two\nlines", "z");
        assertThat(records.recordLine()).isEqualTo(3);
        assertThat(records.next()).isNull();
    }

    @Test
    void aFileEndingInsideAQuoteIsMalformed() throws Exception {
        CsvRecords records = new CsvRecords(new StringReader("a\n\"cut"));
        records.next();
        assertThatThrownBy(records::next).isInstanceOf(MalformedFile.class).hasMessageContaining("line 2");
    }

    @Test
    void gbkIsDetectedAndUtf8IsNot() throws Exception {
        Path gbk = folder.resolve("gbk.csv");
        Files.write(gbk, "编码,名称,类型\n".getBytes(Charset.forName("GBK")));
        Path utf8 = folder.resolve("utf8.csv");
        Files.write(utf8, "编码,名称,类型\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Charsets.detect(gbk)).isEqualTo(Charsets.GB18030);
        assertThat(Charsets.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheFirstHeaderStillNamesItsColumn() throws Exception {
        Path bom = folder.resolve("bom.csv");
        byte[] text = "编码,名称\nA,甲\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        assertThat(Charsets.detect(bom)).isEqualTo(StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.csv(Uploads.open(bom, StandardCharsets.UTF_8), THINGS)) {
            assertThat(rows.next().values()).containsEntry("code", "A").containsEntry("name", "甲");
        }
    }

    @Test
    void headersAreReadInEnglishOrChinese() {
        assertThat(THINGS.named("编码")).contains("code");
        assertThat(THINGS.named(" Size ")).contains("size");
        assertThat(THINGS.named("colour")).isEmpty();
        assertThat(THINGS.chinese("name")).isEqualTo("名称");
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(() -> RowSource.csv(new StringReader("编码,大小\n"), THINGS)).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("name");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsARowError() throws Exception {
        RowSource rows = RowSource.csv(new StringReader("code,name\nA\n"), THINGS);
        SourceRow row = rows.next();
        assertThat(row.error()).contains("1 fields").contains("2");
        assertThat(List.of(row.line())).containsExactly(2L);
    }

    @Test
    void ndjsonKeysNameColumnsAndAnUnknownKeyIsARowError() throws Exception {
        RowSource rows = RowSource.ndjson(new StringReader("{\"code\":\"A\",\"名称\":\"甲\",\"size\":3}\n\n{\"colour\":1}\n[1]\n"),
                new ObjectMapper(), THINGS);
        assertThat(rows.next().values()).containsEntry("code", "A").containsEntry("name", "甲").containsEntry("size", "3");
        SourceRow unknown = rows.next();
        assertThat(unknown.line()).isEqualTo(3);
        assertThat(unknown.errorColumn()).isEqualTo("colour");
        assertThat(rows.next().error()).isEqualTo("is not a JSON object");
        assertThat(rows.next()).isNull();
    }

    @Test
    void anNdjsonArrayIsTheMultiValuedCellItStandsForAndAnArrayInItAnEntrysParts() throws Exception {
        Columns cadres = Columns.of("cadres").column("code", true).column("skills", false).column("postings", false);
        RowSource rows = RowSource.ndjson(new StringReader(String.join("\n",
                        "{\"code\":\"A\",\"skills\":[\"纪检\",\"财务\"],\"postings\":[[\"410622-001\",\"副镇长\",\"2015-03-01\",null],"
                                + "[\"410622-002\",\"镇长\",\"2020-01-01\"]]}",
                        "{\"code\":\"B\",\"skills\":[]}",
                        "{\"code\":\"C\",\"skills\":[\"纪检;财务\"]}",
                        "{\"code\":\"D\",\"postings\":[[\"410622-001|x\"]]}",
                        "{\"code\":\"E\",\"postings\":[[[\"deeper\"]]]}",
                        "{\"code\":\"F\",\"skills\":{\"a\":1}}",
                        "{\"code\":\"G\",\"skills\":[null]}", "")),
                new ObjectMapper(), cadres);
        SourceRow row = rows.next();
        assertThat(row.error()).isNull();
        assertThat(row.values()).containsEntry("skills", "纪检;财务")
                .containsEntry("postings", "410622-001|副镇长|2015-03-01|;410622-002|镇长|2020-01-01");
        assertThat(Cells.list(row.values().get("skills"))).containsExactly("纪检", "财务");
        assertThat(Cells.parts(Cells.list(row.values().get("postings")).get(0))).containsExactly("410622-001", "副镇长",
                "2015-03-01", null);
        assertThat(rows.next().values()).containsEntry("skills", "");
        for (String column : List.of("skills", "postings", "postings", "skills", "skills")) {
            SourceRow refused = rows.next();
            assertThat(refused.errorColumn()).isEqualTo(column);
            assertThat(refused.error()).contains("an array");
        }
        assertThat(rows.next()).isNull();
    }

    @Test
    void yesAndNoAreReadInEnglishDigitsOrChinese() {
        assertThat(Cells.bool("是")).isTrue();
        assertThat(Cells.bool("0")).isFalse();
        assertThat(Cells.bool(null)).isFalse();
        assertThat(Cells.bool("maybe")).isNull();
    }
}
