package org.xuncha.round.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements of an import job on its connection, prepared once each and closed with the job:
 * what a kind's writer runs for every row. A String[] parameter is bound as text[], a null as an
 * untyped null (cast it in the SQL where the type matters).
 */
public final class Sql implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    public Sql(Connection connection) {
        this.connection = connection;
    }

    public int update(String sql, Object... parameters) throws SQLException {
        return bound(sql, parameters).executeUpdate();
    }

    /** The first row a query answers, its columns in order. */
    public Optional<Object[]> row(String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<Object[]> rows(String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet result = bound(sql, parameters).executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = result.getObject(i + 1);
                    row[i] = value instanceof java.sql.Array array ? array.getArray()
                            : value instanceof java.sql.Date date ? date.toLocalDate() : value;
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private PreparedStatement bound(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else if (value instanceof Enum<?> named) {
                statement.setString(i + 1, named.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : prepared.values()) {
            statement.close();
        }
        prepared.clear();
    }
}
