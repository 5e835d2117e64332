package org.xuncha.round.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a term, round or team written as the office writes them in its reports, in the
 * seeds' own shape: "十一届区委巡察共开展了15轮巡察……共向各被巡察党组织反馈问题1883个……整改率为90%，巡察反馈整改
 * 督查后提升至97.1%，累计督促追缴资金2246.31万元" (seeds 000 and 002). Cadres are counted in 人次
 * (deployments), rates as percentages with at most one decimal, money in 万元 with two.
 */
public final class SummaryParagraph {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private SummaryParagraph() {
    }

    /** The paragraph for the figures of {@code scope}, e.g. "十一届区委巡察" or "第三轮巡察". */
    public static String of(String scope, Figures.Totals figures) {
        StringBuilder text = new StringBuilder(scope).append("共开展了").append(figures.rounds()).append("轮巡察，派出巡察组")
                .append(figures.teams()).append("个，完成了对").append(figures.organizationsInspected()).append("个党组织的巡察");
        if (figures.coverage() != null) {
            text.append("，巡察覆盖率为").append(percent(figures.coverage().rate())).append('%');
        }
        if (figures.villagesReachedByExtension() > 0) {
            text.append("，巡镇带村延伸巡察村（社区）").append(figures.villagesReachedByExtension()).append("个");
        }
        text.append("；抽调干部").append(figures.cadresDeployed()).append("人次");
        long discipline = figures.cadresBySourceSystem().getOrDefault("DISCIPLINE", 0L);
        if (figures.cadresDeployed() > 0) {
            text.append("，其中纪检监察系统干部").append(discipline).append("人次、其他系统干部")
                    .append(figures.cadresDeployed() - discipline).append("人次");
        }
        text.append("。共向各被巡察党组织反馈问题").append(figures.findingsFedBack()).append("个，移交问题线索")
                .append(figures.leadsTransferred()).append("件");
        if (figures.casesFiled() > 0) {
            text.append("，已立案").append(figures.casesFiled()).append("件");
        }
        Figures.Rectification rectification = figures.rectification();
        if (rectification.rateAtFirstReport() != null) {
            text.append("，整改率为").append(percent(rectification.rateAtFirstReport())).append('%');
            if (rectification.rateAfterSupervision() != null) {
                text.append("，巡察反馈整改督查后提升至").append(percent(rectification.rateAfterSupervision())).append('%');
            }
        }
        BigDecimal money = rectification.moneyRecovered() == null ? BigDecimal.ZERO : rectification.moneyRecovered();
        text.append("，累计督促追缴资金").append(money.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString())
                .append("万元");
        if (rectification.rulesEstablished() > 0) {
            text.append("，建立完善制度").append(rectification.rulesEstablished()).append("项");
        }
        if (rectification.personsHeldAccountable() > 0) {
            text.append("，问责").append(rectification.personsHeldAccountable()).append("人");
        }
        return text.append('。').toString();
    }

    /** A fraction from 0 to 1 as a percentage with at most one decimal: 0.9 is 90, 0.9714 is 97.1. */
    static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return percent.stripTrailingZeros().toPlainString();
    }
}
