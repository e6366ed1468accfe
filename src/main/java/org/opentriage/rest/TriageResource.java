package org.opentriage.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentriage.api.CaseView;
import org.opentriage.api.TriageRequest;
import org.opentriage.service.TriageService;

@Path("/api/v1/triage")
@Tag(name = "triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private final TriageService service;

    public TriageResource(TriageService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage a patient: rules floor, model assessment, stored case",
            description = "201 with the new case; 200 with the first case when the Idempotency-Key was seen before.")
    public Uni<Response> triage(@NotNull(message = "a JSON body is required") @Valid TriageRequest request,
                                @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidParameterException("header:" + IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        return service.triage(request, idempotencyKey).map(result -> Response
                .status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "/api/v1/triage/" + result.view().id())
                .entity(result.view())
                .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A case, as POST answered it")
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
