package org.xuncha.rectification.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.rectification.CaseFixtures.OpenedCase;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.ScopeMatrix;
import org.xuncha.testing.ScopeMatrix.Stranger;
import org.xuncha.testing.Tokens;

/**
 * The scope half of the authorization matrix of issue #11 ({@link ScopeMatrix}) on rectification-service:
 * a case opened by feedback and its ledger item, then every operation on them × every role it admits,
 * held by another organization's unit and leader in charge, or by a system speaking for no body. A
 * unit rectifies its own case only: 0 × 2xx.
 */
@QuarkusTest
class ScopeMatrixTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    Driver driver;

    @Test
    void noAccountOutsideACasesOrganizationGetsASuccessOnIt() {
        OpenedCase opened = fixtures.openCase(2, "leader-" + UUID.randomUUID(), "in-charge-" + UUID.randomUUID());
        OpenedCase other = fixtures.openCase(1, "leader-" + UUID.randomUUID(), "in-charge-" + UUID.randomUUID());
        Map<String, UUID> records = new LinkedHashMap<>();
        records.put("/cases/", UUID.fromString(opened.id()));
        records.put("/ledger-items/", UUID.fromString(driver.itemIds(opened.id()).get(0)));
        List<Stranger> strangers = List.of(
                new Stranger("UNIT", "another organization's unit",
                        Tokens.as("UNIT").organization(other.organizationId()).sign()),
                new Stranger("LEADER_IN_CHARGE", "another organization's leader in charge",
                        Tokens.as("LEADER_IN_CHARGE").organization(other.organizationId()).sign()),
                new Stranger("INTEGRATION", "a system speaking for no body", Tokens.as("INTEGRATION").sign()));

        ScopeMatrix matrix = ScopeMatrix.run(Path.of("openapi", "openapi.yaml"), RestAssured.port, records, strangers,
                Set.of(), Tokens.as("OFFICE").sign());
        System.out.printf("ScopeMatrixTest: %d operations, %d requests, %d violations%n", matrix.walked().size(),
                matrix.requests(), matrix.violations().size());

        assertThat(matrix.walked()).contains("GET /cases/{id}", "POST /cases/{id}/sign-off",
                "PUT /ledger-items/{id}/rectification", "GET /cases/{id}/notice.docx");
        assertThat(matrix.violations()).isEmpty();
    }
}
