package org.opentriage.intake;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.model.IntakeAdvisor;
import org.opentriage.patient.Age;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Vitals;
import org.opentriage.rules.Affirmation;
import org.opentriage.rules.WrittenReadings;

/**
 * The intake conversation, oldest first: {@code patient} and {@code assistant} turns. Stored as a
 * JSON column, read by Hibernate's own mapper: registered for reflection for the native image.
 */
@RegisterForReflection(targets = {Transcript.class, Transcript.Turn.class, Patient.class, Age.class, Vitals.class})
public record Transcript(List<Turn> turns) {

    public record Turn(String role, String text) {
    }

    public Transcript with(String role, String text) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(new Turn(role, text));
        return new Transcript(List.copyOf(next));
    }

    /** The conversation as the intake model reads it. */
    public List<IntakeAdvisor.Turn> advisorTurns() {
        return turns.stream().map(t -> new IntakeAdvisor.Turn(t.role().equals("patient"), t.text())).toList();
    }

    /** What the patient said, in order: their own words only (what a session's length limit counts). */
    public String patientWords() {
        return String.join(". ", turns.stream().filter(t -> t.role().equals("patient")).map(Turn::text).toList());
    }

    /**
     * What the patient said, in order, as one complaint for the rules, the model and the nurse. An
     * answer that says yes to a question about now ({@link Affirmation}) carries the question,
     * "[Asked: Any chest pain?] Yes": without it, "yes" would tell the rules nothing and a
     * confirmed red flag would not fire. Other answers stand alone, so a question's words never
     * count against a "no". A number given to a question that asks for one reading carries the
     * reading's name, "[spo2] 86" for "What does your oximeter show?" / "86", so the rules read it
     * ({@link WrittenReadings}) without the question's other words counting.
     */
    public String complaint() {
        List<String> parts = new ArrayList<>();
        String question = null;
        for (Turn turn : turns) {
            if (!turn.role().equals("patient")) {
                question = turn.text();
                continue;
            }
            String answer = reading(question, turn.text());
            parts.add(Affirmation.affirms(question, turn.text())
                    ? "[Asked: " + question.strip() + "] " + answer
                    : answer);
            question = null;
        }
        return String.join(". ", parts);
    }

    private static String reading(String question, String answer) {
        if (!WrittenReadings.hasDigit(answer) || WrittenReadings.namesAReading(answer)) {
            return answer;
        }
        return WrittenReadings.askedFor(question).map(name -> "[" + name + "] " + answer).orElse(answer);
    }
}
