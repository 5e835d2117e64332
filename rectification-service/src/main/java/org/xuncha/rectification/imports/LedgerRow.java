package org.xuncha.rectification.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.xuncha.platform.imports.Cells;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.rectification.cases.CaseLedger;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.ItemTerm;
import org.xuncha.rectification.ledger.Rectification;

/** The values of one row of a ledger file, read and checked by type; a wrong value is {@link Refused}. */
final class LedgerRow {

    enum Kind { CASE, ITEM }

    /** A row error on a column (absent for the row as a whole). */
    static final class Refused extends RuntimeException {
        final String column;

        Refused(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private static final int MAX_TEXT = 4000;
    private static final int MAX_NUMBER = 64;

    private static final Map<String, Kind> KINDS = Map.of("case", Kind.CASE, "案件", Kind.CASE, "整改案件", Kind.CASE,
            "item", Kind.ITEM, "事项", Kind.ITEM, "整改事项", Kind.ITEM, "问题", Kind.ITEM);
    private static final Map<String, ItemTerm> TERMS = Map.ofEntries(Map.entry("immediate", ItemTerm.IMMEDIATE),
            Map.entry("立行立改", ItemTerm.IMMEDIATE), Map.entry("deadline", ItemTerm.DEADLINE),
            Map.entry("short", ItemTerm.DEADLINE), Map.entry("限期整改", ItemTerm.DEADLINE), Map.entry("短期", ItemTerm.DEADLINE),
            Map.entry("long_term", ItemTerm.LONG_TERM), Map.entry("long", ItemTerm.LONG_TERM),
            Map.entry("长期坚持", ItemTerm.LONG_TERM), Map.entry("长期", ItemTerm.LONG_TERM));
    private static final Map<String, ItemState> ITEM_STATES = Map.ofEntries(Map.entry("open", ItemState.OPEN),
            Map.entry("未开始", ItemState.OPEN), Map.entry("未整改", ItemState.OPEN),
            Map.entry("in_progress", ItemState.IN_PROGRESS), Map.entry("整改中", ItemState.IN_PROGRESS),
            Map.entry("submitted", ItemState.SUBMITTED), Map.entry("已提交", ItemState.SUBMITTED),
            Map.entry("待销号", ItemState.SUBMITTED), Map.entry("closed", ItemState.CLOSED),
            Map.entry("已销号", ItemState.CLOSED), Map.entry("已整改", ItemState.CLOSED), Map.entry("已完成", ItemState.CLOSED));
    private static final Map<String, CaseState> CASE_STATES = Map.ofEntries(
            Map.entry("awaiting_signoff", CaseState.AWAITING_SIGNOFF), Map.entry("待签收", CaseState.AWAITING_SIGNOFF),
            Map.entry("rectifying", CaseState.RECTIFYING), Map.entry("整改中", CaseState.RECTIFYING),
            Map.entry("reported", CaseState.REPORTED), Map.entry("已报告", CaseState.REPORTED),
            Map.entry("verifying", CaseState.VERIFYING), Map.entry("核查中", CaseState.VERIFYING),
            Map.entry("closed", CaseState.CLOSED), Map.entry("已销号", CaseState.CLOSED), Map.entry("已办结", CaseState.CLOSED));
    private static final Map<String, ItemOrigin> ORIGINS = Map.of("finding", ItemOrigin.FINDING,
            "反馈问题", ItemOrigin.FINDING, "secretary_point", ItemOrigin.SECRETARY_POINT, "书记点人点事", ItemOrigin.SECRETARY_POINT,
            "accountability_point", ItemOrigin.ACCOUNTABILITY_POINT, "追责问责", ItemOrigin.ACCOUNTABILITY_POINT,
            "office", ItemOrigin.OFFICE, "巡察办", ItemOrigin.OFFICE);

    private final SourceRow row;

    LedgerRow(SourceRow row) {
        this.row = row;
    }

    long line() {
        return row.line();
    }

    Kind kind() {
        return named("kind", KINDS, "case (案件) or item (事项)", true);
    }

    String inspectionNumber() {
        return number("inspectionNumber", true);
    }

    String itemNumber() {
        return number("itemNumber", true);
    }

    /** The key that makes two rows of a file the same case or item. */
    String key() {
        return kind() == Kind.CASE ? "case/" + inspectionNumber() : "item/" + inspectionNumber() + "/" + itemNumber();
    }

    ItemOrigin origin() {
        return named("origin", ORIGINS, "FINDING, SECRETARY_POINT, ACCOUNTABILITY_POINT or OFFICE", false);
    }

    String text(String column) {
        String value = Cells.text(row.values(), column);
        if (value != null && value.length() > MAX_TEXT) {
            throw new Refused(column, "is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    CaseLedger caseLedger() {
        return new CaseLedger(date("organizationSignedOn"), text("organizationSigner"), date("principalLeaderSignedOn"),
                date("leaderInChargeSignedOn"), date("planSubmittedOn"), text("plan"), date("reportedOn"),
                text("reportSummary"), date("closedOn"),
                named("state", CASE_STATES, "AWAITING_SIGNOFF, RECTIFYING, REPORTED, VERIFYING or CLOSED", false));
    }

    Rectification rectification() {
        BigDecimal money = money("moneyRecovered");
        return new Rectification(text("measures"), text("responsiblePerson"), text("responsibleDepartment"),
                named("term", TERMS, "IMMEDIATE (立行立改), DEADLINE (限期整改) or LONG_TERM (长期坚持)", false),
                date("deadline"), money == null ? BigDecimal.ZERO : money, count("rulesEstablished"),
                count("personsHeldAccountable"));
    }

    ItemState itemState() {
        return named("state", ITEM_STATES, "OPEN, IN_PROGRESS, SUBMITTED or CLOSED", false);
    }

    LocalDate date(String column) {
        String value = Cells.text(row.values(), column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new Refused(column, "'" + shortened(value) + "' is not a date (YYYY-MM-DD)");
        }
    }

    private String number(String column, boolean required) {
        String value = Cells.text(row.values(), column);
        if (value == null && required) {
            throw new Refused(column, "is required");
        }
        if (value != null && value.length() > MAX_NUMBER) {
            throw new Refused(column, "is longer than " + MAX_NUMBER + " characters");
        }
        return value;
    }

    private BigDecimal money(String column) {
        String value = Cells.text(row.values(), column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal money = new BigDecimal(value.replace(",", ""));
            if (money.signum() < 0 || money.scale() > 2 || money.precision() - money.scale() > 14) {
                throw new Refused(column, "'" + shortened(value) + "' is not an amount of yuan (at most two decimals, not negative)");
            }
            return money.setScale(2);
        } catch (NumberFormatException e) {
            throw new Refused(column, "'" + shortened(value) + "' is not a number");
        }
    }

    private int count(String column) {
        String value = Cells.text(row.values(), column);
        if (value == null) {
            return 0;
        }
        try {
            int count = Integer.parseInt(value);
            if (count < 0 || count > 1_000_000) {
                throw new Refused(column, "must be a count from 0 to 1000000, not " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new Refused(column, "'" + shortened(value) + "' is not a whole number");
        }
    }

    private <T> T named(String column, Map<String, T> values, String expected, boolean required) {
        String value = Cells.text(row.values(), column);
        if (value == null) {
            if (required) {
                throw new Refused(column, "is required: " + expected);
            }
            return null;
        }
        T found = values.get(value.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        if (found == null) {
            throw new Refused(column, "'" + shortened(value) + "' is not " + expected);
        }
        return found;
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
