package org.xuncha.round.registry;

import jakarta.persistence.Embeddable;
import org.xuncha.contract.Official;

/**
 * A leader of an organization: its principal leader (主要负责人) or the leader in charge (分管领导).
 *
 * @param userId their account, matched against the {@code sub} of their token when they sign
 */
@Embeddable
public record Leader(String userId, String name, String post) {

    public Official toOfficial() {
        return new Official(userId, name, post);
    }
}
