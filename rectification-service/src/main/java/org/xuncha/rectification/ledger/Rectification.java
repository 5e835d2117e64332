package org.xuncha.rectification.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the organization enters on an item: how it rectifies it, who answers for it, by when, and
 * what it achieved.
 */
public record Rectification(
        String measures, String responsiblePerson, String responsibleDepartment, ItemTerm term, LocalDate deadline,
        BigDecimal moneyRecovered, int rulesEstablished, int personsHeldAccountable) {
}
