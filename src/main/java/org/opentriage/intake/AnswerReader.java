package org.opentriage.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.rules.Affirmation;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.ScreeningEngine;

/**
 * Reads a patient's reply to a screening question asked in the intake: yes or no to a yes/no
 * question, the first number to a number or a 0-10 scale. What it cannot read is "unknown",
 * never a no: the screen stays incomplete, or its follow-up question is asked.
 */
final class AnswerReader {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])(\\d{1,3}(?:[.,]\\d{1,2})?)(?![\\d])");

    private AnswerReader() {
    }

    static ScreeningAnswer read(Discriminator question, String reply) {
        return new ScreeningAnswer(question.id(), value(question, reply));
    }

    private static Object value(Discriminator question, String reply) {
        if (Affirmation.saysDontKnow(reply)) {
            return ScreeningAnswer.UNKNOWN;
        }
        switch (question.answer()) {
            case yes_no -> {
                if (Affirmation.beginsWithYes(reply)) {
                    return true;
                }
                return Affirmation.beginsWithNo(reply) ? false : ScreeningAnswer.UNKNOWN;
            }
            default -> {
                Matcher m = NUMBER.matcher(MatchingText.normalise(reply));
                if (!m.find()) {
                    return ScreeningAnswer.UNKNOWN;
                }
                double number = Double.parseDouble(m.group(1).replace(',', '.'));
                Object value = number == Math.rint(number) ? (Object) (int) number : (Object) number;
                return ScreeningEngine.wrongValue(question, new ScreeningAnswer(question.id(), value)) == null
                        ? value : ScreeningAnswer.UNKNOWN;
            }
        }
    }
}
