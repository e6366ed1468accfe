package org.opentriage.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as {@code application/problem+json} (RFC 9457). Bodies never echo patient
 * text; a 400 lists each invalid field.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(field(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return problem(new Problem("about:blank", "Invalid request", 400,
                "The request has " + violations.size() + " invalid field(s).", violations));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return problem(new Problem("about:blank", "Invalid request", 400, e.parameter() + " " + e.getMessage() + ".",
                List.of(new Problem.Violation(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException e) {
        return problem(new Problem("about:blank", "Invalid request", 400, e.getMessage(), e.violations()));
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidTransitionException e) {
        return problem(problemFor(e));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return problem(Problem.of(400, "Malformed JSON", "The body is not valid JSON (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = jsonPath(e);
        String message = e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                ? "must be one of " + enumValues(f.getTargetType())
                : e instanceof InvalidFormatException f && f.getTargetType() == String.class
                ? "must not contain a NUL character"
                : "has the wrong type or shape";
        if (field.isEmpty()) {
            return problem(Problem.of(400, "Malformed JSON", "The body must be a JSON object."));
        }
        return problem(new Problem("about:blank", "Invalid request", 400, "Field " + field + " " + message + ".",
                List.of(new Problem.Violation(field, message))));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return problem(Problem.of(400, "Malformed JSON", "The body could not be read as the expected JSON."));
    }

    @ServerExceptionMapper
    public Response notFound(CaseNotFoundException e) {
        return problem(problemFor(e));
    }

    @ServerExceptionMapper
    public Response expired(SessionExpiredException e) {
        return problem(problemFor(e));
    }

    @ServerExceptionMapper
    public Response conflict(IdempotencyConflictException e) {
        return problem(Problem.of(422, "Idempotency-Key reused", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Forbidden", "This token's roles do not allow this request."));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(429, "Too many requests", e.getMessage())).build();
    }

    /** No token, or one that is expired, unsigned, wrongly signed, or for another issuer or audience. */
    private static Response unauthenticated() {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "Unauthorized", "A valid bearer token is required.")).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException jpe) {
            return malformed(jpe);
        }
        if (cause instanceof MismatchedInputException mie) {
            return mismatched(mie);
        }
        if (cause instanceof JsonProcessingException jpe) {
            return unreadable(jpe);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return problem(Problem.of(status, title, detail(status)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Problem p = problemFor(e);
        if (p.status() == 503) {
            LOG.warnf("Database unavailable: %s", e.getClass().getName());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS).entity(p).build();
        }
        if (p.status() == 500) {
            LOG.error("Unexpected failure", e);
        }
        return problem(p);
    }

    /**
     * The problem for a failure of the service layer; also used where a failure must travel inside
     * an event stream that has already begun.
     */
    public static Problem problemFor(Throwable e) {
        if (e instanceof InvalidTransitionException) {
            return Problem.of(409, "Conflict", e.getMessage());
        }
        if (e instanceof SessionExpiredException) {
            return Problem.of(410, "Gone", e.getMessage());
        }
        if (e instanceof IntakeFullException) {
            return Problem.of(413, "Content too large", e.getMessage());
        }
        if (e instanceof CaseNotFoundException) {
            return Problem.of(404, "Not found", e.getMessage());
        }
        if (isConcurrentChange(e)) {
            return Problem.of(409, "Conflict", "The case was changed by someone else at the same time; reload it and try again.");
        }
        if (DatabaseFailures.isUnavailable(e)) {
            return Problem.of(503, "Service unavailable", "The database is unreachable; nothing was stored. Retry shortly.");
        }
        return Problem.of(500, "Internal error", "An unexpected error occurred; it has been logged.");
    }

    /** Optimistic locking: two nurses acted on the same version of a case. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            String type = t.getClass().getName();
            if (type.endsWith("StaleObjectStateException") || type.endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The body is larger than the limit.";
            case 415 -> "The body must be application/json.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * "triage.request.patient.age.value" → "patient.age.value": drops the method node, and the
     * parameter node unless the parameter itself is what is invalid ("queue.limit" → "limit").
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || (node.getKind() == jakarta.validation.ElementKind.PARAMETER && !last)) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int at = parts.size() - 1;
                parts.set(at, parts.get(at) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            try {
                var annotation = type.getField(((Enum<?>) constant).name())
                        .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                values.add(annotation != null ? annotation.value() : ((Enum<?>) constant).name());
            } catch (NoSuchFieldException ex) {
                values.add(((Enum<?>) constant).name());
            }
        }
        return String.join(", ", values);
    }
}
