package org.xuncha.round.commonproblem;

/**
 * Findings of one category in one kind of organization across a term, proposed as a common
 * problem when they recur in enough organizations or a team flagged one as a candidate.
 */
public record Proposal(String categoryCode, String categoryName, String organizationType, long organizations,
        long findings, boolean flaggedByTeam) {
}
