package org.xuncha.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making the current request, read from their bearer token.
 *
 * <p>Besides {@code sub} and {@code groups}, a token may carry {@value #ORGANIZATION_CLAIM}: the
 * organization a UNIT account speaks for, {@value #CADRE_CLAIM}: the cadre record of an
 * inspection team member, and {@value #SYSTEM_CLAIM}: the system an INTEGRATION (service) account
 * belongs to, e.g. {@code DISCIPLINE_COMMISSION} ({@link Systems}).
 */
@RequestScoped
public class Caller {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String CADRE_CLAIM = "cadre";
    public static final String SYSTEM_CLAIM = "system";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's account: the token's subject. */
    public String userId() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        Set<String> held = roles();
        for (String role : candidates) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        Set<String> groups = token.getGroups();
        return groups == null ? Set.of() : groups;
    }

    /** The system an INTEGRATION account belongs to; absent for anybody else. */
    public Optional<String> system() {
        if (!hasRole(Roles.INTEGRATION)) {
            return Optional.empty();
        }
        Optional<Object> value = token.claim(SYSTEM_CLAIM);
        return value.map(Object::toString).map(name -> name.replace("\"", "")).filter(name -> !name.isBlank());
    }

    /**
     * Whether the caller acts for the body whose accounts hold {@code bodyRole}
     * ({@link Roles#DISCIPLINE}, {@link Roles#ORGANIZATION}): an account of that role, or the body's
     * own system (an INTEGRATION account whose {@value #SYSTEM_CLAIM} names it). Only the flows of
     * that body ask this; elsewhere a system is just INTEGRATION.
     */
    public boolean speaksFor(String bodyRole) {
        return hasRole(bodyRole) || system().flatMap(Systems::bodyRole).map(bodyRole::equals).orElse(false);
    }

    /** The organization a UNIT account speaks for. */
    public Optional<UUID> organizationId() {
        return uuidClaim(ORGANIZATION_CLAIM);
    }

    /** The cadre record of a team leader or member. */
    public Optional<UUID> cadreId() {
        return uuidClaim(CADRE_CLAIM);
    }

    private Optional<UUID> uuidClaim(String name) {
        Optional<Object> value = token.claim(name);
        return value.map(Object::toString).map(Caller::parseOrNull);
    }

    private static UUID parseOrNull(String value) {
        try {
            return UUID.fromString(value.replace("\"", ""));
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }
}
