package org.opentriage.triage;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentriage.cases.CaseView;
import org.opentriage.common.InvalidParameterException;
import org.opentriage.common.SseEvents;
import org.opentriage.patient.TriageRequest;
import org.opentriage.security.Caller;
import org.opentriage.security.Callers;
import org.opentriage.security.Roles;

@Path("/api/v1/triage")
@Tag(name = "triage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRIAGE_CLIENT)
public class TriageResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private final TriageService service;
    private final StreamingTriageService streaming;
    private final Callers callers;

    public TriageResource(TriageService service, StreamingTriageService streaming, Callers callers) {
        this.service = service;
        this.streaming = streaming;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage a patient: rules floor, model assessment, stored case",
            description = "201 with the new case; 200 with the first case when the Idempotency-Key was seen before.")
    public Uni<Response> triage(@NotNull(message = "a JSON body is required") @Valid TriageRequest request,
                                @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                @Context SecurityContext security) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidParameterException("header:" + IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        Caller caller = callers.starting(security);
        return service.triage(request, idempotencyKey, caller).map(result -> Response
                .status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "/api/v1/triage/" + result.view().id())
                .entity(result.view())
                .build());
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Triage, streamed: accepted (the rules floor), token…, then result (or error)")
    public Multi<OutboundSseEvent> stream(@NotNull(message = "a JSON body is required") @Valid TriageRequest request,
                                          @Context Sse sse, @Context SecurityContext security) {
        Caller caller = callers.starting(security);
        return streaming.stream(request, caller).map(event -> SseEvents.of(sse, event));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A case, as POST answered it")
    public Uni<CaseView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return service.get(id, callers.of(security));
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add screening answers to a case: the rules judge it again (audited, pushed to the dashboard)",
            description = "Unknown question ids and values of the wrong type are a 400 naming them; a resolved case is a 409.")
    public Uni<CaseView> answers(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body is required") @Valid AnswersRequest request,
                                 @Context SecurityContext security) {
        return service.addAnswers(id, request.answers(), callers.of(security));
    }
}
