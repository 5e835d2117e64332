package org.xuncha.round.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.audit.AuditBulk;
import org.xuncha.testing.Tokens;

/**
 * The organization import appends its audit entries in one pass (AuditBulk), not a row trigger per
 * organization: the entries are those the trigger would have made, they verify with the rest of the
 * chain and an edit is found; the bulk setting without a declaration, or a declaration without its
 * entries, is refused, and a write after the bulk append is audited row by row again.
 */
@QuarkusTest
class OrganizationImportAuditTest {

    private static final String APPEND_LOCK = "1635083380, 0";

    private final Imports organizations = new Imports("/imports/organizations");
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    @Inject
    DataSource dataSource;

    @Test
    void anImportedBatchIsAuditedBeforeAndAfterAndVerifies() {
        String tag = Imports.unique();
        Map<String, String> ids = organizations.registry(tag);

        for (String id : ids.values()) {
            JsonPath trail = trailOf(id);
            assertThat(trail.getList("items.action", String.class)).containsExactly("INSERT");
            assertThat(trail.getString("items[0].before")).isNull();
            assertThat(trail.getString("items[0].after")).contains(tag).contains(id);
        }
        JsonPath again = organizations.csv("编码,名称,类型,上级编码\n" + tag + ",测试县委" + tag + "（更名）,县,\n"
                + tag + "-001,城关镇党委" + tag + ",乡镇," + tag + "\n", "");
        Imports.counts(again, 2, 2, 0, 0, 1, 1);

        JsonPath county = trailOf(ids.get(tag));
        assertThat(county.getList("items.action", String.class)).containsExactly("INSERT", "UPDATE");
        assertThat(county.getString("items[1].before")).contains("\"name\": \"测试县委" + tag + "\"");
        assertThat(county.getString("items[1].after")).contains("测试县委" + tag + "（更名）");
        assertThat(county.getString("items[1].previousHash")).isNotBlank();
        assertThat(trailOf(ids.get(tag + "-001")).getList("items")).hasSize(1);
        verification().then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anEditedImportedEntryIsFoundAndNamed() throws SQLException {
        String tag = Imports.unique();
        long seq = trailOf(organizations.registry(tag).get(tag + "-001")).getLong("items[0].seq");

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select pg_advisory_lock(" + APPEND_LOCK + ")");
            try {
                sql.execute("update audit_entry set after_state = jsonb_set(after_state, '{name}', '\"西关镇党委\"') where seq = " + seq);
                verification().then().statusCode(200).body("intact", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) seq)).body("reason", equalTo("its content does not match its hash"));
            } finally {
                sql.execute("update audit_entry set after_state = jsonb_set(after_state, '{name}', to_jsonb('城关镇党委"
                        + tag + "'::text)) where seq = " + seq);
                sql.execute("select pg_advisory_unlock(" + APPEND_LOCK + ")");
            }
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void theBulkSettingWithoutADeclarationIsRefused() throws SQLException {
        String id = organizations.registry(Imports.unique()).values().iterator().next();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("select set_config('xuncha.audit.bulk', 'organization', true)");
            assertThatThrownBy(() -> sql.executeUpdate("update organization set name = name || '（未审计）' where id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no bulk write of it was declared");
            connection.rollback();
        }
        assertThat(trailOf(id).getList("items")).hasSize(1);
    }

    @Test
    void aDeclarationWhoseEntriesAreNotAppendedCannotCommit() throws SQLException {
        String id = organizations.registry(Imports.unique()).values().iterator().next();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            AuditBulk.begin(connection, "organization");
            sql.executeUpdate("update organization set name = name || '（未审计）' where id = '" + id + "'");
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("its entries were not appended");
            connection.rollback();
        }
        assertThat(trailOf(id).getList("items")).hasSize(1);
        assertThat(organizations.api.as(organizations.api.office()).get("/organizations/" + id).then().extract().jsonPath()
                .getString("name")).doesNotContain("未审计");
    }

    @Test
    void aWriteAfterTheBulkAppendIsAuditedRowByRow() throws SQLException {
        String id = organizations.registry(Imports.unique()).values().iterator().next();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            AuditBulk.begin(connection, "organization");
            sql.executeUpdate("update organization set version = version + 1 where id = '" + id + "'");
            assertThat(AuditBulk.append(connection, "organization", """
                    select 'UPDATE' as action, o.id::text as aggregate_id,
                           jsonb_set(to_jsonb(o), '{version}', to_jsonb(o.version - 1)) as before_state, to_jsonb(o) as after_state
                      from organization o where o.id = $1::uuid""", id)).isEqualTo(1);
            sql.executeUpdate("update organization set name = name || '（更名）' where id = '" + id + "'");
            connection.commit();
        }
        JsonPath trail = trailOf(id);
        assertThat(trail.getList("items.action", String.class)).containsExactly("INSERT", "UPDATE", "UPDATE");
        assertThat(trail.getString("items[2].after")).contains("（更名）");
        verification().then().statusCode(200).body("intact", equalTo(true));
    }

    private JsonPath trailOf(String id) {
        return given().auth().oauth2(leadership).queryParam("aggregate", "organization").queryParam("aggregateId", id)
                .get("/audit-trail").then().statusCode(200).extract().jsonPath();
    }

    private io.restassured.response.Response verification() {
        return given().auth().oauth2(leadership).get("/audit-trail/verification");
    }

}
