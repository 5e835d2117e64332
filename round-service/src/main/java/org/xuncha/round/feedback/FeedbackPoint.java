package org.xuncha.round.feedback;

/**
 * A point of the secretary's list (书记点人点事清单) or of the accountability list (追责问责清单).
 *
 * @param persons the persons named, as free text
 * @param matter what the point is about
 */
public record FeedbackPoint(String persons, String matter) {
}
