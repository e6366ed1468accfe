package org.opentriage.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dashboard sign-in: {@code /login} starts the provider's sign-in and comes back to the queue. */
@Path("/")
@Tag(name = "sign-in")
@Authenticated
public class SignInResource {

    private final Callers callers;
    private final AuthConfig config;
    public SignInResource(Callers callers, AuthConfig config) {
        this.callers = callers;
        this.config = config;
    }

    /** Guarded by an HTTP permission (application.properties), so that an anonymous browser gets the provider's sign-in. */
    @GET
    @Path("login")
    @PermitAll
    @Operation(summary = "Signs a nurse in (authorization-code flow), then returns to the dashboard")
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("api/v1/me")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is signed in, and with which roles")
    public MeView me(@HeaderParam(Callers.ACTOR_HEADER) String actor, @Context SecurityContext security) {
        List<String> roles = List.of(Roles.TRIAGE_CLIENT, Roles.NURSE, Roles.ADMIN).stream().filter(security::isUserInRole).toList();
        return new MeView(callers.of(security, actor).actor(), roles, config.disabled());
    }
}
