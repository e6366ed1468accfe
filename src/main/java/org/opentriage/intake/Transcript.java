package org.opentriage.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.model.IntakeAdvisor;
import org.opentriage.patient.Age;
import org.opentriage.patient.Patient;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.Vitals;
import org.opentriage.rules.Affirmation;
import org.opentriage.rules.KnowledgeBase;
import org.opentriage.rules.WrittenReadings;

/**
 * The intake conversation, oldest first: {@code patient} and {@code assistant} turns. Stored as a
 * JSON column, read by Hibernate's own mapper: registered for reflection for the native image.
 */
@RegisterForReflection(targets = {Transcript.class, Transcript.Turn.class, Patient.class, Age.class, Vitals.class})
public record Transcript(List<Turn> turns) {

    /** One turn; {@code questionId} names the screening question an assistant turn asked (null: the model's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Turn(String role, String text, String questionId) {

        public Turn(String role, String text) {
            this(role, text, null);
        }
    }

    public Transcript with(String role, String text) {
        return with(new Turn(role, text));
    }

    /** The transcript with a screening question asked by the service. */
    public Transcript asked(String questionId, String text) {
        return with(new Turn("assistant", text, questionId));
    }

    private Transcript with(Turn turn) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(turn);
        return new Transcript(List.copyOf(next));
    }

    /** The patient's replies to the screening questions the service asked, read by the question's type. */
    public List<ScreeningAnswer> screeningAnswers(KnowledgeBase base) {
        List<ScreeningAnswer> answers = new ArrayList<>();
        for (int i = 0; i + 1 < turns.size(); i++) {
            Turn asked = turns.get(i);
            Turn reply = turns.get(i + 1);
            if (asked.questionId() != null && reply.role().equals("patient")) {
                base.discriminator(asked.questionId()).ifPresent(d -> answers.add(AnswerReader.read(d, reply.text())));
            }
        }
        return answers;
    }

    /** How many questions the model asked (the service's own screening questions not counted). */
    public long modelQuestions() {
        return turns.stream().filter(t -> !t.role().equals("patient") && t.questionId() == null).count();
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
                // A screening question's answer is read as a structured answer, not as words of the complaint.
                question = turn.questionId() == null ? turn.text() : null;
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
