package org.xuncha.round.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Importing a term's scope: organizations by office code, the term's counts, row errors. */
@QuarkusTest
class TermScopeImportTest {

    private final Imports imports = new Imports("/imports/term-scope");

    private int inScope(UUID term) {
        return imports.api.as(imports.api.office()).get("/coverage/" + term).then().statusCode(200)
                .extract().jsonPath().getInt("inScope");
    }

    @Test
    void theScopeImportsFromChineseOrEnglishHeadersAndAgainChangesNothing() {
        String tag = Imports.unique();
        imports.registry(tag);
        UUID term = imports.api.term();
        String file = "编码\n" + tag + "-001\n" + tag + "-001-01\n";
        JsonPath job = imports.csv(file, "?termId=" + term);
        assertThat(job.getString("kind")).isEqualTo("term-scope");
        Imports.counts(job, 2, 2, 0, 2, 0, 0);
        assertThat(inScope(term)).isEqualTo(2);
        Imports.counts(imports.imported("text/csv", file.getBytes(Charset.forName("GBK")), "?termId=" + term),
                2, 2, 0, 0, 0, 2);
        Imports.counts(imports.csv("organization_code\n" + tag + "\n" + tag + "-001\n", "?termId=" + term), 2, 2, 0, 1, 0, 1);
        Imports.counts(imports.ndjson("{\"organizationCode\":\"" + tag + "\"}\n", "?termId=" + term), 1, 1, 0, 0, 0, 1);
        assertThat(inScope(term)).isEqualTo(3);
    }

    @Test
    void unknownAndRepeatedOrganizationsAreRowErrorsAndAllOrNothingWritesNothing() {
        String tag = Imports.unique();
        imports.registry(tag);
        UUID term = imports.api.term();
        String file = "编码\n" + tag + "\nnowhere-" + tag + "\n" + tag + "\n\"\"\n";
        JsonPath refused = imports.csv(file, "?allOrNothing=true&termId=" + term);
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(inScope(term)).isZero();
        JsonPath job = imports.csv(file, "?termId=" + term);
        Imports.counts(job, 4, 1, 3, 1, 0, 0);
        assertThat(imports.errors(job)).extracting(error -> ((Number) error.get("row")).intValue(), error -> error.get("column"))
                .containsExactly(Tuple.tuple(3, "organizationCode"), Tuple.tuple(4, "organizationCode"),
                        Tuple.tuple(5, "organizationCode"));
        assertThat(inScope(term)).isEqualTo(1);
    }

    @Test
    void aScopeImportNamesItsTerm() {
        for (String query : new String[] {"", "?termId=" + UUID.randomUUID()}) {
            imports.upload("text/csv", "编码\nx\n".getBytes(), query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
