package org.opentriage.model;

import dev.langchain4j.model.output.structured.Description;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What the model is asked to return; quarkus-langchain4j turns this record into the JSON schema
 * sent to Ollama in {@code format}. Nothing in it is trusted: {@link ModelAssessmentValidator}
 * checks every field. Separate from the API records on purpose.
 */
@RegisterForReflection(targets = {ModelAssessment.class, ModelAssessment.Differential.class})
public record ModelAssessment(
        @Description("Differential diagnoses, most likely first, at most 5") List<Differential> differentials,
        @Description("Suggested triage level: 1 call an ambulance now, 2 emergency department now, "
                + "3 see a clinician within 24 hours, 4 routine consultation, 5 self-care at home") Integer suggestedLevel,
        @Description("Up to 5 short questions that would most change the assessment, in the patient's language")
        List<String> followUpQuestions,
        @Description("Advice for the patient in their language: what to do now and when to seek help urgently")
        String advice) {

    public record Differential(
            @Description("Condition name") String condition,
            @Description("ICD-10 code, e.g. I21.9") String icd10,
            @Description("Probability between 0 and 1") Double likelihood,
            @Description("One or two sentences: why this condition fits or does not") String rationale,
            @Description("True when this condition is dangerous and must not be missed") Boolean cannotMiss) {
    }
}
