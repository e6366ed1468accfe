package org.opentriage.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.opentriage.patient.Age;
import org.opentriage.patient.Patient;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.Sex;
import org.opentriage.patient.TriageRequest;

/**
 * A vignette written by someone who never saw the rules, with the gold level and the answers the
 * patient would truthfully give to the service's screening questions
 * ({@code src/test/resources/vignettes/screened.json}; how it was made: docs/clinical-rules.md).
 *
 * @param set     {@code dev}, or {@code heldout}: never used to tune the knowledge base
 * @param group   {@code emergent} (level 1-2), {@code non_emergent} (3-4) or {@code self_care} (5)
 */
public record ScreenedVignette(String id, String set, String language, Age age, Sex sex, boolean pregnant,
                               String complaint, String condition, String group, int level,
                               List<ScreeningAnswer> answers) {

    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static List<ScreenedVignette> load() {
        try (InputStream in = ScreenedVignette.class.getResourceAsStream("/vignettes/screened.json")) {
            return JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as the patient's app sends it, with or without the answers to the screen. */
    public TriageRequest request(boolean withAnswers) {
        String requestLanguage = language.startsWith("hi") ? "hi" : "en";
        return new TriageRequest(new Patient(age, sex, pregnant, null), complaint, List.of(), null, null, requestLanguage,
                null, withAnswers ? answers : null);
    }

    /** The three groups of the symptom-checker studies, for a level. */
    public static String groupOf(int level) {
        return level <= 2 ? "emergent" : level <= 4 ? "non_emergent" : "self_care";
    }
}
