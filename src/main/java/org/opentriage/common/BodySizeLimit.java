package org.opentriage.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies declared larger than 64 KiB with a problem body, before they are read. Vert.x cuts
 * any body past {@code quarkus.http.limits.max-body-size} (1 MiB), chunked ones included.
 */
public class BodySizeLimit {

    public static final long MAX_BODY_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return ProblemMappers.problem(Problem.of(400, "Invalid request", "Content-Length is not a number."));
        }
        if (bytes > MAX_BODY_BYTES) {
            return ProblemMappers.problem(Problem.of(413, "Content too large",
                    "The body is " + bytes + " bytes; the limit is " + MAX_BODY_BYTES + " bytes (64 KiB)."));
        }
        return null;
    }
}
