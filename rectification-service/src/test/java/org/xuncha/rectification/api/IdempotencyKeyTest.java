package org.xuncha.rectification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.testing.Tokens;

/** {@code Idempotency-Key} on rectification-service's POSTs: the same mechanism as round-service's (platform/idempotency). */
@QuarkusTest
class IdempotencyKeyTest {

    private final AgroalDataSource dataSource;
    private final String office = Tokens.as("OFFICE").subject("office-" + UUID.randomUUID()).sign();

    IdempotencyKeyTest(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private Response start(String token, String key, String name) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("name", name, "startsOn", "2026-07-01", "endsOn", "2026-07-31")).post("/supervisions");
    }

    @Test
    void aRetriedCampaignIsStartedOnceAndAnsweredAsTheFirstTime() throws SQLException {
        String name = "2026年巡察整改集中督查 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = start(office, key, name);
        first.then().statusCode(201);

        Response retry = start(office, key, name);

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(campaignsNamed(name)).isEqualTo(1);

        start(office, key, name + " 另一次").then().statusCode(422)
                .body("type", equalTo("urn:xuncha:problem:idempotency-key-reused"));
        Response colleagues = start(Tokens.as("OFFICE").sign(), key, name);
        assertThat(colleagues.jsonPath().getString("id")).isNotEqualTo(first.jsonPath().getString("id"));
        assertThat(campaignsNamed(name)).isEqualTo(2);
    }

    @Test
    void everyPostOfTheServiceTakesTheKey() {
        List<String> uncovered = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class) && !resource.isAnnotationPresent(Idempotent.class)
                        && !method.isAnnotationPresent(Idempotent.class)) {
                    uncovered.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(uncovered).as("POST operations without @Idempotent").isEmpty();
    }

    private long campaignsNamed(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from supervision_campaign where name = ?")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
