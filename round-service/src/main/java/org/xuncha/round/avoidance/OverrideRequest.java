package org.xuncha.round.avoidance;

/**
 * The leadership group's request to go ahead despite avoidance conflicts.
 *
 * @param reason the written reason, which is recorded with each conflict overridden
 */
public record OverrideRequest(String reason) {
}
