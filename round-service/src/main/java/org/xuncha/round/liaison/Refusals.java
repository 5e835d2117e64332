package org.xuncha.round.liaison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.bodies.ReportRefused;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.lead.ReceivingBody;

/**
 * What the bodies sent and was refused, never applied: recorded in the transaction that refuses it,
 * listed for the office (and each body its own), and told to the sender's topic and feed
 * ({@code ReportRefused}) the first time.
 */
@ApplicationScoped
public class Refusals implements PanacheRepositoryBase<ReportRefusal, UUID> {

    /** The organization of a refusal's event when the report named none the sender may know. */
    static final UUID NO_ORGANIZATION = new UUID(0, 0);

    private final Feeds feeds;
    private final ObjectMapper json;
    private final Clock clock;

    public Refusals(Feeds feeds, ObjectMapper json, Clock clock) {
        this.feeds = feeds;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a body sent, as a refusal records it.
     *
     * @param content what was sent, kept for the office to read
     */
    public record Sent(ReceivingBody sender, Channel channel, ReportType report, String reference, UUID leadId,
            UUID organizationId, Object content) {
    }

    /** Records that {@code sent} is refused for {@code reason}; the same content under the same reference again counts as another attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportRefusal refuse(Sent sent, RefusalReason reason, String detail) {
        String content = serialize(sent.content());
        String fingerprint = Fingerprint.of(sent.report(), content);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportRefusal existing = find("sender = ?1 and reference = ?2 and fingerprint = ?3", sent.sender(),
                sent.reference(), fingerprint).firstResult();
        if (existing != null) {
            existing.again(now);
            return existing;
        }
        ReportRefusal refusal = new ReportRefusal(sent.sender(), sent.reference(), sent.report(), sent.channel(),
                sent.leadId(), sent.organizationId(), reason, detail, content, fingerprint, now);
        persist(refusal);
        sent.sender().topic().ifPresent(topic -> feeds.publish(EventTypes.REPORT_REFUSED, topic,
                (sent.organizationId() == null ? NO_ORGANIZATION : sent.organizationId()).toString(),
                sent.leadId() == null ? sent.reference() : sent.leadId().toString(),
                new ReportRefused(refusal.id(), refusal.reference(), refusal.report().name(), refusal.leadId(),
                        reason.name(), detail, now)));
        return refusal;
    }

    /** A page of refusals, oldest first: the office and the leadership see all, a body (its accounts, its system) its own. */
    public Page<ReportRefusal> list(ReceivingBody sender, ReportType report, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)) {
            List<ReceivingBody> own = Arrays.stream(ReceivingBody.values())
                    .filter(body -> body != ReceivingBody.OTHER && body.isActedForBy(caller)).toList();
            conditions.add(own.isEmpty() ? "1 = 0" : "sender in :own");
            if (!own.isEmpty()) {
                parameters.and("own", own);
            }
        }
        if (sender != null) {
            conditions.add("sender = :sender");
            parameters.and("sender", sender);
        }
        if (report != null) {
            conditions.add("report = :report");
            parameters.and("report", report);
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return Page.of(find(where + "order by id", parameters).page(0, limit + 1).list(), limit,
                refusal -> Cursor.of(refusal.id()));
    }

    private String serialize(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException unserializable) {
            throw new IllegalStateException("A report cannot be serialized", unserializable);
        }
    }
}
