package org.xuncha.round.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.round.coverage.CoverageRate;

/** The summary paragraph in the seeds' own shape, from the seeds' own figures (seed 000, seed 002). */
class SummaryParagraphTest {

    @Test
    void theEleventhTermsFiguresReadAsSeed000WritesThem() {
        Figures.Totals term = totals(15, 361, null, 223, 78, 1883, new BigDecimal("0.9000"), new BigDecimal("0.9714"),
                new BigDecimal("22463100.00"));

        assertThat(SummaryParagraph.of("十一届区委巡察", term)).startsWith("十一届区委巡察共开展了15轮巡察")
                .contains("完成了对361个党组织的巡察", "抽调干部223人次，其中纪检监察系统干部78人次、其他系统干部145人次",
                        "共向各被巡察党组织反馈问题1883个",
                        "整改率为90%，巡察反馈整改督查后提升至97.1%，累计督促追缴资金2246.31万元")
                .endsWith("。");
    }

    @Test
    void aWholeTermSaysItsCoverageAndARateNotYetKnownIsLeftOut() {
        CoverageRate coverage = new CoverageRate(UUID.randomUUID(), 361, 361, new BigDecimal("1.0000"));
        String text = SummaryParagraph.of("区委巡察", totals(15, 361, coverage, 0, 0, 0, null, null, BigDecimal.ZERO));

        assertThat(text).contains("巡察覆盖率为100%", "抽调干部0人次。").doesNotContain("整改率", "其中");
    }

    @Test
    void percentagesKeepAtMostOneDecimal() {
        assertThat(SummaryParagraph.percent(new BigDecimal("0.9714"))).isEqualTo("97.1");
        assertThat(SummaryParagraph.percent(new BigDecimal("0.9000"))).isEqualTo("90");
        assertThat(SummaryParagraph.percent(new BigDecimal("0.0005"))).isEqualTo("0.1");
    }

    private static Figures.Totals totals(long rounds, long organizations, CoverageRate coverage, long deployed,
            long discipline, long fedBack, BigDecimal atFirstReport, BigDecimal afterSupervision, BigDecimal money) {
        Map<String, Long> bySystem = deployed == 0 ? Map.of() : Map.of("DISCIPLINE", discipline, "OTHER", deployed - discipline);
        return new Figures.Totals(new FigureScope(UUID.randomUUID(), null, null, null), rounds, 56, deployed, bySystem,
                deployed, bySystem, organizations, coverage, 0, fedBack, Map.of(), fedBack, 0, 0, 0, Map.of(), 0, 0, 0,
                0, 0, 0, new Figures.Rectification(atFirstReport, afterSupervision, 0, money, 0, 0, 0));
    }
}
