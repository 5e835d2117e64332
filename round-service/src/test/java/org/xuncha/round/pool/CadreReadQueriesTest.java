package org.xuncha.round.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Statements;

/** Reading a cadre is one query: the cadre with its postings and relatives joined. */
@QuarkusTest
class CadreReadQueriesTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aCadreWithPostingsAndRelativesIsReadInOneStatement() {
        UUID town = api.organization("某镇", "TOWNSHIP");
        UUID cadre = api.cadre("周明");
        api.as(api.office()).body(Map.of("organizationId", town, "post", "副镇长", "fromDate", "2015-03-01",
                "toDate", "2019-12-31")).post("/cadres/{id}/postings", cadre).then().statusCode(201);
        api.as(api.office()).body(Map.of("organizationId", town, "post", "镇长", "fromDate", "2020-01-01"))
                .post("/cadres/{id}/postings", cadre).then().statusCode(201);
        for (String name : new String[] {"赵某", "钱某"}) {
            api.as(api.office()).body(Map.of("name", name, "relation", "配偶", "organizationId", town))
                    .post("/cadres/{id}/relatives", cadre).then().statusCode(201);
        }

        String key = Statements.key();
        JsonPath read = api.as(api.office()).header(Statements.HEADER, key).get("/cadres/{id}", cadre)
                .then().statusCode(200).extract().jsonPath();

        assertThat(Statements.of(key)).hasSize(1);
        // joined, the rows are their product (2 x 2); each collection still holds each of its own once, in order
        assertThat(read.getList("postings.post")).containsExactly("副镇长", "镇长");
        assertThat(read.getList("relatives.name")).containsExactly("赵某", "钱某");
    }
}
