package org.xuncha.round.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;

/**
 * Stationing (进驻) is refused while anything of preparation is missing, naming each thing, and a
 * cadre is never in two stationed teams.
 */
@QuarkusTest
class StationingTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    /** A team and an inspection in PREPARING, with nothing of preparation done yet. */
    private record Setup(FormedTeam team, UUID inspectionId) {
    }

    @Test
    void anUnpreparedInspectionListsEverythingMissing() {
        UUID termId = api.term();
        UUID teamId = api.team(api.round(termId, 1));
        UUID inspection = api.inspection(teamId, api.organization("未准备镇党委", "TOWNSHIP"));
        api.advance(inspection, "preparation", "PREPARING");

        station(inspection).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:preparation-incomplete"))
                .body("missing.requirement", containsInAnyOrder("TEAM_LEADER", "INFO_REQUESTS_SENT"));
    }

    @Test
    void stationingWithoutAnInfoRequestIsRefused() {
        Setup setup = preparedExcept(Step.INFO_REQUEST);
        refusedFor(setup, "INFO_REQUESTS_SENT");
    }

    @Test
    void stationingWithAnUnansweredInfoRequestIsRefused() {
        Setup setup = preparedExcept(Step.ANSWER);
        refusedFor(setup, "INFO_REQUEST_ANSWERED");
    }

    @Test
    void stationingWithAnUntrainedMemberIsRefused() {
        Setup setup = preparedExcept(Step.TRAINING);
        station(setup.inspectionId()).then().statusCode(409)
                .body("missing.requirement", equalTo(List.of("TRAINING", "TRAINING")))
                .body("missing.cadreId", containsInAnyOrder(setup.team().leaderId().toString(),
                        setup.team().memberId().toString()));
    }

    @Test
    void stationingWithoutTheDisciplineCommitmentIsRefused() {
        Setup setup = preparedExcept(Step.DISCIPLINE_COMMITMENT);
        station(setup.inspectionId()).then().statusCode(409)
                .body("missing.requirement", equalTo(List.of("DISCIPLINE_COMMITMENT")))
                .body("missing[0].cadreId", equalTo(setup.team().memberId().toString()));
    }

    @Test
    void stationingWithoutTheConfidentialityCommitmentIsRefused() {
        Setup setup = preparedExcept(Step.CONFIDENTIALITY_COMMITMENT);
        refusedFor(setup, "CONFIDENTIALITY_COMMITMENT");
    }

    @Test
    void stationingWithoutALeaderIsRefused() {
        Setup setup = preparedExcept(Step.NONE);
        api.as(api.office()).delete("/teams/{id}/members/{cadre}", setup.team().teamId(), setup.team().leaderId())
                .then().statusCode(200);
        refusedFor(setup, "TEAM_LEADER");
    }

    @Test
    void anAvoidanceConflictArisingAfterAssignmentBlocksStationing() {
        Setup setup = preparedExcept(Step.NONE);
        UUID organization = api.as(api.office()).get("/inspections/{id}", setup.inspectionId()).then().extract()
                .jsonPath().getUUID("organizationId");
        api.as(api.office()).body(Map.of("name", "某某", "relation", "配偶", "organizationId", organization))
                .post("/cadres/{id}/relatives", setup.team().memberId()).then().statusCode(201);

        refusedFor(setup, "AVOIDANCE");
    }

    @Test
    void aFullyPreparedInspectionStations() {
        Setup setup = preparedExcept(Step.NONE);

        api.as(api.office()).get("/inspections/{id}/preparation", setup.inspectionId())
                .then().statusCode(200).body("ready", equalTo(true));
        station(setup.inspectionId()).then().statusCode(200).body("state", equalTo("STATIONED"));
    }

    @Test
    void stationingFromAnotherStateIsAnIllegalTransition() {
        UUID inspection = api.inspection(api.team(api.round(api.term(), 1)), api.organization("某镇党委", "TOWNSHIP"));
        station(inspection).then().statusCode(409).body("type", equalTo("urn:xuncha:problem:illegal-transition"));
    }

    @Test
    void withdrawalBeforeStationingIsAnIllegalTransition() {
        UUID inspection = api.inspection(api.team(api.round(api.term(), 1)), api.organization("某镇党委", "TOWNSHIP"));
        api.as(api.office()).post("/inspections/{id}/withdrawal", inspection).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:illegal-transition")).body("currentState", equalTo("PLANNED"));
    }

    @Test
    void aCadreStationedWithOneTeamBlocksAnotherTeamFromStationing() {
        Setup first = preparedExcept(Step.NONE);
        Setup second = preparedExcept(Step.NONE);
        UUID shared = first.team().memberId();
        api.assign(second.team().teamId(), shared, "MEMBER").then().statusCode(200);
        api.train(second.team().roundId(), List.of(shared));
        api.commit(second.team().teamId(), shared, "DISCIPLINE");
        api.commit(second.team().teamId(), shared, "CONFIDENTIALITY");
        station(first.inspectionId()).then().statusCode(200);

        station(second.inspectionId()).then().statusCode(409)
                .body("missing.requirement", equalTo(List.of("NOT_STATIONED_ELSEWHERE")))
                .body("missing[0].cadreId", equalTo(shared.toString()));
    }

    @Test
    void aCadreStationedWithOneTeamCannotJoinAnotherStationedTeam() {
        Setup first = preparedExcept(Step.NONE);
        Setup second = preparedExcept(Step.NONE);
        station(first.inspectionId()).then().statusCode(200);
        station(second.inspectionId()).then().statusCode(200);

        api.assign(second.team().teamId(), first.team().memberId(), "MEMBER").then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:stationed-elsewhere"));
    }

    @Test
    void twoTeamsSharingACadreRacingToStationStationOnce() throws Exception {
        Setup first = preparedExcept(Step.NONE);
        Setup second = preparedExcept(Step.NONE);
        UUID shared = first.team().memberId();
        api.assign(second.team().teamId(), shared, "MEMBER").then().statusCode(200);
        api.train(second.team().roundId(), List.of(shared));
        api.commit(second.team().teamId(), shared, "DISCIPLINE");
        api.commit(second.team().teamId(), shared, "CONFIDENTIALITY");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = threads.submit(() -> {
                start.await();
                return station(first.inspectionId()).statusCode();
            });
            Future<Integer> two = threads.submit(() -> {
                start.await();
                return station(second.inspectionId()).statusCode();
            });
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            threads.shutdownNow();
        }
    }

    private enum Step { NONE, INFO_REQUEST, ANSWER, TRAINING, DISCIPLINE_COMMITMENT, CONFIDENTIALITY_COMMITMENT }

    /** Prepares an inspection fully but for one step; the member skips the commitment steps. */
    private Setup preparedExcept(Step skipped) {
        UUID termId = api.term();
        FormedTeam team = api.formTeam(termId, api.round(termId, 1));
        UUID inspection = api.inspection(team.teamId(), api.organization("准备镇党委 " + UUID.randomUUID(), "TOWNSHIP"));
        api.advance(inspection, "preparation", "PREPARING");
        if (skipped != Step.INFO_REQUEST) {
            UUID request = api.infoRequest(inspection, "DISCIPLINE_COMMISSION");
            if (skipped != Step.ANSWER) {
                api.answer(request, "无问题线索");
            }
        }
        if (skipped != Step.TRAINING) {
            api.train(team.roundId(), List.of(team.leaderId(), team.memberId()));
        }
        api.commit(team.teamId(), team.leaderId(), "DISCIPLINE");
        api.commit(team.teamId(), team.leaderId(), "CONFIDENTIALITY");
        if (skipped != Step.DISCIPLINE_COMMITMENT) {
            api.commit(team.teamId(), team.memberId(), "DISCIPLINE");
        }
        if (skipped != Step.CONFIDENTIALITY_COMMITMENT) {
            api.commit(team.teamId(), team.memberId(), "CONFIDENTIALITY");
        }
        return new Setup(team, inspection);
    }

    private void refusedFor(Setup setup, String requirement) {
        station(setup.inspectionId()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:preparation-incomplete"))
                .body("missing.requirement", equalTo(List.of(requirement)));
        api.as(api.office()).get("/inspections/{id}/preparation", setup.inspectionId())
                .then().statusCode(200).body("ready", equalTo(false)).body("missing.requirement", hasItem(requirement));
    }

    private Response station(UUID inspection) {
        return api.as(api.office()).post("/inspections/{id}/station", inspection);
    }
}
