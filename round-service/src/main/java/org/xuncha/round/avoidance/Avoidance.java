package org.xuncha.round.avoidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.pool.Cadre;
import org.xuncha.round.pool.Cadres;
import org.xuncha.round.pool.Posting;
import org.xuncha.round.pool.Relative;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;

/**
 * The avoidance check (三回避): whether cadres may inspect organizations, on all three grounds, and
 * the leadership group's overrides.
 */
@ApplicationScoped
public class Avoidance {

    private final Cadres cadres;
    private final Registry registry;
    private final AvoidanceOverrideRepository overrides;
    private final Clock clock;

    public Avoidance(Cadres cadres, Registry registry, AvoidanceOverrideRepository overrides, Clock clock) {
        this.cadres = cadres;
        this.registry = registry;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** Every conflict between the cadres and the organizations, whatever was overridden. */
    public List<AvoidanceConflict> conflicts(Collection<UUID> cadreIds, Collection<UUID> organizationIds) {
        List<Cadre> checked = cadres.all(List.copyOf(new LinkedHashSet<>(cadreIds)));
        List<Organization> inspected = registry.all(List.copyOf(new LinkedHashSet<>(organizationIds)));
        if (checked.isEmpty() || inspected.isEmpty()) {
            return List.of();
        }
        Set<UUID> referenced = new HashSet<>();
        for (Cadre cadre : checked) {
            referenced.addAll(cadre.organizationsServed());
            if (cadre.homeLocalityId() != null) {
                referenced.add(cadre.homeLocalityId());
            }
        }
        Map<UUID, Organization> places = registry.all(List.copyOf(referenced)).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<AvoidanceConflict> found = new ArrayList<>();
        for (Cadre cadre : checked) {
            for (Organization organization : inspected) {
                found.addAll(between(cadre, organization, places));
            }
        }
        return found;
    }

    /** The conflicts of a team's cadres with the organizations that the team has not had overridden. */
    public List<AvoidanceConflict> unresolved(UUID teamId, Collection<UUID> cadreIds, Collection<UUID> organizationIds) {
        List<AvoidanceOverride> allowed = overrides.ofTeam(teamId);
        return conflicts(cadreIds, organizationIds).stream()
                .filter(conflict -> allowed.stream().noneMatch(conflict::sameAs))
                .toList();
    }

    /**
     * Lets a team change go ahead despite conflicts only when the leadership group overrides them
     * with a written reason, which is recorded; otherwise refuses it naming each conflict.
     *
     * @param override the leadership group's override, or {@code null} when none is asked for
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(UUID teamId, List<AvoidanceConflict> conflicts, OverrideRequest override, Caller caller) {
        if (conflicts.isEmpty()) {
            return;
        }
        if (override == null) {
            throw new AvoidanceRefused(conflicts);
        }
        if (!caller.hasRole(Roles.LEADERSHIP)) {
            throw new Forbidden("Only the leadership group (巡察工作领导小组) may override an avoidance conflict");
        }
        String reason = override.reason();
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("override.reason", "must give the written reason for overriding the avoidance conflict");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        conflicts.forEach(conflict -> overrides.persist(
                new AvoidanceOverride(teamId, conflict, reason.trim(), caller.userId(), now)));
    }

    public List<AvoidanceOverride> overridesOf(UUID teamId) {
        return overrides.ofTeam(teamId);
    }

    private static List<AvoidanceConflict> between(Cadre cadre, Organization inspected, Map<UUID, Organization> places) {
        List<AvoidanceConflict> found = new ArrayList<>();
        List<UUID> served = cadre.organizationsServed();
        for (UUID servedId : new LinkedHashSet<>(served)) {
            Organization place = places.get(servedId);
            if (place != null && inspected.contains(place)) {
                found.add(conflict(cadre, inspected, Ground.POSTING, servedId.equals(cadre.homeOrganizationId())
                        ? "works in " + place.name() : "worked in " + place.name() + postOf(cadre, servedId)));
                break;
            }
        }
        for (Relative relative : cadre.relatives()) {
            if (relative.organizationId().equals(inspected.id())) {
                found.add(conflict(cadre, inspected, Ground.KINSHIP, "declared relative " + relative.name() + " ("
                        + relative.relation() + ") holds a post there" + (relative.post() == null ? "" : ": " + relative.post())));
                break;
            }
        }
        Organization home = cadre.homeLocalityId() == null ? null : places.get(cadre.homeLocalityId());
        if (home != null && inspected.type().isLocality() && (inspected.contains(home) || home.contains(inspected))) {
            found.add(conflict(cadre, inspected, Ground.REGION, "comes from " + home.name()));
        }
        return found;
    }

    private static String postOf(Cadre cadre, UUID organizationId) {
        return cadre.postings().stream().filter(posting -> posting.organizationId().equals(organizationId))
                .map(Posting::post).filter(post -> post != null && !post.isBlank()).findFirst()
                .map(post -> " as " + post).orElse("");
    }

    private static AvoidanceConflict conflict(Cadre cadre, Organization inspected, Ground ground, String detail) {
        return new AvoidanceConflict(cadre.id(), cadre.name(), inspected.id(), inspected.name(), ground,
                cadre.name() + " " + detail);
    }
}
