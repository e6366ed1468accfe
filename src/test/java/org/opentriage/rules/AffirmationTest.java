package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AffirmationTest {

    @ParameterizedTest(name = "\"{1}\" to \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Do you have any chest pain?|Yes|true",
            "Do you have any chest pain?|yeah, since this morning|true",
            "Do you have any chest pain?|Yep.|true",
            "Do you have any chest pain?|A little, when I breathe in|true",
            "Do you have any chest pain?|sometimes|true",
            "Kya seene mein dard hai?|haan ji|true",
            "क्या सीने में दर्द है?|हाँ|true",
            "Do you have any chest pain?|No|false",
            "Do you have any chest pain?|not really|false",
            "Do you have any chest pain?|Only a cough|false",
            "How long have you had it?|Three days|false",
            "Do you have any chest pain?|''|false",
            "Have you ever had a stroke?|Yes, two years ago|false",
            "Have you had heart problems before?|yes|false",
            "Any history of asthma?|yes|false",
            "Kya aapko pehle dil ka daura pada hai?|haan|false",
    })
    void aYesToAQuestionAboutNowCarriesTheQuestion(String question, String answer, boolean carries) {
        assertThat(Affirmation.affirms(question, answer)).isEqualTo(carries);
    }
}
