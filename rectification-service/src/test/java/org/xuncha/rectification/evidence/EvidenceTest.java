package org.xuncha.rectification.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RawHttp;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.config.RectificationConfig;
import org.xuncha.testing.Tokens;

/** Evidence files: stored on disk with their SHA-256, checked again on every download, within a size limit. */
@QuarkusTest
class EvidenceTest {

    private final Driver driver;
    private final RectificationConfig config;

    EvidenceTest(Driver driver, RectificationConfig config) {
        this.driver = driver;
        this.config = config;
    }

    @Test
    void anUploadedFileComesBackAsUploadedWithItsDigest() throws Exception {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        byte[] content = "%PDF-1.4 资金入账凭证".getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        String evidenceId = driver.uploadEvidence(actors.unit(), itemId, "资金入账凭证.pdf", content);

        assertThat(driver.item(itemId).getString("evidence[0].sha256")).isEqualTo(sha256);
        Response download = given().auth().oauth2(actors.leaderInCharge())
                .get("/ledger-items/{id}/evidence/{evidenceId}", itemId, evidenceId);
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(content);
        assertThat(download.header("Repr-Digest"))
                .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        assertThat(download.header("Content-Disposition")).contains("UTF-8''");
    }

    @Test
    void aFileChangedOnDiskIsWithheld() throws Exception {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        String evidenceId = driver.uploadEvidence(actors.unit(), itemId, "凭证.pdf", "original".getBytes());
        Path stored = config.evidence().directory().resolve(actors.caseId()).resolve(evidenceId);
        assertThat(stored).exists();
        Files.writeString(stored, "tampered");

        given().auth().oauth2(driver.office()).get("/ledger-items/{id}/evidence/{evidenceId}", itemId, evidenceId)
                .then().statusCode(409).contentType(Driver.PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:evidence-corrupted"));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        byte[] tooLarge = new byte[(int) config.evidence().maxSize().asLongValue() + 1];

        given().auth().oauth2(actors.unit()).multiPart("file", "big.bin", tooLarge, "application/octet-stream")
                .post("/ledger-items/{id}/evidence", itemId)
                .then().statusCode(400).contentType(Driver.PROBLEM).body("errors[0].field", equalTo("file"));

        assertThat(driver.item(itemId).getList("evidence")).isEmpty();
    }

    @Test
    void anEmptyFileOrNoFileIsRefused() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);

        given().auth().oauth2(actors.unit()).multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                .post("/ledger-items/{id}/evidence", itemId)
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(actors.unit()).multiPart("other", "x")
                .post("/ledger-items/{id}/evidence", itemId)
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void evidenceIsNotAddedToASubmittedItem() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, itemId, "SUBMITTED");

        given().auth().oauth2(actors.unit()).multiPart("file", "late.pdf", "late".getBytes(), "application/pdf")
                .post("/ledger-items/{id}/evidence", itemId)
                .then().statusCode(409).body("currentState", equalTo("SUBMITTED"));
    }

    @Test
    void anotherOrganizationNeitherUploadsNorDownloads() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        String evidenceId = driver.uploadEvidence(actors.unit(), itemId, "凭证.pdf", "x".getBytes());
        String stranger = Tokens.as("UNIT").organization(UUID.randomUUID()).sign();

        given().auth().oauth2(stranger).multiPart("file", "x.pdf", "x".getBytes(), "application/pdf")
                .post("/ledger-items/{id}/evidence", itemId).then().statusCode(404);
        given().auth().oauth2(stranger).get("/ledger-items/{id}/evidence/{evidenceId}", itemId, evidenceId)
                .then().statusCode(404);
    }

    @Test
    void anUploadedHtmlOrSvgPageIsServedAsAnAttachmentThatNoBrowserRenders() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        for (String[] upload : new String[][] {{"page.html", "text/html"}, {"logo.svg", "image/svg+xml"},
                {"x.xhtml", "application/xhtml+xml"}, {"x.js", "text/html; charset=utf-8"}}) {
            String evidenceId = driver.multipart(actors.unit())
                    .multiPart("file", upload[0], "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), upload[1])
                    .post("/ledger-items/{id}/evidence", itemId)
                    .then().statusCode(201).extract().jsonPath().getString("id");

            Response download = given().auth().oauth2(driver.office())
                    .get("/ledger-items/{id}/evidence/{evidenceId}", itemId, evidenceId);
            download.then().statusCode(200).contentType("application/octet-stream")
                    .header("X-Content-Type-Options", "nosniff");
            assertThat(download.header("Content-Disposition")).as(upload[1]).startsWith("attachment");
        }
    }

    @Test
    void aMalformedMultipartUploadIsABadRequestProblem() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        for (String body : new String[] {"not a multipart body at all", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx",
                "--b--"}) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/ledger-items/" + itemId + "/evidence",
                    java.util.Map.of("Authorization", "Bearer " + actors.unit(), "Content-Type", "multipart/form-data; boundary=b"),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(body + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith(Driver.PROBLEM);
        }
        RawHttp.Answer noBoundary = RawHttp.send(RestAssured.port, "POST", "/ledger-items/" + itemId + "/evidence",
                java.util.Map.of("Authorization", "Bearer " + actors.unit(), "Content-Type", "multipart/form-data"),
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(noBoundary.status()).as(noBoundary.body()).isBetween(400, 415);
        assertThat(noBoundary.contentType()).startsWith(Driver.PROBLEM);
        assertThat(driver.item(itemId).getList("evidence")).isEmpty();
    }

    @Test
    void aBodyLargerThanTheServerTakesIsA413Problem() {
        Actors actors = driver.rectifyingCase(1);
        String itemId = driver.itemIds(actors.caseId()).get(0);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/ledger-items/" + itemId + "/evidence",
                java.util.Map.of("Authorization", "Bearer " + actors.unit(), "Content-Type", "multipart/form-data; boundary=b",
                        "Content-Length", String.valueOf(300L * 1024 * 1024)), new byte[16]);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(Driver.PROBLEM);
        assertThat(answer.body()).contains("urn:xuncha:problem:payload-too-large");
    }
}
