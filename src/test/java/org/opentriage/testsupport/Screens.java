package org.opentriage.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.Knowledge;
import org.opentriage.rules.KnowledgeBase;
import org.opentriage.rules.KnowledgeBaseLoader;
import org.opentriage.rules.Screening;
import org.opentriage.rules.ScreeningEngine;

/** Screening answers for tests: a patient who answers every question of the screen with a "no". */
public final class Screens {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final KnowledgeBase BASE = KnowledgeBaseLoader.standard();
    static final ScreeningEngine ENGINE = new ScreeningEngine(BASE);

    private Screens() {
    }

    /** The request body with an answer to every question of its screen, none positive: a complete screen. */
    public static String answeredNo(String requestJson) {
        try {
            TriageRequest request = JSON.readValue(requestJson, TriageRequest.class);
            ObjectNode body = (ObjectNode) JSON.readTree(requestJson);
            ArrayNode answers = body.putArray("answers");
            for (ScreeningAnswer a : negativeAnswers(request)) {
                answers.addObject().put("id", a.id()).putPOJO("value", a.value());
            }
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A "no" (or a value past no threshold) to every open question of the request's screen. */
    public static List<ScreeningAnswer> negativeAnswers(TriageRequest request) {
        List<ScreeningAnswer> answers = new ArrayList<>();
        for (Screening.Question q : ENGINE.screen(request).questions()) {
            answers.add(new ScreeningAnswer(q.id(), negative(BASE.discriminator(q.id()).orElseThrow())));
        }
        return answers;
    }

    /** What a patient who has none of it types in reply to this screening question: "no", "0", or a normal reading. */
    public static String negativeReply(String questionId) {
        Object value = negative(BASE.discriminator(questionId).orElseThrow());
        return value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value)
                .replace("false", "no");
    }

    /** No, 0 on a scale, or the number nearest the middle of the range that meets no threshold. */
    static Object negative(Knowledge.Discriminator d) {
        return switch (d.answer()) {
            case yes_no -> false;
            case scale -> 0;
            case number -> {
                double mid = Math.rint((d.range().min() + d.range().max()) / 2);
                for (double step = 0; step <= d.range().max() - d.range().min(); step += 0.5) {
                    for (double v : new double[] {mid - step, mid + step}) {
                        if (v >= d.range().min() && v <= d.range().max() && d.thresholds().stream().noneMatch(t -> t.matches(v))) {
                            yield v;
                        }
                    }
                }
                throw new IllegalStateException(d.id() + ": every value meets a threshold");
            }
        };
    }
}
