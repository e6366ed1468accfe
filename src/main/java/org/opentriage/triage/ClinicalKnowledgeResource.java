package org.opentriage.triage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentriage.rules.KnowledgeBase;
import org.opentriage.rules.KnowledgeListing;

/** The clinical knowledge base as a clinician reads it: no patient data, so no sign-in. */
@Path("/api/v1/clinical-knowledge")
@PermitAll
public class ClinicalKnowledgeResource {

    private final String listing;

    public ClinicalKnowledgeResource(KnowledgeBase base) {
        this.listing = KnowledgeListing.markdown(base);
    }

    @GET
    @Produces("text/markdown; charset=utf-8")
    @Operation(summary = "Every presentation, question, level and citation of the knowledge base in use, with its version")
    public String listing() {
        return listing;
    }
}
