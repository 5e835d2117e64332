package org.xuncha.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx template of a kind of import, from its {@link Columns}: a sheet named after the kind with
 * the Chinese headers (the English name, and whether the column is required, in each header's
 * comment, which an upload does not read), one example row, and a drop-down list (data validation)
 * on every enumerated column whose values stand on a hidden sheet {@value #CHOICES}. Filled in and
 * uploaded unchanged, it imports: the header is read as CSV's, the kind's sheet is the one read.
 */
public final class ImportTemplate {

    /** The hidden sheet holding each enumerated column's values, a column of it per column. */
    public static final String CHOICES = "choices";

    private ImportTemplate() {
    }

    /** The file name a template is downloaded as. */
    public static String fileName(Columns columns) {
        return columns.kind() + ".xlsx";
    }

    public static void write(Columns columns, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(columns.kind());
            Sheet choices = workbook.createSheet(CHOICES);
            workbook.setSheetHidden(workbook.getSheetIndex(choices), true);

            XSSFCellStyle headerStyle = (XSSFCellStyle) workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            XSSFCellStyle requiredStyle = (XSSFCellStyle) workbook.createCellStyle();
            requiredStyle.cloneStyleFrom(headerStyle);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(Font.COLOR_RED);
            requiredStyle.setFont(red);

            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper validations = sheet.getDataValidationHelper();
            List<String> all = columns.all();
            List<String> required = columns.required();
            int enumerated = 0;
            for (int i = 0; i < all.size(); i++) {
                String column = all.get(i);
                boolean mandatory = required.contains(column);
                var cell = header.createCell(i);
                cell.setCellValue(columns.chinese(column));
                cell.setCellStyle(mandatory ? requiredStyle : headerStyle);
                List<String> values = columns.choices(column);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(column
                        + (mandatory ? " (required)" : "") + (values.isEmpty() ? "" : ": one of " + String.join(", ", values))));
                comment.setAuthor("xuncha");
                cell.setCellComment(comment);

                example.createCell(i).setCellValue(columns.example(column));
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, columns.chinese(column).length() * 3 + 4)) * 256);

                if (!values.isEmpty()) {
                    for (int v = 0; v < values.size(); v++) {
                        Row row = choices.getRow(v) == null ? choices.createRow(v) : choices.getRow(v);
                        row.createCell(enumerated).setCellValue(values.get(v));
                    }
                    String letter = CellReference.convertNumToColString(enumerated);
                    DataValidationConstraint list = validations.createFormulaListConstraint(
                            CHOICES + "!$" + letter + "$1:$" + letter + "$" + values.size());
                    DataValidation validation = validations.createValidation(list, new CellRangeAddressList(1,
                            SpreadsheetVersion.EXCEL2007.getLastRowIndex(), i, i));
                    validation.setSuppressDropDownArrow(true);
                    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                    validation.createErrorBox(columns.chinese(column), "one of " + String.join(", ", values));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                    enumerated++;
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
