package org.xuncha.round.appraisal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How findings and leads weigh in the yearly appraisal ({@code xuncha.appraisal.weights.*}, seed 004 §17):
 * a lead that led to a case (立案, 处分, 移送司法) counts for more than one settled without.
 */
@ConfigMapping(prefix = "xuncha.appraisal.weights")
public interface AppraisalWeights {

    /** Per confirmed finding. */
    @WithDefault("1")
    int findings();

    /** Per lead. */
    @WithDefault("2")
    int leads();

    /** On top, per lead that led to a case. */
    @WithDefault("3")
    int leadsToCases();
}
