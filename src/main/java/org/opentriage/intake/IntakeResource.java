package org.opentriage.intake;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentriage.cases.CaseView;
import org.opentriage.common.ProblemMappers;
import org.opentriage.common.SseEvents;
import org.opentriage.common.StreamEvent;
import org.opentriage.security.Caller;
import org.opentriage.security.Callers;
import org.opentriage.security.Roles;

/**
 * Conversational intake. Each patient message answers with server-sent events: {@code session}
 * (on start), then {@code interrupt} (a red flag: emergency advice, the interview stops) or
 * {@code token}… and {@code question} (the model's next question) or {@code ready} (finish now);
 * a session that is unknown, expired or closed answers one {@code error} event with the problem.
 */
@Path("/api/v1/intake")
@Tag(name = "intake")
@RolesAllowed(Roles.TRIAGE_CLIENT)
public class IntakeResource {

    private final IntakeService service;
    private final Callers callers;

    public IntakeResource(IntakeService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Start an intake with the patient's basics and first message")
    public Multi<OutboundSseEvent> start(@NotNull(message = "a JSON body is required") @Valid IntakeStartRequest request,
                                         @Context Sse sse, @Context SecurityContext security) {
        Caller caller = callers.starting(security);
        return inBand(service.start(request, caller)).map(e -> SseEvents.of(sse, e));
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The patient's next message; streams the next question, an interrupt, or ready")
    public Multi<OutboundSseEvent> message(@PathParam("id") UUID id,
                                           @NotNull(message = "a JSON body is required") @Valid IntakeMessage message,
                                           @Context Sse sse, @Context SecurityContext security) {
        return inBand(service.message(id, message, callers.of(security))).map(e -> SseEvents.of(sse, e));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The session and its transcript")
    public Uni<IntakeView> get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return service.get(id, callers.of(security));
    }

    @POST
    @Path("/{id}/finish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage the conversation: creates (once) and returns the case, as POST /api/v1/triage")
    public Uni<CaseView> finish(@PathParam("id") UUID id, @Context SecurityContext security) {
        return service.finish(id, callers.of(security));
    }

    /** Once the event stream has begun, a failure becomes an {@code error} event carrying the problem. */
    private static Multi<StreamEvent> inBand(Multi<StreamEvent> events) {
        return events.onFailure().recoverWithItem(failure -> new StreamEvent.Error(ProblemMappers.problemFor(failure)));
    }
}
