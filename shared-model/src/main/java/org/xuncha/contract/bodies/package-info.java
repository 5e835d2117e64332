/**
 * What round-service exchanges with the discipline commission's (纪委监委) and the organization
 * department's (组织部) systems: the events of the leads transferred to them and of the opinions given
 * to them (on each body's topic, keyed by lead or request), and what their systems send in (lead
 * reports, case-opened notices). Every payload carries what the receiving side needs and nothing
 * it does not: never the team's assessment (研判) of a lead, nor who on the team found it.
 */
package org.xuncha.contract.bodies;
