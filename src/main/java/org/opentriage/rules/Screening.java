package org.opentriage.rules;

import java.util.List;
import org.opentriage.patient.ScreeningAnswer;

/**
 * The discriminator screen of one case: the presentations chosen, the answers known, whether
 * every question that applies has a usable answer, the questions still open (most urgent first,
 * in the patient's language), and the findings the answers set (a yes, or a reading past a
 * threshold), each as a red flag with its level.
 *
 * @param complete true only when every applicable question has an answer that is not "unknown"
 *                 (or an unknown resolved by its follow-up question): the only screen after which
 *                 the service may say "self care"
 */
public record Screening(String rulesVersion, List<String> presentations, List<ScreeningAnswer> answers,
                        boolean complete, List<Question> questions, List<RedFlag> findings) {

    /** An open question, as the API shows it. */
    public record Question(String id, String text, String answerType, String unit, String why) {
    }
}
