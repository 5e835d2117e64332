package org.xuncha.round.imports;

import java.sql.SQLException;
import java.util.UUID;
import org.xuncha.platform.imports.Resolved;
import org.xuncha.round.registry.CreditCode;
import org.xuncha.round.registry.OrganizationType;

/**
 * What a row names in the registry: organizations by office code or credit code, cadres by office
 * code. One per job: what it resolved is kept for the job ({@link Resolved}, at most {@link #KEPT}
 * keys of each), so rows naming the same organization cost one lookup. No kind that uses it writes
 * what it looks up (the cadre import writes cadres but looks up only organizations), so nothing kept
 * goes stale by the job's own writing.
 */
public final class References {

    /** Keys kept per job in each map (office codes, credit codes, either, cadres): a few MB at most, whatever the file. */
    static final int KEPT = 20_000;

    /** An organization of the registry: its id and type. */
    public record Named(UUID id, OrganizationType type) {
    }

    private final Sql sql;
    private final Resolved<String, Named> byCode = new Resolved<>(KEPT);
    private final Resolved<String, Named> byCreditCode = new Resolved<>(KEPT);
    private final Resolved<String, Named> byEither = new Resolved<>(KEPT);
    private final Resolved<String, UUID> cadres = new Resolved<>(KEPT);

    public References(Sql sql) {
        this.sql = sql;
    }

    /**
     * The organization an office code names, else (no office code given) the one a credit code
     * names; null when neither is given; refused, on the column given, when it names none.
     */
    public Named organization(String codeColumn, String code, String creditColumn, String creditCode) throws SQLException {
        if (code != null) {
            Named found = byCode(code);
            if (found == null) {
                throw new RowRefused(codeColumn, "names no organization of the registry: " + code);
            }
            return found;
        }
        if (creditCode != null) {
            Named found = byCreditCode(CreditCode.normalize(creditCode));
            if (found == null) {
                throw new RowRefused(creditColumn, "names no organization of the registry: " + creditCode);
            }
            return found;
        }
        return null;
    }

    /**
     * The organization a key names, as an office code or, failing that, a credit code (a cell of
     * a multi-valued column, where either may stand); refused on the column when it names none.
     */
    public Named organization(String column, String key) throws SQLException {
        Named found = byEither.get(key, either -> {
            Named named = byCode(either);
            return named != null ? named : byCreditCode(CreditCode.normalize(either));
        });
        if (found == null) {
            throw new RowRefused(column, "names no organization of the registry: " + key);
        }
        return found;
    }

    /** The cadre an office code names; refused on the column when none. */
    public UUID cadre(String column, String officeCode) throws SQLException {
        UUID found = cadres.get(officeCode, code -> sql.row("select id from cadre where office_code = ?", code)
                .map(row -> (UUID) row[0]).orElse(null));
        if (found == null) {
            throw new RowRefused(column, "names no cadre of the pools: " + officeCode
                    + " (import the cadres first: POST /imports/cadres)");
        }
        return found;
    }

    private Named byCode(String code) throws SQLException {
        return byCode.get(code, key -> find("select id, type from organization where office_code = ?", key));
    }

    private Named byCreditCode(String creditCode) throws SQLException {
        return byCreditCode.get(creditCode, key -> find("select id, type from organization where credit_code = ?", key));
    }

    private Named find(String query, String key) throws SQLException {
        return sql.row(query, key).map(row -> new Named((UUID) row[0], OrganizationType.valueOf((String) row[1])))
                .orElse(null);
    }
}
