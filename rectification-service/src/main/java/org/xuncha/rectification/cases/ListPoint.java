package org.xuncha.rectification.cases;

/** A point of the secretary's list or the accountability list, as fed back. */
public record ListPoint(String persons, String matter) {
}
