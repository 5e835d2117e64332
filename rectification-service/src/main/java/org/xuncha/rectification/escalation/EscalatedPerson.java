package org.xuncha.rectification.escalation;

/**
 * A person an escalation concerns.
 *
 * @param measure what befell them (诫勉谈话, 通报批评, 党内警告 …), for accountability
 */
public record EscalatedPerson(String name, String post, String organization, String measure) {
}
