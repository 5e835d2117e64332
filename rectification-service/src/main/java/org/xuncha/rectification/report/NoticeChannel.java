package org.xuncha.rectification.report;

/** Where the organization made its rectification public (向党内和社会通报). */
public enum NoticeChannel {
    /** Its website or official account (门户网站、公众号). */
    WEBSITE,
    /** A notice board (公开栏、村务公开栏). */
    NOTICE_BOARD,
    /** A meeting of members or residents (党员大会、村民代表会议). */
    MEETING,
    /** A local newspaper, radio or television. */
    MEDIA,
    OTHER
}
