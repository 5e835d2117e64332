package org.xuncha.round.registry;

import java.util.UUID;

/**
 * A search of the registry; absent fields do not filter.
 *
 * @param name any part of the name
 * @param creditCode the credit code or its beginning
 * @param under an organization whose subtree (itself included) is searched
 * @param parentId only the direct children of this organization
 */
public record OrganizationSearch(String name, String creditCode, OrganizationType type, UUID under, UUID parentId) {
}
