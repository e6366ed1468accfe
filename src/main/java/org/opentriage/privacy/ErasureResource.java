package org.opentriage.privacy;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentriage.common.PageLimit;
import org.opentriage.security.Callers;
import org.opentriage.security.Roles;

/** Erasure requests (GDPR Art. 17, DPDP Act s.12) and the erasure log, for administrators. */
@Path("/api/v1/erasures")
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ErasureResource {

    static final int MAX_LIMIT = 1000;

    private final ErasureService service;
    private final Callers callers;

    public ErasureResource(ErasureService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase one patient's cases and intake sessions by externalRef; the request itself is logged")
    public Uni<ErasureView> erase(@NotNull(message = "a JSON body is required") @Valid ErasureRequest request,
                                  @HeaderParam(Callers.ACTOR_HEADER) String actor, @Context SecurityContext security) {
        return service.eraseByExternalRef(request.externalRef(), request.reference(), callers.of(security, actor).actor());
    }

    @GET
    @Operation(summary = "The erasure log, newest first: tombstones and requests, no health data")
    public Uni<List<ErasureEntryView>> log(@QueryParam("limit") @DefaultValue("100") String limitText) {
        return service.log(PageLimit.parse(limitText, MAX_LIMIT));
    }
}
