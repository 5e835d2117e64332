package org.xuncha.round.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A document laid out as party and government organs lay out their official documents
 * (GB/T 9704-2012): A4, margins of 37 mm top, 35 mm bottom, 28 mm left and 26 mm right, the title in
 * 方正小标宋简体 二号 centred, the body in 仿宋_GB2312 三号 with a two-character first-line indent at a
 * fixed 28.95 pt (22 lines a page), and the page number "— 1 —" in 宋体 四号 at the foot.
 */
public final class OfficialDocument {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";
    static final long A4_WIDTH = 11906;
    static final long A4_HEIGHT = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private OfficialDocument() {
    }

    /** The document with its title and paragraphs, as the bytes of a {@code .docx}. */
    public static byte[] write(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingBetween(28.95, LineSpacingRule.EXACT);
            heading.setSpacingAfter(580);
            text(heading, title, TITLE_FONT, 22);
            for (String body : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                paragraph.setIndentationFirstLine(640);
                paragraph.setSpacingBetween(28.95, LineSpacingRule.EXACT);
                text(paragraph, body, BODY_FONT, 16);
            }
            pageNumbers(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setFooter(twips(28));
    }

    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, "— ", PAGE_NUMBER_FONT, 14);
        XWPFRun number = paragraph.createRun();
        font(number, PAGE_NUMBER_FONT, 14);
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        number.getCTR().addNewInstrText().setStringValue(" PAGE ");
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        text(paragraph, " —", PAGE_NUMBER_FONT, 14);
    }

    private static void text(XWPFParagraph paragraph, String text, String font, int points) {
        XWPFRun run = paragraph.createRun();
        font(run, font, points);
        run.setText(text);
    }

    private static void font(XWPFRun run, String font, int points) {
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }
}
