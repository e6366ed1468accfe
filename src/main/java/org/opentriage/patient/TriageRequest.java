package org.opentriage.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/v1/triage}: only {@code patient.age} and {@code complaint} are required. */
public record TriageRequest(
        @NotNull @Valid Patient patient,
        @NotBlank @Size(max = 4000) String complaint,
        @Size(max = 50) List<@NotNull @Valid Symptom> symptoms,
        @Valid Vitals vitals,
        @Valid History history,
        @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "must be a BCP-47 language tag")
        String language) {

    public static final String DEFAULT_LANGUAGE = "en";

    public String languageOrDefault() {
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }

    public List<Symptom> symptomsOrEmpty() {
        return symptoms == null ? List.of() : symptoms;
    }
}
