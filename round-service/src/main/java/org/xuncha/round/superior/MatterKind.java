package org.xuncha.round.superior;

/** 反馈意见 (an opinion to rectify) or 移交事项 (a matter transferred to handle). */
public enum MatterKind {
    OPINION,
    TRANSFERRED_MATTER
}
