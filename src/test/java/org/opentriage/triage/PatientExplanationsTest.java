package org.opentriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
