package org.xuncha.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** FeedbackIssued v1 envelopes as round-service writes them into its outbox (shared-model's contract). */
final class Feedbacks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One feedback: its ids and the envelope's JSON. */
    record Feedback(UUID eventId, UUID inspectionId, UUID organizationId, String json) {
    }

    static Feedback of(UUID organizationId, String principalLeader, String leaderInCharge, int findings) throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID inspectionId = UUID.randomUUID();
        String issuedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).toString();
        List<Map<String, Object>> found = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            found.add(map("findingId", UUID.randomUUID(), "categoryCode", "COUNTY-" + (1 + (i - 1) % 5),
                    "categoryName", "县区巡察问题类别 " + i, "description", "问题 " + i, "moneyInvolved", "1000.00"));
        }
        Map<String, Object> payload = map(
                "feedbackId", UUID.randomUUID(),
                "inspectionId", inspectionId,
                "round", map("id", UUID.randomUUID(), "termId", UUID.randomUUID(), "number", 10, "kind", "REGULAR",
                        "name", "第10轮"),
                "team", map("id", UUID.randomUUID(), "name", "第一巡察组"),
                "organization", map("id", organizationId, "name", "城关镇党委", "type", "TOWNSHIP",
                        "parentId", UUID.randomUUID(), "parentName", "某县县委", "disciplineBody", "县纪委监委第三监督检查室"),
                "principalLeader", map("userId", principalLeader, "name", "王建国", "post", "党委书记"),
                "leaderInCharge", map("userId", leaderInCharge, "name", "李明", "post", "副县长"),
                "issuedAt", issuedAt,
                "findings", found,
                "secretaryPoints", List.of(map("persons", "村党支部书记张某", "matter", "集体资金账外运行")),
                "accountabilityPoints", List.of(map("persons", "会计李某", "matter", "虚报冒领")));
        Map<String, Object> envelope = map("eventId", eventId, "type", "FeedbackIssued", "version", 1,
                "occurredAt", issuedAt, "organizationId", organizationId.toString(), "payload", payload);
        return new Feedback(eventId, inspectionId, organizationId, JSON.writeValueAsString(envelope));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value instanceof UUID id ? id.toString() : value);
        }
        return map;
    }

    private Feedbacks() {
    }
}
