package org.opentriage.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opentriage.cases.ScreeningView;
import org.opentriage.common.InvalidParameterException;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Sex;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.ScreeningEngine;
import org.opentriage.security.Roles;

/** The screening questions an app can ask up front, before it sends the triage request. */
@Path("/api/v1/screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRIAGE_CLIENT, Roles.NURSE})
public class ScreeningResource {

    private final ScreeningEngine screening;

    public ScreeningResource(ScreeningEngine screening) {
        this.screening = screening;
    }

    @GET
    @Operation(summary = "The questions for presentations and a patient, most urgent first",
            description = "presentation: one or more ids (repeated or comma-separated); none gives the catch-all. "
                    + "age in ageUnit (default years).")
    public ScreeningView questions(@QueryParam("presentation") List<String> presentations,
                                   @QueryParam("age") Double age,
                                   @QueryParam("ageUnit") @DefaultValue("years") String ageUnit,
                                   @QueryParam("sex") String sex,
                                   @QueryParam("pregnant") @DefaultValue("false") boolean pregnant,
                                   @QueryParam("language") @DefaultValue("en") String language) {
        if (age == null || age < 0 || age > 130 * 366) {
            throw new InvalidParameterException("age", "is required: a number from 0 (in ageUnit)");
        }
        AgeUnit unit = Arrays.stream(AgeUnit.values()).filter(u -> u.name().equalsIgnoreCase(ageUnit)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("ageUnit", "must be years, months, weeks or days"));
        Sex patientSex = sex == null ? Sex.UNKNOWN : Arrays.stream(Sex.values()).filter(s -> s.name().equalsIgnoreCase(sex))
                .findFirst().orElseThrow(() -> new InvalidParameterException("sex", "must be female, male, other or unknown"));
        if (!language.matches(TriageRequest.LANGUAGE_TAG)) {
            throw new InvalidParameterException("language", "must be a BCP-47 language tag");
        }
        List<String> ids = presentations == null ? List.of() : presentations.stream()
                .flatMap(p -> Arrays.stream(p.split(","))).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return ScreeningView.of(screening.questions(ids, unit.toDays(age) / 365.25, patientSex, pregnant, language));
    }
}
