package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.RowSource;

/** Reading organization rows: headers in English or Chinese, row rules (the generic reading: ImportReadingTest). */
class ImportParsingTest {

    @Test
    void headersAreReadInEnglishOrChinese() {
        assertThat(OrganizationColumns.of("上级编码")).contains("parentCode");
        assertThat(OrganizationColumns.of("parent_credit_code")).contains("parentCreditCode");
        assertThat(OrganizationColumns.of(" Office Code ")).contains("officeCode");
        assertThat(OrganizationColumns.of("colour")).isEmpty();
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(() -> RowSource.csv(new StringReader("编码,名称\n"), OrganizationColumns.COLUMNS))
                .isInstanceOf(MalformedFile.class).hasMessageContaining("type");
    }

    @Test
    void chineseTypeNamesAndYesNoAreRead() throws Exception {
        RowSource rows = RowSource.csv(new StringReader("编码,名称,类型,市委直管\nA,某村,村,是\nB,某镇,镇,maybe\n"),
                OrganizationColumns.COLUMNS);
        Object village = OrganizationRow.check(rows.next());
        assertThat(village).isInstanceOfSatisfying(OrganizationRow.class, row -> {
            assertThat(row.type().name()).isEqualTo("VILLAGE");
            assertThat(row.cityDirected()).isTrue();
        });
        assertThat(OrganizationRow.check(rows.next())).isEqualTo(new OrganizationRow.Rejection("cityDirected",
                "'maybe' is not yes or no (true/false, 是/否, 1/0)"));
    }
}
