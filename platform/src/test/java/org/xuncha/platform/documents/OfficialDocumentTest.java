package org.xuncha.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The writer's layout, read back with POI as Word would read it. */
class OfficialDocumentTest {

    @Test
    void theDocumentHasTheStandardPageHeadBodyAttachmentsAndPageNumbers() throws Exception {
        byte[] docx = OfficialDocument.titled("关于某事的通知").issuer("中共青禾区委巡察工作领导小组")
                .number("青巡〔2026〕3号").addressee("城关镇党委：").paragraph("第一段。\n第二段。")
                .heading("一、问题").subheading("（一）小问题").minorHeading("1．更小的问题")
                .table(List.of("序号", "问题"), List.of(List.of("1", "账外资金")))
                .signed("青禾区委第一巡察组", LocalDate.of(2026, 12, 3))
                .attachment("问题清单", list -> list.paragraph("清单内容"))
                .attachment("追责问责清单", list -> list.plain("无"))
                .write();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> !text.isEmpty()).toList();
            assertThat(texts).containsExactly("中共青禾区委巡察工作领导小组", "青巡〔2026〕3号", "关于某事的通知",
                    "城关镇党委：", "第一段。", "第二段。", "一、问题", "（一）小问题", "1．更小的问题",
                    "附件：1．问题清单", "　　　2．追责问责清单", "青禾区委第一巡察组", "2026年12月3日",
                    "附件1", "问题清单", "清单内容", "附件2", "追责问责清单", "无");
            assertThat(run(document, "中共青禾区委巡察工作领导小组").getColor()).isEqualTo("FF0000");
            assertThat(run(document, "关于某事的通知").getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(OfficialDocument.TITLE_FONT);
            assertThat(run(document, "关于某事的通知").getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(run(document, "第一段。").getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(OfficialDocument.BODY_FONT);
            assertThat(run(document, "第一段。").getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run(document, "一、问题").getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(OfficialDocument.HEADING_FONT);
            assertThat(run(document, "（一）小问题").getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(OfficialDocument.SUBHEADING_FONT);
            assertThat(run(document, "1．更小的问题").isBold()).isTrue();
            assertThat(paragraph(document, "附件1").isPageBreak()).isTrue();
            assertThat(paragraph(document, "附件2").isPageBreak()).isTrue();

            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("问题");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("账外资金");
            List<IBodyElement> elements = document.getBodyElements();
            assertThat(elements.indexOf(table)).isGreaterThan(elements.indexOf(paragraph(document, "1．更小的问题")))
                    .isLessThan(elements.indexOf(paragraph(document, "附件：1．问题清单")));

            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("2098");
            assertThat(section.getPgMar().getBottom()).hasToString("1984");
            assertThat(section.getPgMar().getLeft()).hasToString("1587");
            assertThat(section.getPgMar().getRight()).hasToString("1474");
            assertThat(document.getFooterList().get(0).getText().strip()).startsWith("— ").endsWith(" —");
            assertThat(document.getFooterList().get(0)._getHdrFtr().xmlText()).contains("PAGE");
        }
    }

    @Test
    void headingsAreNumberedInChineseAndDatesWrittenAsDocumentsWriteThem() {
        assertThat(List.of(1, 9, 10, 11, 20, 23, 99).stream().map(OfficialDocument::numeral))
                .containsExactly("一", "九", "十", "十一", "二十", "二十三", "九十九");
        assertThat(OfficialDocument.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
    }

    @Test
    void theFileNameTravelsInUtf8WithAnAsciiFallback() {
        assertThat(Download.disposition("城关镇 反馈意见.docx"))
                .isEqualTo("attachment; filename=\"document.docx\"; filename*=UTF-8''"
                        + "%E5%9F%8E%E5%85%B3%E9%95%87%20%E5%8F%8D%E9%A6%88%E6%84%8F%E8%A7%81.docx");
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static XWPFRun run(XWPFDocument document, String text) {
        return paragraph(document, text).getRuns().get(0);
    }
}
