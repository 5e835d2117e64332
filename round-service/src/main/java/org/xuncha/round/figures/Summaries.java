package org.xuncha.round.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.planning.RoundRepository;
import org.xuncha.round.planning.TermRepository;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.team.TeamRepository;

/** The summary paragraph of a term, round or team's figures, as text and as an official document; the figures as a workbook. */
@ApplicationScoped
public class Summaries {

    private final Figures figures;
    private final TermRepository terms;
    private final RoundRepository rounds;
    private final TeamRepository teams;

    public Summaries(Figures figures, TermRepository terms, RoundRepository rounds, TeamRepository teams) {
        this.figures = figures;
        this.terms = terms;
        this.rounds = rounds;
        this.teams = teams;
    }

    /** What the paragraph covers and the paragraph. */
    public record Summary(String scope, String text) {
    }

    public Summary of(FigureScope scope) {
        Figures.Totals totals = figures.of(scope);
        String name = name(scope) + (scope.organizationType() == null ? "" : "对" + typeName(scope.organizationType()));
        return new Summary(name, SummaryParagraph.of(name + "巡察", totals));
    }

    /** The paragraph as a {@code .docx} laid out as an official document. */
    public byte[] document(FigureScope scope) {
        Summary summary = of(scope);
        return OfficialDocument.write(summary.scope() + "巡察工作情况", List.of(summary.text()));
    }

    /** The figures as an {@code .xlsx}: a sheet, a row per figure (FigureWorkbook). */
    public byte[] workbook(FigureScope scope) {
        Figures.Totals totals = figures.of(scope);
        String name = name(scope) + (scope.organizationType() == null ? "" : "对" + typeName(scope.organizationType()));
        return FigureWorkbook.write(name + "巡察工作数据", totals);
    }

    private String name(FigureScope scope) {
        if (scope.teamId() != null) {
            return teams.findByIdOptional(scope.teamId()).map(team -> team.name())
                    .orElseThrow(() -> new NotFound("Team", scope.teamId()));
        }
        if (scope.roundId() != null) {
            return rounds.findByIdOptional(scope.roundId()).map(round -> round.title())
                    .orElseThrow(() -> new NotFound("Round", scope.roundId()));
        }
        return terms.findByIdOptional(scope.termId()).map(term -> term.name())
                .orElseThrow(() -> new NotFound("Term", scope.termId()));
    }

    private static String typeName(OrganizationType type) {
        return switch (type) {
            case VILLAGE -> "村党组织";
            case COMMUNITY -> "社区党组织";
            case TOWNSHIP -> "乡镇党组织";
            case STREET -> "街道党组织";
            case STATE_ENTERPRISE -> "国有企业党组织";
            case SCHOOL -> "学校党组织";
            case PUBLIC_INSTITUTION -> "事业单位党组织";
            case COUNTY, ORGAN -> "机关单位党组织";
            case OTHER -> "其他党组织";
        };
    }
}
