package org.xuncha.testing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Official;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.round.FeedbackIssued;

/** Events as round-service would publish them, for tests of their consumers. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** Feedback to a new township with {@code findings} findings; its leaders' accounts are given. */
    public static EventEnvelope<FeedbackIssued> feedbackIssued(int findings, String principalLeaderUserId,
            String leaderInChargeUserId) {
        UUID organizationId = UUID.randomUUID();
        FeedbackIssued payload = new FeedbackIssued(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new FeedbackIssued.Round(UUID.randomUUID(), UUID.randomUUID(), 10, "REGULAR", "第10轮"),
                new FeedbackIssued.Team(UUID.randomUUID(), "第一巡察组"),
                new OrganizationRef(organizationId, "城关镇党委", "TOWNSHIP", UUID.randomUUID(), "某县县委",
                        "县纪委监委第三监督检查室"),
                new Official(principalLeaderUserId, "王建国", "党委书记"),
                new Official(leaderInChargeUserId, "李明", "副县长"),
                OffsetDateTime.now(ZoneOffset.ofHours(8)),
                IntStream.rangeClosed(1, findings)
                        .mapToObj(i -> new FeedbackIssued.Finding(UUID.randomUUID(), "COUNTY-" + (1 + (i - 1) % 5),
                                "县区巡察问题类别 " + i, "问题 " + i, new BigDecimal("1000.00")))
                        .toList(),
                List.of(new FeedbackIssued.Point("村党支部书记张某", "集体资金账外运行")),
                List.of(new FeedbackIssued.Point("会计李某", "虚报冒领")));
        return EventEnvelope.of(EventTypes.FEEDBACK_ISSUED, organizationId.toString(), payload.issuedAt(), payload);
    }
}
