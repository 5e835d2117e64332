package org.xuncha.round.pool;

import java.util.List;
import java.util.UUID;

/**
 * What the pools record about a cadre.
 *
 * @param userId their account (the subject of their token), if they have one
 * @param rank 职级, e.g. 正科级
 * @param homeOrganizationId where they work now
 * @param homeLocalityId the township or village they come from: the REGION ground of avoidance
 * @param skills 纪检, 组织, 财务, 审计, 法律 …
 */
public record CadreProfile(
        String name, String userId, String rank, SourceSystem sourceSystem, UUID homeOrganizationId,
        UUID homeLocalityId, List<String> skills) {
}
