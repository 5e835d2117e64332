package org.xuncha.round.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Statements;

/** Reading an organization is one query. */
@QuarkusTest
class OrganizationReadQueriesTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void anOrganizationIsReadInOneStatement() {
        UUID county = api.organization("某县", "COUNTY");
        UUID township = api.organizationUnder(county, "某镇", "TOWNSHIP");

        String key = Statements.key();
        api.as(api.office()).header(Statements.HEADER, key).get("/organizations/{id}", township)
                .then().statusCode(200);

        assertThat(Statements.of(key)).hasSize(1);
    }
}
