package org.opentriage.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opentriage.common.VisibleText;

/**
 * Body of {@code POST /api/v1/triage}: only {@code patient.age} and {@code complaint} are required.
 * {@code presentations} names the knowledge base's presentations the app already knows apply;
 * {@code answers} are the patient's answers to screening questions.
 */
public record TriageRequest(
        @NotNull @Valid Patient patient,
        @NotBlank @VisibleText @Size(max = 4000) String complaint,
        @Size(max = 50) List<@NotNull @Valid Symptom> symptoms,
        @Valid Vitals vitals,
        @Valid History history,
        @Pattern(regexp = TriageRequest.LANGUAGE_TAG, message = "must be a BCP-47 language tag")
        String language,
        @Size(max = 10) List<@NotBlank @Size(max = 64) String> presentations,
        @Size(max = 200) List<@NotNull @Valid ScreeningAnswer> answers) {

    public static final String DEFAULT_LANGUAGE = "en";
    /** A BCP-47 language tag, as every request's {@code language} is checked. */
    public static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    /** A request without presentations named by the app and without screening answers. */
    public TriageRequest(Patient patient, String complaint, List<Symptom> symptoms, Vitals vitals, History history,
                         String language) {
        this(patient, complaint, symptoms, vitals, history, language, null, null);
    }

    public List<String> presentationsOrEmpty() {
        return presentations == null ? List.of() : presentations;
    }

    public List<ScreeningAnswer> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }

    /** The same request with these answers added (a later answer to the same question replaces the earlier). */
    public TriageRequest withAnswers(List<ScreeningAnswer> more) {
        java.util.Map<String, ScreeningAnswer> byId = new java.util.LinkedHashMap<>();
        answersOrEmpty().forEach(a -> byId.put(a.id(), a));
        more.forEach(a -> {
            byId.remove(a.id());
            byId.put(a.id(), a);
        });
        return new TriageRequest(patient, complaint, symptoms, vitals, history, language, presentations,
                List.copyOf(byId.values()));
    }

    public String languageOrDefault() {
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }

    public List<Symptom> symptomsOrEmpty() {
        return symptoms == null ? List.of() : symptoms;
    }
}
