package org.xuncha.contract;

import java.util.UUID;

/**
 * An organization as events describe it.
 *
 * @param type the organization type's code in the registry, e.g. TOWNSHIP, VILLAGE, ORGAN
 * @param parentId the parent organization, or {@code null} at the top of the tree
 * @param parentName the parent's name; a village's feedback also goes to its parent (seed 000)
 * @param disciplineBody the discipline body liaising with the organization (派驻纪检监察组, 纪工委),
 *     which the rectification case notifies; {@code null} where the registry does not name one
 */
public record OrganizationRef(
        UUID id, String name, String type, UUID parentId, String parentName, String disciplineBody) {
}
