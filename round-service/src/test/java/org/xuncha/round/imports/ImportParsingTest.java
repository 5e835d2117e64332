package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploads: CSV records, character sets, headers in English or Chinese, row rules. */
class ImportParsingTest {

    @TempDir
    Path folder;

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
    void headersAreReadInEnglishOrChinese() {
        assertThat(OrganizationColumns.of("上级编码")).contains("parentCode");
        assertThat(OrganizationColumns.of("parent_credit_code")).contains("parentCreditCode");
        assertThat(OrganizationColumns.of(" Office Code ")).contains("officeCode");
        assertThat(OrganizationColumns.of("colour")).isEmpty();
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(() -> RowSource.csv(new StringReader("编码,名称\n"))).isInstanceOf(MalformedFile.class)
                .hasMessageContaining("type");
    }

    @Test
    void chineseTypeNamesAndYesNoAreRead() throws Exception {
        RowSource rows = RowSource.csv(new StringReader("编码,名称,类型,市委直管\nA,某村,村,是\nB,某镇,镇,maybe\n"));
        Object village = OrganizationRow.check(rows.next());
        assertThat(village).isInstanceOfSatisfying(OrganizationRow.class, row -> {
            assertThat(row.type().name()).isEqualTo("VILLAGE");
            assertThat(row.cityDirected()).isTrue();
        });
        assertThat(OrganizationRow.check(rows.next())).isEqualTo(new OrganizationRow.Rejection("cityDirected",
                "'maybe' is not yes or no (true/false, 是/否, 1/0)"));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsARowError() throws Exception {
        RowSource rows = RowSource.csv(new StringReader("officeCode,name,type\nA,B\n"));
        SourceRow row = rows.next();
        assertThat(row.error()).contains("2 fields").contains("3");
        assertThat(List.of(row.line())).containsExactly(2L);
    }
}
