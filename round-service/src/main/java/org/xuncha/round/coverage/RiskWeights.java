package org.xuncha.round.coverage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much each risk signal weighs when candidates are ranked ({@code xuncha.coverage.weights.*}). */
@ConfigMapping(prefix = "xuncha.coverage.weights")
public interface RiskWeights {

    /** Per finding of earlier inspections of the organization. */
    @WithDefault("1")
    int findings();

    /** Per issue an audit found (巡审联动). */
    @WithDefault("2")
    int auditIssues();

    /** Per lead on the organization not yet disposed of. */
    @WithDefault("3")
    int openLeads();

    /** Per partner department that advised inspecting the organization in the term's consultations. */
    @WithDefault("2")
    int consultations();

    /** Per petition about the organization. */
    @WithDefault("2")
    int petitions();
}
