package org.opentriage.cases;

import java.util.List;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.rules.Screening;

/**
 * The discriminator screen as the API shows it: the presentations chosen, whether the screen is
 * complete, the answers known, and the questions still open, most urgent first, in the request's
 * language ({@code answerType}: {@code yes_no}, {@code number} in {@code unit}, or {@code scale} 0-10).
 */
public record ScreeningView(List<String> presentations, boolean complete, List<ScreeningAnswer> answers,
                            List<Question> questions) {

    public record Question(String id, String text, String answerType, String unit, String why) {
    }

    public static ScreeningView of(Screening s) {
        return new ScreeningView(s.presentations(), s.complete(), s.answers(), s.questions().stream()
                .map(q -> new Question(q.id(), q.text(), q.answerType(), q.unit(), q.why()))
                .toList());
    }
}
