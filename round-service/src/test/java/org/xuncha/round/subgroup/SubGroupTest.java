package org.xuncha.round.subgroup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Sub-groups by speciality (seed 001) and the "1+1" village sub-team (seed 003), over HTTP. */
@QuarkusTest
class SubGroupTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aSpecialitySubGroupHasTwoToThreeMembersOfTheTeam() {
        FormedTeam team = newTeam();
        UUID second = addMember(team.teamId(), "MEMBER");
        UUID third = addMember(team.teamId(), "MEMBER");
        UUID fourth = addMember(team.teamId(), "MEMBER");

        speciality(api.office(), team.teamId(), "FINANCE_AUDIT", List.of(team.memberId())).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("members"));
        speciality(api.office(), team.teamId(), "FINANCE_AUDIT", List.of(team.memberId(), second, third, fourth))
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
        speciality(api.office(), team.teamId(), "FINANCE_AUDIT", List.of(team.memberId(), api.cadre("组外人员")))
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
        speciality(api.office(), team.teamId(), "FINANCE_AUDIT", List.of(team.memberId(), second, third))
                .then().statusCode(201).body("name", equalTo("财务审计组")).body("members", hasSize(3));
    }

    @Test
    void aTeamHasOneSubGroupPerSpecialityAndACadreIsInOneOfThem() {
        FormedTeam team = newTeam();
        UUID second = addMember(team.teamId(), "MEMBER");
        UUID third = addMember(team.teamId(), "MEMBER");
        RoundApi.created(speciality(team.leaderToken(), team.teamId(), "PARTY_PERSONNEL", List.of(team.memberId(), second)));

        speciality(api.office(), team.teamId(), "PARTY_PERSONNEL", List.of(third, team.leaderId())).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:xuncha:problem:duplicate"));
        speciality(api.office(), team.teamId(), "LAW_ENFORCEMENT", List.of(second, third)).then().statusCode(400)
                .body("errors[0].field", equalTo("members"));
        speciality(api.office(), team.teamId(), "LAW_ENFORCEMENT", List.of(third, team.leaderId())).then().statusCode(201);
    }

    @Test
    void onlyTheOfficeOrTheTeamsLeaderFormsSubGroups() {
        FormedTeam team = newTeam();
        UUID deputy = addMember(team.teamId(), "DEPUTY_LEADER");
        List<UUID> members = List.of(team.memberId(), team.leaderId());

        speciality(team.memberToken(), team.teamId(), "PETITION_LEADS", members).then().statusCode(403).contentType(PROBLEM);
        speciality(Tokens.as("TEAM_LEADER").cadre(deputy).sign(), team.teamId(), "PETITION_LEADS", members)
                .then().statusCode(403).contentType(PROBLEM);
        speciality(newTeam().leaderToken(), team.teamId(), "PETITION_LEADS", members).then().statusCode(400)
                .body("errors[0].field", equalTo("teamId"));
        speciality(team.leaderToken(), team.teamId(), "PETITION_LEADS", members).then().statusCode(201);
    }

    @Test
    void theVillageSubTeamIsLedByADeputyLeaderThroughVillagesTheInspectionExtendsTo() {
        FormedTeam team = newTeam();
        UUID deputy = addMember(team.teamId(), "DEPUTY_LEADER");
        UUID township = api.organization("城南镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        UUID extended = api.organizationUnder(township, "东村党支部", "VILLAGE");
        UUID notExtended = api.organizationUnder(township, "西村党支部", "VILLAGE");
        UUID station = api.organizationUnder(township, "农技站", "PUBLIC_INSTITUTION");
        UUID inspection = api.inspection(team.teamId(), township, List.of(extended, station));

        village(team.teamId(), inspection, team.memberId(), List.of(team.leaderId()), List.of(extended))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("leaderId"));
        village(team.teamId(), inspection, team.leaderId(), List.of(team.memberId()), List.of(extended))
                .then().statusCode(400).body("errors[0].field", equalTo("leaderId"));
        village(team.teamId(), inspection, deputy, List.of(team.memberId()), List.of(notExtended))
                .then().statusCode(400).body("errors[0].field", equalTo("villageIds[0]"));
        village(team.teamId(), inspection, deputy, List.of(team.memberId()), List.of(extended, station))
                .then().statusCode(400).body("errors[0].field", equalTo("villageIds[1]"));
        village(team.teamId(), inspection, deputy, List.of(team.memberId()), List.of(extended)).then().statusCode(201)
                .body("kind", equalTo("VILLAGE")).body("leaderId", equalTo(deputy.toString()))
                .body("members", hasItem(deputy.toString())).body("villageIds", equalTo(List.of(extended.toString())))
                .body("name", equalTo("村（社区）巡察小组"));

        UUID secondDeputy = addMember(team.teamId(), "DEPUTY_LEADER");
        village(team.teamId(), inspection, secondDeputy, List.of(team.leaderId()), List.of(extended))
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void theVillageSubTeamGoesWithAnInspectionOfATownshipOrStreet() {
        FormedTeam team = newTeam();
        UUID deputy = addMember(team.teamId(), "DEPUTY_LEADER");
        UUID organ = api.organization("县住建局党组 " + UUID.randomUUID(), "ORGAN");
        UUID unit = api.organizationUnder(organ, "下属中心", "PUBLIC_INSTITUTION");
        UUID inspection = api.inspection(team.teamId(), organ, List.of(unit));

        village(team.teamId(), inspection, deputy, List.of(team.memberId()), List.of(unit)).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectionId"));
        village(team.teamId(), null, deputy, List.of(team.memberId()), List.of(unit)).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectionId"));
        FormedTeam other = newTeam();
        UUID otherTownship = api.organization("别镇 " + UUID.randomUUID(), "TOWNSHIP");
        UUID otherVillage = api.organizationUnder(otherTownship, "别村", "VILLAGE");
        UUID othersInspection = api.inspection(other.teamId(), otherTownship, List.of(otherVillage));
        village(team.teamId(), othersInspection, deputy, List.of(team.memberId()), List.of(otherVillage))
                .then().statusCode(400).body("errors[0].field", equalTo("inspectionId"));
    }

    @Test
    void theVillageSubTeamIsStaffedUntilTheTeamWithdraws() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID village = api.organizationUnder(stationed.organizationId(), "北村党支部", "VILLAGE");
        api.as(api.office()).body(Map.of("extensions", List.of(village)))
                .post("/inspections/{id}/extensions", stationed.inspectionId()).then().statusCode(200);
        UUID deputy = addMember(team.teamId(), "DEPUTY_LEADER");
        UUID subTeam = RoundApi.created(village(team.teamId(), stationed.inspectionId(), deputy, List.of(team.memberId()),
                List.of(village)));

        api.as(team.leaderToken()).body(Map.of("members", List.of(team.leaderId()), "leaderId", deputy))
                .put("/sub-groups/{id}/members", subTeam).then().statusCode(200)
                .body("members", hasItem(team.leaderId().toString()))
                .body("members", not(hasItem(team.memberId().toString())));
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        api.as(team.leaderToken()).body(Map.of("members", List.of(team.memberId()), "leaderId", deputy))
                .put("/sub-groups/{id}/members", subTeam).then().statusCode(409).contentType(PROBLEM)
                .body("currentState", equalTo("REPORTING"));
    }

    @Test
    void subGroupsAreReadByTheirTeamTheOfficeAndTheLeadershipOnly() {
        FormedTeam team = newTeam();
        UUID group = RoundApi.created(speciality(api.office(), team.teamId(), "FINANCE_AUDIT",
                List.of(team.memberId(), team.leaderId())));
        FormedTeam other = newTeam();

        api.as(team.memberToken()).get("/sub-groups/{id}", group).then().statusCode(200)
                .body("kind", equalTo("FINANCE_AUDIT"));
        api.as(Tokens.as("LEADERSHIP").sign()).get("/sub-groups/{id}", group).then().statusCode(200);
        api.as(other.leaderToken()).get("/sub-groups/{id}", group).then().statusCode(404).contentType(PROBLEM);
        api.as(other.leaderToken()).queryParam("teamId", team.teamId()).get("/sub-groups").then().statusCode(200)
                .body("items", hasSize(0));
        api.as(team.memberToken()).queryParam("teamId", team.teamId()).get("/sub-groups").then().statusCode(200)
                .body("items.id", equalTo(List.of(group.toString())));
        api.as(Tokens.as("UNIT").sign()).get("/sub-groups/{id}", group).then().statusCode(403);
    }

    @Test
    void subGroupListsArePages() {
        FormedTeam team = newTeam();
        UUID second = addMember(team.teamId(), "MEMBER");
        UUID third = addMember(team.teamId(), "MEMBER");
        RoundApi.created(speciality(api.office(), team.teamId(), "FINANCE_AUDIT", List.of(team.memberId(), second)));
        RoundApi.created(speciality(api.office(), team.teamId(), "LAW_ENFORCEMENT", List.of(third, team.leaderId())));

        String next = api.as(api.office()).queryParam("teamId", team.teamId()).queryParam("limit", 1).get("/sub-groups")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("FINANCE_AUDIT"))
                .extract().path("next");
        api.as(api.office()).queryParam("teamId", team.teamId()).queryParam("limit", 1).queryParam("cursor", next)
                .get("/sub-groups").then().statusCode(200).body("items[0].kind", equalTo("LAW_ENFORCEMENT"))
                .body("next", equalTo(null));
        api.as(api.office()).queryParam("limit", 501).get("/sub-groups").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private FormedTeam newTeam() {
        UUID termId = api.term();
        return api.formTeam(termId, api.round(termId, 1));
    }

    private UUID addMember(UUID teamId, String position) {
        UUID cadre = api.cadre("组员 " + UUID.randomUUID().toString().substring(0, 8));
        api.joinPool("SPECIALIST", cadre);
        api.assign(teamId, cadre, position).then().log().ifValidationFails().statusCode(200);
        return cadre;
    }

    private Response speciality(String token, UUID teamId, String kind, List<UUID> members) {
        return api.as(token).body(Map.of("teamId", teamId, "kind", kind, "members", members)).post("/sub-groups");
    }

    private Response village(UUID teamId, UUID inspectionId, UUID leaderId, List<UUID> members, List<UUID> villages) {
        Map<String, Object> body = new HashMap<>(Map.of("teamId", teamId, "kind", "VILLAGE", "members", members,
                "leaderId", leaderId, "villageIds", villages));
        if (inspectionId != null) {
            body.put("inspectionId", inspectionId);
        }
        return api.as(api.office()).body(body).post("/sub-groups");
    }
}
