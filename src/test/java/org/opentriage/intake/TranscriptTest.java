package org.opentriage.intake;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentriage.intake.Transcript.Turn;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTest {

    private static Transcript conversation(String... turns) {
        Transcript t = new Transcript(List.of());
        for (int i = 0; i < turns.length; i++) {
            t = t.with(i % 2 == 0 ? "patient" : "assistant", turns[i]);
        }
        return t;
    }

    @Test
    void aYesCarriesTheQuestionItAnswers() {
        Transcript t = conversation("I have a cough", "Do you have any chest pain or sweating?", "Yes, since this morning");
        assertThat(t.complaint()).isEqualTo("I have a cough. [Asked: Do you have any chest pain or sweating?] Yes, since this morning");
        assertThat(t.patientWords()).isEqualTo("I have a cough. Yes, since this morning");
    }

    @Test
    void otherAnswersStandAlone() {
        Transcript t = conversation("I have a cough", "Do you have any chest pain?", "No", "How long have you had the cough?",
                "Three days", "Have you ever had a stroke?", "yes, years ago");
        assertThat(t.complaint()).isEqualTo("I have a cough. No. Three days. yes, years ago");
    }

    @Test
    void aMessageThatAnswersNoQuestionIsTheWordsAlone() {
        Transcript t = new Transcript(List.of(new Turn("patient", "Yes I have a fever"), new Turn("patient", "yes and a rash")));
        assertThat(t.complaint()).isEqualTo("Yes I have a fever. yes and a rash");
    }

    @Test
    void aNumberGivenToAQuestionForOneReadingCarriesTheReadingsName() {
        Transcript t = conversation("I have a cough and feel breathless", "What does your pulse oximeter show?", "86",
                "And your temperature?", "yes 39.5", "How many days has this lasted?", "3");
        assertThat(t.complaint()).isEqualTo("I have a cough and feel breathless. [spo2] 86. [Asked: And your temperature?] [temperature] yes 39.5. 3");
    }

    @Test
    void aQuestionForTwoReadingsOrAnAnswerThatNamesItsOwnLeavesTheAnswerAlone() {
        Transcript t = conversation("dizzy", "Do you know your blood pressure or pulse?", "150/90",
                "What is your oxygen level?", "sats 97, pulse 88");
        assertThat(t.complaint()).isEqualTo("dizzy. 150/90. sats 97, pulse 88");
    }

    @Test
    void theRulesReadTheAnswer() {
        Transcript t = conversation("I have a cough", "What does your oximeter show?", "about 85%");
        org.opentriage.rules.WrittenReadings r = org.opentriage.rules.WrittenReadings.read(t.complaint());
        assertThat(r.whole(org.opentriage.rules.WrittenReadings.Reading.SPO2)).isEqualTo(85);
    }
}
