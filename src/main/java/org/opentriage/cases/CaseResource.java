package org.opentriage.cases;

import io.smallrye.mutiny.Multi;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opentriage.common.InvalidParameterException;
import org.opentriage.common.PageLimit;
import org.opentriage.common.SseEvents;
import org.opentriage.security.Callers;
import org.opentriage.security.Roles;

/**
 * The nurse queue and review actions, for the nurse role. The acting nurse is named by the token
 * (or, with authentication disabled in dev, by the {@code X-Actor} header); every action and every
 * case view is audited.
 */
@Path("/api/v1/cases")
@Tag(name = "nurse queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NURSE)
public class CaseResource {

    static final String ACTOR = Callers.ACTOR_HEADER;
    static final int MAX_LIMIT = 200;

    private final CaseReviewService service;
    private final CaseEvents events;
    private final Callers callers;

    public CaseResource(CaseReviewService service, CaseEvents events, Callers callers) {
        this.service = service;
        this.events = events;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The queue: most urgent first, then longest waiting")
    public Uni<CasePage> queue(@QueryParam("status") @DefaultValue("open,in_review") String status,
                               @QueryParam("limit") @DefaultValue("50") String limitText,
                               @QueryParam("cursor") String cursor) {
        int limit = PageLimit.parse(limitText, MAX_LIMIT);
        List<CaseStatus> statuses = new ArrayList<>();
        for (String s : status.split(",")) {
            try {
                statuses.add(CaseStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("status", "must be a comma-separated list of open, in_review, resolved");
            }
        }
        QueueCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = QueueCursor.decode(cursor).orElseThrow(() -> new InvalidParameterException("cursor", "is not a cursor this service wrote"));
        }
        return service.queue(statuses, after, limit);
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent event 'case' each time a case is created or changes, and 'erased' ({\"id\"}) "
            + "when one is erased, on any replica")
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        return Multi.createBy().merging().streams(
                events.stream().map(c -> SseEvents.json(sse, "case", c)),
                events.erased().map(id -> SseEvents.json(sse, "erased", java.util.Map.of("id", id))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A case; the view is audited")
    public Uni<CaseView> get(@PathParam("id") UUID id, @HeaderParam(ACTOR) String actor, @Context SecurityContext security) {
        return service.view(id, actor(security, actor));
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "open → in_review")
    public Uni<CaseView> claim(@PathParam("id") UUID id, @HeaderParam(ACTOR) String actor, @Context SecurityContext security) {
        return service.claim(id, actor(security, actor));
    }

    @POST
    @Path("/{id}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set any level, with a reason; source becomes nurse")
    public Uni<CaseView> override(@PathParam("id") UUID id, @HeaderParam(ACTOR) String actor, @Context SecurityContext security,
                                  @NotNull(message = "a JSON body is required") @Valid OverrideRequest request) {
        return service.override(id, actor(security, actor), request);
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "in_review → resolved")
    public Uni<CaseView> resolve(@PathParam("id") UUID id, @HeaderParam(ACTOR) String actor, @Context SecurityContext security,
                                 @NotNull(message = "a JSON body is required") @Valid ResolveRequest request) {
        return service.resolve(id, actor(security, actor), request);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The case's append-only audit trail, oldest first")
    public Uni<List<AuditEntryView>> audit(@PathParam("id") UUID id) {
        return service.audit(id);
    }

    private String actor(SecurityContext security, String header) {
        return callers.of(security, header).actor();
    }
}
