package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * A stranger to a confidential record (a role that may read the kind, but not this one: another team's
 * leader, another body) gets the same answer whether the record exists or not: the same status and the
 * same body but for the id asked about. So existence does not leak (issue #11).
 */
@QuarkusTest
class ConfidentialExistenceTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aStrangerCannotTellAConfidentialRecordFromAMadeUpId() {
        ReadyInspection stationed = api.stationed();
        String member = stationed.team().memberToken();
        UUID lead = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(),
                "summary", "村支书张某涉嫌侵占集体土地补偿款", "persons", "张某", "source", "个别谈话")).post("/leads"));
        UUID interview = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(),
                "category", "PRINCIPAL_LEADER", "interviewee", "张某，镇党委书记", "heldOn", Committee.today().toString(),
                "confidentialSummary", "反映班子议事规则执行不严",
                "interviewers", List.of(stationed.team().leaderId(), stationed.team().memberId()))).post("/interviews"));
        UUID petition = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(),
                "receivedOn", Committee.today().toString(), "channel", "LETTER", "petitioner", "匿名群众",
                "subject", "低保优亲厚友", "summary", "反映村干部亲属违规享受低保")).post("/petitions"));
        UUID notice = RoundApi.created(api.as(Tokens.as("DISCIPLINE").sign()).body(Map.of(
                "reference", "纪立〔2026〕" + UUID.randomUUID(), "organizationId", stationed.organizationId(),
                "personName", "赵某", "personPost", "党委副书记", "openedOn", Committee.today().minusDays(1).toString(),
                "note", "涉嫌违反廉洁纪律")).post("/case-notices"));
        UUID infoRequest = UUID.fromString(api.as(api.office()).queryParam("inspectionId", stationed.inspectionId())
                .get("/info-requests").then().statusCode(200).extract().jsonPath().getString("items[0].id"));
        String otherTeamsLeader = api.stationed().team().leaderToken();
        List<String> strangers = List.of(otherTeamsLeader, member, Tokens.as("DISCIPLINE").sign(),
                Tokens.as("ORGANIZATION").sign(), Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign());

        Map<String, UUID> records = Map.of("/leads/{id}", lead, "/interviews/{id}", interview,
                "/petitions/{id}", petition, "/case-notices/{id}", notice, "/info-requests/{id}", infoRequest);
        int compared = 0;
        for (Map.Entry<String, UUID> record : records.entrySet()) {
            for (String stranger : strangers) {
                Response real = api.as(stranger).get(record.getKey(), record.getValue());
                if (real.statusCode() == 200) {
                    continue; // not a stranger to this record (the member reads the team's info requests)
                }
                UUID madeUp = UUID.randomUUID();
                Response none = api.as(stranger).get(record.getKey(), madeUp);
                assertThat(real.statusCode()).as("%s as a stranger", record.getKey()).isEqualTo(none.statusCode());
                assertThat(real.asString().replace(record.getValue().toString(), "<id>"))
                        .as("%s as a stranger", record.getKey())
                        .isEqualTo(none.asString().replace(madeUp.toString(), "<id>"));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(records.size() * 3);
    }
}
