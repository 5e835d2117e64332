package org.xuncha.rectification.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Period;

/** How rectification runs ({@code xuncha.rectification.*}). */
@ConfigMapping(prefix = "xuncha.rectification")
public interface RectificationConfig {

    Deadlines deadlines();

    Evidence evidence();

    DeadlineCheck deadlineCheck();

    /** The periodic check that flags missed deadlines. */
    interface DeadlineCheck {

        /** How often it runs, as the scheduler reads it ({@code 60s}, {@code 5m}). */
        @WithDefault("60s")
        String every();
    }

    /** How long after the feedback each step is due; fixed on the case when it opens. */
    interface Deadlines {

        /** The three signatures (三签收). */
        @WithDefault("P7D")
        Period signOff();

        /** The rectification plan (整改方案). */
        @WithDefault("P1M")
        Period plan();

        /** The rectification report (整改报告); two months is the regulation's figure for 巡视. */
        @WithDefault("P2M")
        Period report();
    }

    /** Evidence files of ledger items. */
    interface Evidence {

        /** Where files are stored, one folder per case; created when missing. */
        @WithDefault("data/evidence")
        Path directory();

        /** The largest file accepted. */
        @WithDefault("20M")
        MemorySize maxSize();
    }
}
