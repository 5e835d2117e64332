package org.xuncha.round.imports;

import java.sql.SQLException;
import java.util.UUID;
import org.xuncha.round.registry.CreditCode;
import org.xuncha.round.registry.OrganizationType;

/** What a row names in the registry: organizations by office code or credit code, cadres by office code. */
public final class References {

    /** An organization of the registry: its id and type. */
    public record Named(UUID id, OrganizationType type) {
    }

    private final Sql sql;

    public References(Sql sql) {
        this.sql = sql;
    }

    /**
     * The organization an office code names, else (no office code given) the one a credit code
     * names; null when neither is given; refused, on the column given, when it names none.
     */
    public Named organization(String codeColumn, String code, String creditColumn, String creditCode) throws SQLException {
        if (code != null) {
            return find("select id, type from organization where office_code = ?", code)
                    .orElseThrow(() -> new RowRefused(codeColumn, "names no organization of the registry: " + code));
        }
        if (creditCode != null) {
            String normalized = CreditCode.normalize(creditCode);
            return find("select id, type from organization where credit_code = ?", normalized)
                    .orElseThrow(() -> new RowRefused(creditColumn, "names no organization of the registry: " + creditCode));
        }
        return null;
    }

    /**
     * The organization a key names, as an office code or, failing that, a credit code (a cell of
     * a multi-valued column, where either may stand); refused on the column when it names none.
     */
    public Named organization(String column, String key) throws SQLException {
        var byCode = find("select id, type from organization where office_code = ?", key);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        return find("select id, type from organization where credit_code = ?", CreditCode.normalize(key))
                .orElseThrow(() -> new RowRefused(column, "names no organization of the registry: " + key));
    }

    /** The cadre an office code names; refused on the column when none. */
    public UUID cadre(String column, String officeCode) throws SQLException {
        return sql.row("select id from cadre where office_code = ?", officeCode).map(row -> (UUID) row[0])
                .orElseThrow(() -> new RowRefused(column, "names no cadre of the pools: " + officeCode
                        + " (import the cadres first: POST /imports/cadres)"));
    }

    private java.util.Optional<Named> find(String query, String key) throws SQLException {
        return sql.row(query, key).map(row -> new Named((UUID) row[0], OrganizationType.valueOf((String) row[1])));
    }
}
