package org.xuncha.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xuncha.contract.audit.AuditHeadPublished;
import org.xuncha.contract.bodies.CaseOpened;
import org.xuncha.contract.bodies.LeadArchived;
import org.xuncha.contract.bodies.LeadDispositionReport;
import org.xuncha.contract.bodies.LeadDisposed;
import org.xuncha.contract.bodies.LeadProgressReport;
import org.xuncha.contract.bodies.LeadProgressReported;
import org.xuncha.contract.bodies.LeadTransferred;
import org.xuncha.contract.bodies.OpinionGiven;
import org.xuncha.contract.bodies.ReportRefused;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationNotified;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.contract.round.FeedbackIssued;

/**
 * The events on the wire are a contract with another service and with the discipline commission's
 * systems. Each version's sample is committed under {@code contracts/}: today's classes must write
 * exactly that sample and read every committed one, so a change that would break a consumer fails
 * here and shows in review.
 */
class ContractCompatibilityTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Stream<EventEnvelope<?>> samples() {
        return Stream.of(sampleFeedbackIssued(), sampleSignOffCompleted(), sampleRectificationReported(),
                sampleLedgerItemClosed(), sampleLedgerItemReopened(), sampleRectificationOverdue(), sampleCaseClosed(),
                sampleRectificationNotified(), sampleLeadTransferred(), sampleLeadProgressReported(), sampleLeadDisposed(),
                sampleLeadArchived(), sampleReportRefused(), sampleOpinionGiven(), sampleLeadProgressReport(),
                sampleLeadDispositionReport(), sampleCaseOpened(), sampleAuditHeadPublished());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachEventIsWrittenExactlyAsItsCommittedSample(EventEnvelope<?> sample) throws IOException {
        JsonNode written = json.readTree(json.writeValueAsString(sample)); // as on the wire: a long 1200 reads as 1200

        assertThat(written).isEqualTo(committed(sample.type() + "-v" + sample.version() + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachCommittedSampleIsReadBack(EventEnvelope<?> sample) throws IOException {
        EventType<?> type = EventTypes.find(sample.type(), sample.version()).orElseThrow();
        EventEnvelope<?> read = json.treeToValue(committed(sample.type() + "-v" + sample.version() + ".json"),
                json.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadClass()));

        assertThat(read).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .withComparatorForType(OffsetDateTime::compareTo, OffsetDateTime.class)
                .isEqualTo(sample);
    }

    @Test
    void everyEventTypeHasASampleHere() {
        assertThat(samples().map(sample -> sample.type() + " v" + sample.version()))
                .containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventType::toString).toList());
    }

    @Test
    void everyEventTypeHasACommittedSampleOfItsVersion() {
        for (EventType<?> type : EventTypes.all()) {
            assertThat(getClass().getResource("/contracts/" + type.name() + "-v" + type.version() + ".json"))
                    .as("sample of %s", type).isNotNull();
        }
    }

    @Test
    void aConsumerIgnoresFieldsAddedByANewerProducer() throws IOException {
        JsonNode newer = committed("FeedbackIssued-v1.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) newer.get("payload")).put("addedLater", "ignored");

        EventEnvelope<FeedbackIssued> read = json.treeToValue(newer,
                json.getTypeFactory().constructParametricType(EventEnvelope.class, FeedbackIssued.class));

        assertThat(read.payload().findings()).hasSize(2);
    }

    private JsonNode committed(String name) throws IOException {
        if (Boolean.getBoolean("contracts.write")) {
            writeMissing(name);
        }
        try (InputStream sample = getClass().getResourceAsStream("/contracts/" + name)) {
            return json.readTree(sample);
        }
    }

    /** {@code -Dcontracts.write=true} writes the sample of a new type or version once; it never overwrites one. */
    private void writeMissing(String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/contracts", name);
        if (java.nio.file.Files.exists(file)) {
            return;
        }
        EventEnvelope<?> sample = samples().filter(s -> (s.type() + "-v" + s.version() + ".json").equals(name))
                .findFirst().orElseThrow();
        java.nio.file.Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n");
    }

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-05-20T09:00:00+08:00");
    private static final UUID CASE = UUID.fromString("0193a3c4-0000-7000-8000-0000000000c1");
    private static final UUID INSPECTION = UUID.fromString("0193a3c4-0000-7000-8000-000000000020");
    private static final UUID ITEM = UUID.fromString("0193a3c4-0000-7000-8000-0000000000d1");
    private static final UUID FINDING = UUID.fromString("0193a3c4-0000-7000-8000-000000000061");
    private static final String ORGANIZATION = "0193a3c4-0000-7000-8000-000000000001";

    private static <P> EventEnvelope<P> envelope(EventType<P> type, String eventId, P payload) {
        return new EventEnvelope<>(UUID.fromString(eventId), type.name(), type.version(), AT, ORGANIZATION, payload);
    }

    static EventEnvelope<SignOffCompleted> sampleSignOffCompleted() {
        return envelope(EventTypes.SIGN_OFF_COMPLETED, "0193a3c4-0000-7000-8000-0000000000e1",
                new SignOffCompleted(CASE, INSPECTION, AT, List.of(
                        new SignOffCompleted.Signature("ORGANIZATION", "u-unit-1", "城关镇党委联络员", AT.minusHours(3)),
                        new SignOffCompleted.Signature("PRINCIPAL_LEADER", "u-10023", "王建国", AT.minusHours(2)),
                        new SignOffCompleted.Signature("LEADER_IN_CHARGE", "u-20045", "李明", AT))));
    }

    static EventEnvelope<RectificationReported> sampleRectificationReported() {
        return envelope(EventTypes.RECTIFICATION_REPORTED, "0193a3c4-0000-7000-8000-0000000000e2",
                new RectificationReported(CASE, INSPECTION, AT, 10, 9));
    }

    static EventEnvelope<LedgerItemClosed> sampleLedgerItemClosed() {
        return envelope(EventTypes.LEDGER_ITEM_CLOSED, "0193a3c4-0000-7000-8000-0000000000e3",
                new LedgerItemClosed(CASE, INSPECTION, ITEM, FINDING, AT, new BigDecimal("126000.00"), 2, 1));
    }

    static EventEnvelope<LedgerItemReopened> sampleLedgerItemReopened() {
        return envelope(EventTypes.LEDGER_ITEM_REOPENED, "0193a3c4-0000-7000-8000-0000000000e4",
                new LedgerItemReopened(CASE, INSPECTION, ITEM, FINDING, AT, "回头看发现问题反弹"));
    }

    static EventEnvelope<RectificationOverdue> sampleRectificationOverdue() {
        return envelope(EventTypes.RECTIFICATION_OVERDUE, "0193a3c4-0000-7000-8000-0000000000e5",
                new RectificationOverdue(CASE, INSPECTION, "ITEM", ITEM, FINDING, AT.minusDays(1), AT));
    }

    static EventEnvelope<CaseClosed> sampleCaseClosed() {
        return envelope(EventTypes.CASE_CLOSED, "0193a3c4-0000-7000-8000-0000000000e6",
                new CaseClosed(CASE, INSPECTION, AT, 10, 10));
    }

    private static final UUID LEAD = UUID.fromString("0193a3c4-0000-7000-8000-0000000000a1");
    private static final UUID REPORT = UUID.fromString("0193a3c4-0000-7000-8000-0000000000b1");
    private static final OrganizationRef TOWNSHIP = new OrganizationRef(UUID.fromString(ORGANIZATION), "城关镇党委", "TOWNSHIP",
            UUID.fromString("0193a3c4-0000-7000-8000-000000000002"), "某县县委", "县纪委监委第三监督检查室");

    static EventEnvelope<RectificationNotified> sampleRectificationNotified() {
        return envelope(EventTypes.RECTIFICATION_NOTIFIED, "0193a3c4-0000-7000-8000-0000000000e7",
                new RectificationNotified(UUID.fromString("0193a3c4-0000-7000-8000-0000000000f1"), CASE, INSPECTION,
                        "DISCIPLINE_BODY", "县纪委监委第三监督检查室", TOWNSHIP,
                        new RectificationNotified.Round(UUID.fromString("0193a3c4-0000-7000-8000-000000000030"),
                                UUID.fromString("0193a3c4-0000-7000-8000-000000000040"), "第10轮"),
                        new RectificationNotified.Team(UUID.fromString("0193a3c4-0000-7000-8000-000000000050"), "第一巡察组"),
                        AT.minusDays(1), AT, 10, AT.plusDays(6), AT.plusMonths(2),
                        List.of(new RectificationNotified.Point("会计李某", "虚报冒领"))));
    }

    static EventEnvelope<LeadTransferred> sampleLeadTransferred() {
        return envelope(EventTypes.LEAD_TRANSFERRED, "0193a3c4-0000-7000-8000-0000000000e8",
                new LeadTransferred(LEAD, "DISCIPLINE_COMMISSION", "DISCIPLINE_COMMISSION", AT, AT.plusMonths(3),
                        "村支书张某涉嫌侵占集体土地补偿款", "张某", "个别谈话",
                        new LeadTransferred.Inspection(INSPECTION,
                                new LeadTransferred.Round(UUID.fromString("0193a3c4-0000-7000-8000-000000000030"),
                                        UUID.fromString("0193a3c4-0000-7000-8000-000000000040"), 10, "REGULAR", "第10轮"),
                                new LeadTransferred.Team(UUID.fromString("0193a3c4-0000-7000-8000-000000000050"), "第一巡察组")),
                        TOWNSHIP));
    }

    static EventEnvelope<LeadProgressReported> sampleLeadProgressReported() {
        return envelope(EventTypes.LEAD_PROGRESS_REPORTED, "0193a3c4-0000-7000-8000-0000000000e9",
                new LeadProgressReported(LEAD, REPORT, "纪办〔2026〕31号", "已初步核实，正在调取账目", AT, AT.plusMonths(3)));
    }

    static EventEnvelope<LeadDisposed> sampleLeadDisposed() {
        return envelope(EventTypes.LEAD_DISPOSED, "0193a3c4-0000-7000-8000-0000000000ea",
                new LeadDisposed(LEAD, REPORT, "纪办〔2026〕58号", "SANCTIONED", "给予党内严重警告处分", 1, 1, 0, AT));
    }

    static EventEnvelope<LeadArchived> sampleLeadArchived() {
        return envelope(EventTypes.LEAD_ARCHIVED, "0193a3c4-0000-7000-8000-0000000000eb", new LeadArchived(LEAD, AT));
    }

    static EventEnvelope<ReportRefused> sampleReportRefused() {
        return envelope(EventTypes.REPORT_REFUSED, "0193a3c4-0000-7000-8000-0000000000ec",
                new ReportRefused(UUID.fromString("0193a3c4-0000-7000-8000-0000000000f2"), "纪办〔2026〕59号",
                        "LEAD_DISPOSITION", LEAD, "CONTRADICTS_SETTLED_RESULT",
                        "The lead was settled as SANCTIONED by 纪办〔2026〕58号; CLOSED contradicts it", AT));
    }

    static EventEnvelope<OpinionGiven> sampleOpinionGiven() {
        return envelope(EventTypes.OPINION_GIVEN, "0193a3c4-0000-7000-8000-0000000000ed",
                new OpinionGiven(UUID.fromString("0193a3c4-0000-7000-8000-0000000000f3"), "组干函〔2026〕7号", "CADRE",
                        UUID.fromString(ORGANIZATION), null, "王建国", "巡察中未发现该同志有违纪问题线索",
                        new OpinionGiven.Counts(1, 12, 0), AT));
    }

    static EventEnvelope<LeadProgressReport> sampleLeadProgressReport() {
        return envelope(EventTypes.LEAD_PROGRESS_REPORT, "0193a3c4-0000-7000-8000-0000000000ef",
                new LeadProgressReport("纪办〔2026〕31号", LEAD, "已初步核实，正在调取账目"));
    }

    static EventEnvelope<LeadDispositionReport> sampleLeadDispositionReport() {
        return envelope(EventTypes.LEAD_DISPOSITION_REPORT, "0193a3c4-0000-7000-8000-0000000000f0",
                new LeadDispositionReport("纪办〔2026〕58号", LEAD, "SANCTIONED", "给予党内严重警告处分", 1, 1, 0));
    }

    static EventEnvelope<CaseOpened> sampleCaseOpened() {
        return envelope(EventTypes.CASE_OPENED, "0193a3c4-0000-7000-8000-0000000000f4",
                new CaseOpened("纪立〔2026〕12号", UUID.fromString(ORGANIZATION), "赵某", "党委副书记",
                        java.time.LocalDate.parse("2026-05-19"), "涉嫌违反廉洁纪律"));
    }

    static EventEnvelope<AuditHeadPublished> sampleAuditHeadPublished() {
        return new EventEnvelope<>(UUID.fromString("0193a3c4-0000-7000-8000-0000000000f5"), "AuditHeadPublished", 1, AT,
                "00000000-0000-0000-0000-000000000000", new AuditHeadPublished("round-service", 1200,
                        "9f2c1b0e6d4a8f3e2b7c5d1a0e9f8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a", AT));
    }

    static EventEnvelope<FeedbackIssued> sampleFeedbackIssued() {
        OffsetDateTime issuedAt = OffsetDateTime.parse("2026-03-20T15:30:00+08:00");
        UUID organizationId = UUID.fromString("0193a3c4-0000-7000-8000-000000000001");
        FeedbackIssued payload = new FeedbackIssued(
                UUID.fromString("0193a3c4-0000-7000-8000-000000000010"),
                UUID.fromString("0193a3c4-0000-7000-8000-000000000020"),
                new FeedbackIssued.Round(UUID.fromString("0193a3c4-0000-7000-8000-000000000030"),
                        UUID.fromString("0193a3c4-0000-7000-8000-000000000040"), 10, "REGULAR", "第10轮"),
                new FeedbackIssued.Team(UUID.fromString("0193a3c4-0000-7000-8000-000000000050"), "第一巡察组"),
                new OrganizationRef(organizationId, "城关镇党委", "TOWNSHIP",
                        UUID.fromString("0193a3c4-0000-7000-8000-000000000002"), "某县县委", "县纪委监委第三监督检查室"),
                new Official("u-10023", "王建国", "党委书记"),
                new Official("u-20045", "李明", "副县长"),
                issuedAt,
                List.of(new FeedbackIssued.Finding(UUID.fromString("0193a3c4-0000-7000-8000-000000000061"), "COUNTY-3",
                                "侵占集体资金资产资源，贪污贿赂、权钱交易、腐化堕落等违纪违法问题", "村集体资金账外运行",
                                new BigDecimal("126000.00")),
                        new FeedbackIssued.Finding(UUID.fromString("0193a3c4-0000-7000-8000-000000000062"), "COUNTY-1",
                                "基层四项基础制度不落实，党务政务不公开，独断专行、我行我素等违反组织纪律问题", "三务公开不及时", null)),
                List.of(new FeedbackIssued.Point("村党支部书记张某", "集体资金账外运行")),
                List.of(new FeedbackIssued.Point("会计李某", "虚报冒领")));
        return new EventEnvelope<>(UUID.fromString("0193a3c4-0000-7000-8000-0000000000ee"), "FeedbackIssued", 1,
                issuedAt, organizationId.toString(), payload);
    }
}
