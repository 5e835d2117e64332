package org.xuncha.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A document laid out as party and government organs lay out their official documents
 * (GB/T 9704-2012), written as a {@code .docx} with Apache POI:
 * <ul>
 * <li>A4, margins of 37 mm top, 35 mm bottom, 28 mm left and 26 mm right;</li>
 * <li>optionally the issuing body (发文机关标志) in red 方正小标宋简体 and the document number (发文字号) above a
 * red rule;</li>
 * <li>the title in 方正小标宋简体 二号 centred; the addressee (主送机关) flush left;</li>
 * <li>the body in 仿宋_GB2312 三号 with a two-character first-line indent at a fixed 28.95 pt (22 lines a
 * page); first-level headings (一、) in 黑体, second-level (（一）) in 楷体_GB2312, third-level (1.) in bold
 * 仿宋_GB2312; tables in 仿宋_GB2312 四号 with a 黑体 heading row repeated on every page;</li>
 * <li>the note of attachments (附件：1．…), the signature (落款) and date (成文日期) to the right, then
 * each attachment on a page of its own, labelled 附件1, 附件2 in 黑体 with its title centred;</li>
 * <li>the page number "— 1 —" in 宋体 四号 at the foot.</li>
 * </ul>
 * Nothing of any domain: callers say what goes in, in order ({@link #titled}).
 */
public final class OfficialDocument {

    /** A written document and the name to save it under. */
    public record Written(String fileName, byte[] content) {

        /** The answer of a GET carrying it as an attachment. */
        public jakarta.ws.rs.core.Response download() {
            return Download.of(content, MEDIA_TYPE, fileName);
        }
    }

    /** The media type of a {@code .docx}. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING_FONT = "黑体";
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";
    /** A4 in twentieths of a point. */
    public static final long A4_WIDTH = 11906;
    public static final long A4_HEIGHT = 16838;
    /** The margins of GB/T 9704-2012 §5.2.2 in twentieths of a point: 37, 35, 28 and 26 mm. */
    public static final long TOP_MARGIN = twips(37);
    public static final long BOTTOM_MARGIN = twips(35);
    public static final long LEFT_MARGIN = twips(28);
    public static final long RIGHT_MARGIN = twips(26);

    private static final String RED = "FF0000";
    private static final int BODY_POINTS = 16;
    private static final int TITLE_POINTS = 22;
    private static final int TABLE_POINTS = 14;
    private static final double LINE = 28.95;
    /** Two characters of 三号 (16 pt), in twentieths of a point. */
    private static final int TWO_CHARACTERS = 640;
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private OfficialDocument() {
    }

    /** A document of a title and body paragraphs, as the bytes of a {@code .docx}. */
    public static byte[] write(String title, List<String> paragraphs) {
        Builder document = titled(title);
        paragraphs.forEach(document::paragraph);
        return document.write();
    }

    /** A document with this title (标题); add its parts in order, then {@link Builder#write()}. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** The Chinese numeral of 1 to 99 as official documents number their headings: 一, 十二, 二十. */
    public static String numeral(int number) {
        if (number < 1 || number > 99) {
            return Integer.toString(number);
        }
        if (number < 10) {
            return DIGITS[number];
        }
        int tens = number / 10;
        int units = number % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }

    /** A day as the date of a document (成文日期) writes it: 2026年12月3日. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** What a body or an attachment holds: paragraphs, headings and tables, in order. */
    public abstract static class Content<S extends Content<S>> {

        final List<Block> blocks = new ArrayList<>();

        abstract S self();

        /** A body paragraph; a line break in the text starts another paragraph. */
        public S paragraph(String text) {
            return add(Style.BODY, text);
        }

        /** A paragraph flush left, without the first-line indent (a list's lead-in, an addressee). */
        public S plain(String text) {
            return add(Style.PLAIN, text);
        }

        /** A paragraph to the right, four characters from the margin, as a signature or a date. */
        public S right(String text) {
            return add(Style.RIGHT, text);
        }

        /** A first-level heading (一、…), in 黑体. */
        public S heading(String text) {
            return add(Style.HEADING, text);
        }

        /** A second-level heading (（一）…), in 楷体_GB2312. */
        public S subheading(String text) {
            return add(Style.SUBHEADING, text);
        }

        /** A third-level heading (1．…), in bold 仿宋_GB2312. */
        public S minorHeading(String text) {
            return add(Style.MINOR_HEADING, text);
        }

        /** A table with a heading row, repeated on every page it runs over, and its rows. */
        public S table(List<String> headings, List<List<String>> rows) {
            for (List<String> row : rows) {
                if (row.size() != headings.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headings.size()
                            + " headings");
                }
            }
            blocks.add(new Table(List.copyOf(headings), rows.stream().map(List::copyOf).toList()));
            return self();
        }

        private S add(Style style, String text) {
            String value = text == null ? "" : text;
            for (String line : value.split("\\R", -1)) {
                blocks.add(new Text(style, line));
            }
            return self();
        }
    }

    /** An attachment (附件): its own page, its label, its title and what it holds. */
    public static final class Attachment extends Content<Attachment> {

        private final String title;

        private Attachment(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        @Override
        Attachment self() {
            return this;
        }
    }

    /** The document's parts, added in the order they are read. */
    public static final class Builder extends Content<Builder> {

        private final String title;
        private String issuer;
        private String number;
        private String addressee;
        private String signature;
        private LocalDate dated;
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        @Override
        Builder self() {
            return this;
        }

        /** The issuing body (发文机关标志), red at the head of the first page. */
        public Builder issuer(String body) {
            this.issuer = body;
            return this;
        }

        /** The document number (发文字号), such as 青巡反〔2026〕3号, under the issuing body. */
        public Builder number(String documentNumber) {
            this.number = documentNumber;
            return this;
        }

        /** The addressee (主送机关), flush left under the title, with its colon. */
        public Builder addressee(String to) {
            this.addressee = to;
            return this;
        }

        /** The signature (发文机关署名) and the date (成文日期) after the body and the note of attachments. */
        public Builder signed(String by, LocalDate on) {
            this.signature = by;
            this.dated = on;
            return this;
        }

        /** An attachment, listed after the body (附件：1．title) and written on pages of its own. */
        public Builder attachment(String attachmentTitle, Consumer<Attachment> content) {
            Attachment attachment = new Attachment(attachmentTitle);
            content.accept(attachment);
            attachments.add(attachment);
            return this;
        }

        /** The document as the bytes of a {@code .docx}. */
        public byte[] write() {
            try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                page(document);
                head(document);
                XWPFParagraph heading = document.createParagraph();
                heading.setAlignment(ParagraphAlignment.CENTER);
                heading.setSpacingBetween(LINE, LineSpacingRule.EXACT);
                heading.setSpacingAfter(580);
                text(heading, title, TITLE_FONT, TITLE_POINTS, false);
                if (addressee != null) {
                    block(document, new Text(Style.PLAIN, addressee));
                }
                blocks.forEach(block -> block(document, block));
                attachmentNote(document);
                signature(document);
                for (int index = 0; index < attachments.size(); index++) {
                    attachment(document, attachments.size() == 1 ? "附件" : "附件" + (index + 1), attachments.get(index));
                }
                pageNumbers(document);
                document.write(out);
                return out.toByteArray();
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot write the document " + title, failure);
            }
        }

        private void head(XWPFDocument document) {
            if (issuer == null && number == null) {
                return;
            }
            if (issuer != null) {
                XWPFParagraph body = document.createParagraph();
                body.setAlignment(ParagraphAlignment.CENTER);
                body.setSpacingBefore(600);
                body.setSpacingAfter(400);
                XWPFRun run = text(body, issuer, TITLE_FONT, 36, false);
                run.setColor(RED);
            }
            XWPFParagraph numbered = document.createParagraph();
            numbered.setAlignment(ParagraphAlignment.CENTER);
            numbered.setSpacingBetween(LINE, LineSpacingRule.EXACT);
            numbered.setSpacingAfter(400);
            numbered.setBorderBottom(Borders.SINGLE);
            numbered.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
            numbered.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
            numbered.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(8));
            text(numbered, number == null ? "" : number, BODY_FONT, BODY_POINTS, false);
        }

        private void attachmentNote(XWPFDocument document) {
            if (attachments.isEmpty()) {
                return;
            }
            document.createParagraph().setSpacingBetween(LINE, LineSpacingRule.EXACT);
            for (int index = 0; index < attachments.size(); index++) {
                String label = index == 0 ? "附件：" : "　　　";
                String numbered = attachments.size() == 1 ? "" : (index + 1) + "．";
                XWPFParagraph note = body(document, TWO_CHARACTERS, 0);
                note.setIndentationFirstLine(0);
                text(note, label + numbered + attachments.get(index).title, BODY_FONT, BODY_POINTS, false);
            }
        }

        private void signature(XWPFDocument document) {
            if (signature == null && dated == null) {
                return;
            }
            document.createParagraph().setSpacingBetween(LINE, LineSpacingRule.EXACT);
            document.createParagraph().setSpacingBetween(LINE, LineSpacingRule.EXACT);
            for (String line : new String[] {signature, dated == null ? null : date(dated)}) {
                if (line != null) {
                    block(document, new Text(Style.RIGHT, line));
                }
            }
        }

        private static void attachment(XWPFDocument document, String label, Attachment attachment) {
            XWPFParagraph labelled = body(document, 0, 0);
            labelled.setPageBreak(true);
            labelled.setIndentationFirstLine(0);
            text(labelled, label, HEADING_FONT, BODY_POINTS, false);
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingBetween(LINE, LineSpacingRule.EXACT);
            heading.setSpacingBefore(580);
            heading.setSpacingAfter(580);
            text(heading, attachment.title, TITLE_FONT, TITLE_POINTS, false);
            attachment.blocks.forEach(block -> block(document, block));
        }
    }

    private enum Style {
        BODY, PLAIN, RIGHT, HEADING, SUBHEADING, MINOR_HEADING
    }

    private sealed interface Block permits Text, Table {
    }

    private record Text(Style style, String text) implements Block {
    }

    private record Table(List<String> headings, List<List<String>> rows) implements Block {
    }

    private static void block(XWPFDocument document, Block block) {
        if (block instanceof Text text) {
            XWPFParagraph paragraph = body(document, 0, text.style() == Style.RIGHT ? 2 * TWO_CHARACTERS : 0);
            switch (text.style()) {
                case BODY -> text(paragraph, text.text(), BODY_FONT, BODY_POINTS, false);
                case PLAIN -> {
                    paragraph.setIndentationFirstLine(0);
                    text(paragraph, text.text(), BODY_FONT, BODY_POINTS, false);
                }
                case RIGHT -> {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                    paragraph.setIndentationFirstLine(0);
                    text(paragraph, text.text(), BODY_FONT, BODY_POINTS, false);
                }
                case HEADING -> text(paragraph, text.text(), HEADING_FONT, BODY_POINTS, false);
                case SUBHEADING -> text(paragraph, text.text(), SUBHEADING_FONT, BODY_POINTS, false);
                case MINOR_HEADING -> text(paragraph, text.text(), BODY_FONT, BODY_POINTS, true);
            }
        } else if (block instanceof Table table) {
            table(document, table);
        }
    }

    private static XWPFParagraph body(XWPFDocument document, int left, int right) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        if (left > 0) {
            paragraph.setIndentationLeft(left);
        }
        if (right > 0) {
            paragraph.setIndentationRight(right);
        }
        paragraph.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        return paragraph;
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFTable written = document.createTable(table.rows().size() + 1, table.headings().size());
        written.setWidth("100%");
        written.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow headingRow = written.getRow(0);
        headingRow.setRepeatHeader(true);
        headingRow.setCantSplitRow(true);
        for (int column = 0; column < table.headings().size(); column++) {
            cell(headingRow.getCell(column), table.headings().get(column), HEADING_FONT, ParagraphAlignment.CENTER);
        }
        for (int row = 0; row < table.rows().size(); row++) {
            List<String> cells = table.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                cell(written.getRow(row + 1).getCell(column), cells.get(column), BODY_FONT, ParagraphAlignment.LEFT);
            }
        }
        // a table is followed by a paragraph, as Word itself keeps one between a table and what follows
        document.createParagraph().setSpacingBetween(LINE, LineSpacingRule.EXACT);
    }

    private static void cell(XWPFTableCell cell, String value, String font, ParagraphAlignment alignment) {
        String[] lines = (value == null ? "" : value).split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            XWPFParagraph paragraph = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(alignment);
            text(paragraph, lines[index], font, TABLE_POINTS, false);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP_MARGIN));
        margins.setBottom(BigInteger.valueOf(BOTTOM_MARGIN));
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
        margins.setFooter(BigInteger.valueOf(twips(28)));
    }

    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, "— ", PAGE_NUMBER_FONT, 14, false);
        XWPFRun number = paragraph.createRun();
        font(number, PAGE_NUMBER_FONT, 14);
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        number.getCTR().addNewInstrText().setStringValue(" PAGE ");
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        text(paragraph, " —", PAGE_NUMBER_FONT, 14, false);
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        font(run, font, points);
        if (bold) {
            run.setBold(true);
        }
        run.setText(text);
        return run;
    }

    private static void font(XWPFRun run, String font, int points) {
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
    }

    private static long twips(int millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }
}
