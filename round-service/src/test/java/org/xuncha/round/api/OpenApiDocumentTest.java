package org.xuncha.round.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.OpenApiDrift;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentIsWhatTheCodeServes() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiDrift.assertCommittedMatches(served, Path.of("openapi", "openapi.yaml"));
    }
}
