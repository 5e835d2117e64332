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
 * organization a UNIT account speaks for, and {@value #CADRE_CLAIM}: the cadre record of an
 * inspection team member.
 */
@RequestScoped
public class Caller {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String CADRE_CLAIM = "cadre";

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
