package org.xuncha.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens signed with the test key ({@code xuncha-test-jwt/private.pem}), which the services
 * accept in their test profile only.
 *
 * <pre>{@code
 * given().auth().oauth2(Tokens.as("UNIT").organization(orgId).sign())
 * }</pre>
 */
public final class Tokens {

    public static final String ISSUER = "https://xuncha.test/issuer";
    private static final PrivateKey KEY = readKey("/xuncha-test-jwt/private.pem");

    private final Set<String> roles;
    private String subject = "user-" + UUID.randomUUID();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private Duration lifetime = Duration.ofHours(1);

    private Tokens(Set<String> roles) {
        this.roles = roles;
    }

    public static Tokens as(String... roles) {
        return new Tokens(Set.of(roles));
    }

    public Tokens subject(String userId) {
        this.subject = userId;
        return this;
    }

    public Tokens organization(UUID organizationId) {
        claims.put("org", organizationId.toString());
        return this;
    }

    public Tokens cadre(UUID cadreId) {
        claims.put("cadre", cadreId.toString());
        return this;
    }

    /** The system an INTEGRATION (service) account belongs to, e.g. {@code DISCIPLINE_COMMISSION}. */
    public Tokens system(String name) {
        claims.put("system", name);
        return this;
    }

    public Tokens expiredAgo(Duration age) {
        this.lifetime = age.negated();
        return this;
    }

    public String sign() {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .issuedAt(now - 5)
                .expiresAt(now + lifetime.toSeconds());
        claims.forEach(builder::claim);
        return builder.jws().sign(KEY);
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = Tokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException unreadable) {
            throw new IllegalStateException("Cannot read test key " + resource, unreadable);
        }
    }
}
