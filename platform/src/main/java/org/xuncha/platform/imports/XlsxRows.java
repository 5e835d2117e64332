package org.xuncha.platform.imports;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, pulled a row at a time from the sheet's XML
 * (excel-streaming-reader on POI's OPC package, a small row cache; POI's ZipSecureFile limits
 * refuse a zip bomb), so memory does not grow with the rows (the workbook's shared strings are
 * held while it is read). The header rules are the CSV ones: the first non-blank row is the
 * header, each header names a column (English or Chinese) or is the ignored reason column, the
 * required columns must be there. A row's number is the one Excel shows; blank rows are skipped;
 * cells become the text the CSV path parses: a date cell ISO {@code yyyy-MM-dd}, a whole number
 * without {@code .0}, a boolean {@code true}/{@code false}, a formula its cached value.
 */
final class XlsxRows implements RowSource {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final List<String> columns;
    private final String sheetName;

    private XlsxRows(Workbook workbook, Iterator<Row> rows, List<String> header, List<String> columns, String sheetName) {
        this.workbook = workbook;
        this.rows = rows;
        this.header = header;
        this.columns = columns;
        this.sheetName = sheetName;
    }

    /** Opens the sheet (named, else the one named after the kind, else the first visible) and reads its header. */
    static XlsxRows open(Path file, String sheet, Columns known) throws IOException {
        Workbook workbook = workbook(file);
        try {
            Sheet chosen = sheet(workbook, sheet, known.kind());
            Iterator<Row> rows;
            try {
                rows = chosen.rowIterator();
            } catch (RuntimeException unreadable) {
                throw unreadable(unreadable, "has a sheet that could not be read");
            }
            Row first = null;
            while (first == null) {
                Row row = next(rows, "its header");
                if (row == null) {
                    throw new MalformedFile("the sheet '" + chosen.getSheetName() + "' is empty: it has no header row");
                }
                if (!blank(row)) {
                    first = row;
                }
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < width(first); i++) {
                header.add(text(first.getCell(i)));
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
                header.remove(header.size() - 1);
            }
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (Columns.isReason(name)) {
                    columns.add(null);
                    continue;
                }
                String cell = new CellReference(first.getRowNum(), i).formatAsString(false);
                if (name.isBlank()) {
                    throw new MalformedFile("the header cell " + cell + " is blank: every column of the header needs a name");
                }
                columns.add(known.named(name).orElseThrow(() -> new MalformedFile("the header '" + name.strip() + "' (cell "
                        + cell + ") names no column of " + known.kind() + "; the columns are " + known.all())));
            }
            for (String required : known.required()) {
                if (!columns.contains(required)) {
                    throw new MalformedFile("the header has no column " + required);
                }
            }
            return new XlsxRows(workbook, rows, List.copyOf(header), columns, chosen.getSheetName());
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The sheet read. */
    String sheetName() {
        return sheetName;
    }

    @Override
    public SourceRow next() throws IOException {
        Row row;
        do {
            row = next(rows, "a row");
            if (row == null) {
                return null;
            }
        } while (blank(row));
        long line = row.getRowNum() + 1L;
        int width = width(row);
        List<String> fields = new ArrayList<>(Math.max(width, columns.size()));
        Map<String, String> values = new HashMap<>();
        String errorColumn = null;
        String error = null;
        for (int i = 0; i < Math.max(width, columns.size()); i++) {
            Cell cell = row.getCell(i);
            String text = text(cell);
            if (i >= columns.size()) {
                if (!text.isBlank() && error == null) {
                    error = "has a value in cell " + new CellReference(row.getRowNum(), i).formatAsString(false)
                            + ", beyond the header's " + columns.size() + " columns";
                }
                continue;
            }
            fields.add(text);
            String column = columns.get(i);
            if (column == null) {
                continue;
            }
            if (cell != null && effectiveType(cell) == CellType.ERROR && error == null) {
                errorColumn = column;
                error = "is an Excel error (" + errorText(cell) + ") in cell "
                        + new CellReference(row.getRowNum(), i).formatAsString(false);
            }
            values.put(column, text);
        }
        if (error != null) {
            return new SourceRow(line, Map.of(), errorColumn, error, fields);
        }
        return new SourceRow(line, values, null, null, fields);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The workbook, or why the file is none: not a zip of Office Open XML, encrypted, an .xls, a zip bomb. */
    static Workbook workbook(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new MalformedFile("the file is empty: it is no .xlsx workbook");
            }
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            throw new MalformedFile(encrypted(file)
                    ? "the workbook is encrypted (password-protected): save it without a password and upload it again"
                    : "the file is an Excel 97-2003 workbook (.xls) or another OLE2 document: save it as .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw new MalformedFile("the file is no .xlsx workbook (a zip of Office Open XML parts); its content "
                    + "looks like " + magic.name().toLowerCase(Locale.ROOT));
        }
        try {
            return StreamingReader.builder().rowCacheSize(100).bufferSize(8192).setReadComments(false)
                    .setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                    .setReadSharedFormulas(false).setFullFormatRichText(false).open(file.toFile());
        } catch (RuntimeException unreadable) {
            throw unreadable(unreadable, "could not be opened");
        }
    }

    private static boolean encrypted(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || ole.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static Sheet sheet(Workbook workbook, String asked, String kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        if (asked != null && !asked.isBlank()) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(asked.strip())) {
                    return sheetAt(workbook, i);
                }
            }
            throw new MalformedFile("sheet", "the workbook has no sheet '" + asked.strip() + "'; its sheets are " + names);
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(kind)) {
                return sheetAt(workbook, i);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return sheetAt(workbook, i);
            }
        }
        throw new MalformedFile("the workbook has no visible sheet");
    }

    private static Sheet sheetAt(Workbook workbook, int index) {
        try {
            return workbook.getSheetAt(index);
        } catch (RuntimeException unreadable) {
            throw unreadable(unreadable, "has a sheet that could not be read");
        }
    }

    /** The next row, a failure to read it (a cut zip, bad XML, a zip bomb) a MalformedFile. */
    private static Row next(Iterator<Row> rows, String what) {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException unreadable) {
            throw unreadable(unreadable, "could not be read to its end (at " + what + ")");
        }
    }

    private static MalformedFile unreadable(RuntimeException e, String what) {
        StringBuilder reasons = new StringBuilder();
        boolean bomb = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                bomb = true;
            }
            if (message != null && !message.isBlank() && reasons.indexOf(message) < 0) {
                reasons.append(reasons.length() == 0 ? "" : "; ").append(message.strip());
            }
        }
        if (bomb) {
            return new MalformedFile("the workbook expands far beyond its compressed size (a zip bomb, refused by "
                    + "POI's ZipSecureFile limits): save it again from Excel");
        }
        String reason = reasons.length() > 300 ? reasons.substring(0, 300) + "…" : reasons.toString();
        return new MalformedFile("the workbook " + what + ": it is no valid .xlsx workbook"
                + (reason.isEmpty() ? "" : " (" + reason + ")"));
    }

    private static int width(Row row) {
        return Math.max(0, row.getLastCellNum());
    }

    private static boolean blank(Row row) {
        for (int i = 0; i < width(row); i++) {
            if (!text(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static CellType effectiveType(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException unknown) {
            return "#ERROR";
        }
    }

    /** A cell as the text a CSV field would hold; blank for no cell. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> number(cell);
            case ERROR -> errorText(cell);
            default -> "";
        };
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime at = cell.getLocalDateTimeCellValue();
            if (at != null) {
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.format(DATE_TIME);
            }
        }
        return plain(cell.getNumericCellValue());
    }

    /** A number without exponent or trailing zeros: 126000, 0.5, -3. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
