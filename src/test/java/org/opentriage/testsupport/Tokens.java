package org.opentriage.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens for the security tests, signed with a key pair made for the run; the service is given
 * only the public half ({@code QUARKUS_OIDC_PUBLIC_KEY}), as a deployment without a provider is.
 */
public final class Tokens {

    public static final String ISSUER = "https://auth.clinic.example/realms/triage";
    public static final String AUDIENCE = "triage-service";

    private final KeyPair key = newKey();
    private final KeyPair otherKey = newKey();

    /** The public key, base64 DER, as quarkus.oidc.public-key takes it. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    /** A valid token for a client app (azp) holding these roles. */
    public String forClient(String clientId, String... roles) {
        return claims(clientId, clientId, roles).sign(key.getPrivate());
    }

    /** A valid token for a person (preferred_username), signed in through the dashboard client. */
    public String forPerson(String username, String... roles) {
        return claims("triage-dashboard", username, roles).claim("preferred_username", username).sign(key.getPrivate());
    }

    public String expired(String clientId, String... roles) {
        return claims(clientId, clientId, roles).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(600)).sign(key.getPrivate());
    }

    public String wrongIssuer(String clientId, String... roles) {
        return claims(clientId, clientId, roles).issuer("https://attacker.example").sign(key.getPrivate());
    }

    public String wrongAudience(String clientId, String... roles) {
        return claims(clientId, clientId, roles).audience("another-service").sign(key.getPrivate());
    }

    /** Signed by a key the service does not trust. */
    public String wrongSignature(String clientId, String... roles) {
        return claims(clientId, clientId, roles).sign(otherKey.getPrivate());
    }

    /** {@code alg: none}: claims anyone could write. */
    public String unsigned(String clientId, String... roles) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long now = Instant.now().getEpochSecond();
        String payload = base64("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + clientId
                + "\",\"azp\":\"" + clientId + "\",\"groups\":[\"" + String.join("\",\"", roles) + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + 600) + "}");
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String clientId, String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("azp", clientId).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
