package org.xuncha.round.imports;

/** What writing an accepted row did to the item of its key. */
public enum Outcome {
    INSERTED, UPDATED, UNCHANGED
}
