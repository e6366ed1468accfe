package org.opentriage.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opentriage.common.InvalidParameterException;

/** Turns the authenticated request into a {@link Caller}. */
@ApplicationScoped
public class Callers {

    /** Names the acting nurse only when authentication is disabled (dev); ignored otherwise. */
    public static final String ACTOR_HEADER = "X-Actor";
    static final String UNIDENTIFIED = "unidentified";
    private static final int MAX_NAME = 200;

    private final AuthConfig config;
    private final RateLimiter limiter;

    public Callers(AuthConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    /**
     * The caller of a request that starts new work (a triage, an intake), counted against its
     * client's rate limit: {@link org.opentriage.common.RateLimitedException} (429) when the client has used it up.
     */
    public Caller starting(SecurityContext context) {
        Caller caller = of(context);
        limiter.acquire(caller);
        return caller;
    }

    /**
     * The caller of this request. With authentication, the names come from the verified token;
     * without it (dev), the actor comes from the {@code X-Actor} header and nothing is isolated.
     */
    public Caller of(SecurityContext context, String actorHeader) {
        if (config.disabled()) {
            return new Caller(headerActor(actorHeader), Caller.UNAUTHENTICATED, false);
        }
        Principal principal = context.getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            // Roles are checked before any method runs, so an anonymous caller never gets here.
            throw new IllegalStateException("an authenticated request without a token");
        }
        String subject = bounded(token.getSubject());
        String actor = claimOr(token, config.actorClaim(), subject);
        String client = claimOr(token, config.clientIdClaim(), subject);
        return new Caller(actor, client, true);
    }

    public Caller of(SecurityContext context) {
        return of(context, null);
    }

    private static String claimOr(JsonWebToken token, String claim, String fallback) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value instanceof String plain ? plain : null;
        return text == null || text.isBlank() ? fallback : bounded(text);
    }

    private static String bounded(String name) {
        if (name == null || name.isBlank()) {
            return UNIDENTIFIED;
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String headerActor(String header) {
        if (header == null || header.isBlank()) {
            return UNIDENTIFIED;
        }
        if (header.length() > MAX_NAME || !header.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            throw new InvalidParameterException("header:" + ACTOR_HEADER, "must be at most 200 visible ASCII characters");
        }
        return header.strip();
    }
}
