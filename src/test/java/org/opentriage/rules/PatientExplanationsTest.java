package org.opentriage.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatientExplanationsTest {

    @ParameterizedTest(name = "{0} asks for Hindi: {1}")
    @CsvSource({
            "hi, true", "HI, true", "hi-IN, true", "hi-Latn, true", "Hi-in, true",
            "en, false", "en-IN, false", "hin, false", "h, false", "hil, false", "ahi, false", "'', false"})
    void hindiIsTheHiTagWithOrWithoutSubtags(String language, boolean hindi) {
        assertThat(PatientExplanations.hindi(language)).isEqualTo(hindi);
    }

    @Test
    void noLanguageIsNotHindi() {
        assertThat(PatientExplanations.hindi(null)).isFalse();
    }

    @Test
    void everyRedFlagOfTheTableHasAHindiExplanation() {
        for (TextRedFlag flag : RedFlagLexicon.FLAGS) {
            RedFlag fired = new RedFlag(flag.code(), flag.level(), flag.description(), "");
            assertThat(PatientExplanations.forPatient(fired, "hi")).as(flag.code())
                    .isNotEqualTo(flag.description()).containsPattern("[\\u0900-\\u097F]");
            assertThat(PatientExplanations.forPatient(fired, "en")).isEqualTo(flag.description());
        }
    }
}
