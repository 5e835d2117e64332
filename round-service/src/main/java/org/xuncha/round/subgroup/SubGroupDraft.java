package org.xuncha.round.subgroup;

import java.util.List;
import java.util.UUID;

/**
 * A sub-group to form. For a speciality sub-group: its kind and members. For the village sub-team
 * (kind VILLAGE): the inspection of the township, the deputy leader who leads it, its members and
 * the villages it inspects.
 */
public record SubGroupDraft(UUID teamId, SubGroupKind kind, String name, List<UUID> members, UUID inspectionId,
        UUID leaderId, List<UUID> villageIds) {

    public SubGroupDraft {
        members = members == null ? List.of() : List.copyOf(members);
        villageIds = villageIds == null ? List.of() : List.copyOf(villageIds);
    }
}
