package org.xuncha.contract;

/**
 * A person in an office: an organization's principal leader (主要负责人) or the leader in charge
 * of it (分管领导).
 *
 * @param userId the person's account in the identity provider (the {@code sub} of their token),
 *     or {@code null} where the registry does not know it yet
 * @param name the person's name
 * @param post the post held, e.g. 党委书记
 */
public record Official(String userId, String name, String post) {
}
