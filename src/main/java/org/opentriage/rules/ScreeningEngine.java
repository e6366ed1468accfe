package org.opentriage.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opentriage.common.InvalidFieldsException;
import org.opentriage.common.Problem;
import org.opentriage.patient.Patient;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.Sex;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.Knowledge.AnswerType;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.Knowledge.Presentation;

/**
 * The discriminator screen, as the Manchester Triage System and NHS Pathways do it: the
 * complaint (and the app, and later the model) chooses presentations; their discriminators and
 * the general ones are the questions; a yes, or a reading past a threshold, sets a level. A yes
 * to any question of the base counts, whether or not its presentation was chosen: a danger sign
 * the patient confirmed is never ignored.
 */
public final class ScreeningEngine {

    /** Below this age the catch-all is the unwell child; from it, the unwell adult. */
    static final double ADULT_FROM_YEARS = 16;

    private final KnowledgeBase base;

    public ScreeningEngine(KnowledgeBase base) {
        this.base = base;
    }

    public KnowledgeBase base() {
        return base;
    }

    /** The screen of a request; an {@link InvalidFieldsException} naming each unknown presentation, question or wrong answer. */
    public Screening screen(TriageRequest request) {
        Map<String, ScreeningAnswer> answers = validate(request);
        Patient patient = request.patient();
        double age = patient.age().inYears();
        Sex sex = patient.sex();
        boolean pregnant = patient.isPregnant();
        List<Presentation> chosen = choose(request, age, sex, pregnant);
        return screen(chosen, answers, age, sex, pregnant, request.languageOrDefault());
    }

    /** The questions of these presentations for a patient, with no answers yet: what an app can ask up front. */
    public Screening questions(List<String> presentationIds, double age, Sex sex, boolean pregnant, String language) {
        List<Presentation> chosen = new ArrayList<>();
        List<Problem.Violation> problems = new ArrayList<>();
        for (String id : presentationIds) {
            base.presentation(id).ifPresentOrElse(chosen::add,
                    () -> problems.add(new Problem.Violation("presentation", "no presentation '" + id + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        chosen.removeIf(p -> !p.appliesOrEveryone().to(age, sex, pregnant));
        if (chosen.isEmpty()) {
            chosen.addAll(catchAll(age, sex, pregnant));
        }
        return screen(chosen, Map.of(), age, sex, pregnant, language);
    }

    private Screening screen(List<Presentation> chosen, Map<String, ScreeningAnswer> answers, double age, Sex sex,
                             boolean pregnant, String language) {
        Set<Discriminator> asked = new LinkedHashSet<>();
        base.general().stream().filter(d -> !d.isFollowUp()).forEach(asked::add);
        chosen.forEach(p -> p.discriminators().stream().filter(d -> !d.isFollowUp()).forEach(asked::add));
        asked.removeIf(d -> !d.appliesOrEveryone().to(age, sex, pregnant));

        List<Discriminator> open = new ArrayList<>();
        List<RedFlag> findings = new ArrayList<>();
        boolean unresolved = false;
        List<Discriminator> queue = new ArrayList<>(asked);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < queue.size(); i++) {
            Discriminator d = queue.get(i);
            if (!seen.add(d.id())) {
                continue;
            }
            ScreeningAnswer answer = answers.get(d.id());
            if (answer == null) {
                open.add(d);
            } else if (answer.unknown()) {
                Optional<Discriminator> followUp = Optional.ofNullable(d.unknownAsk()).flatMap(base::discriminator);
                if (followUp.isPresent()) {
                    queue.add(followUp.get());
                } else {
                    unresolved = true;
                }
            } else {
                finding(d, answer).ifPresent(findings::add);
            }
        }
        // A danger sign confirmed to any question of the base counts, chosen or not.
        for (ScreeningAnswer answer : answers.values()) {
            Discriminator d = base.discriminator(answer.id()).orElseThrow();
            if (!seen.contains(d.id()) && !answer.unknown() && d.appliesOrEveryone().to(age, sex, pregnant)) {
                finding(d, answer).ifPresent(findings::add);
            }
        }
        open.sort(Comparator.comparingInt(Discriminator::urgency));
        findings.sort(Comparator.comparingInt((RedFlag f) -> f.level().level()).thenComparing(RedFlag::code));
        List<Screening.Question> questions = open.stream().map(d -> question(d, language)).toList();
        return new Screening(base.version(), chosen.stream().map(Presentation::id).toList(),
                List.copyOf(answers.values()), open.isEmpty() && !unresolved, questions, List.copyOf(findings));
    }

    private List<Presentation> choose(TriageRequest request, double age, Sex sex, boolean pregnant) {
        Set<Presentation> chosen = new LinkedHashSet<>();
        request.presentationsOrEmpty().forEach(id -> base.presentation(id).ifPresent(chosen::add));
        StringBuilder text = new StringBuilder(request.complaint());
        request.symptomsOrEmpty().forEach(s -> text.append(". ").append(s.name()));
        chosen.addAll(base.recognisedIn(text.toString()));
        chosen.removeIf(p -> p.id().startsWith("unwell_") && !request.presentationsOrEmpty().contains(p.id()));
        chosen.removeIf(p -> !p.appliesOrEveryone().to(age, sex, pregnant));
        if (chosen.isEmpty()) {
            chosen.addAll(catchAll(age, sex, pregnant));
        }
        return List.copyOf(chosen);
    }

    private List<Presentation> catchAll(double age, Sex sex, boolean pregnant) {
        String id = age < ADULT_FROM_YEARS ? "unwell_child" : "unwell_adult";
        return base.presentation(id).filter(p -> p.appliesOrEveryone().to(age, sex, pregnant)).stream().toList();
    }

    private Map<String, ScreeningAnswer> validate(TriageRequest request) {
        List<Problem.Violation> problems = new ArrayList<>();
        List<String> presentations = request.presentationsOrEmpty();
        for (int i = 0; i < presentations.size(); i++) {
            if (base.presentation(presentations.get(i)).isEmpty()) {
                problems.add(new Problem.Violation("presentations[" + i + "]", "no presentation '" + presentations.get(i) + "'"));
            }
        }
        Map<String, ScreeningAnswer> byId = new LinkedHashMap<>();
        List<ScreeningAnswer> answers = request.answersOrEmpty();
        for (int i = 0; i < answers.size(); i++) {
            ScreeningAnswer a = answers.get(i);
            Optional<Discriminator> d = base.discriminator(a.id());
            if (d.isEmpty()) {
                problems.add(new Problem.Violation("answers[" + i + "].id", "no question '" + a.id() + "'"));
                continue;
            }
            String wrong = wrongValue(d.get(), a);
            if (wrong != null) {
                problems.add(new Problem.Violation("answers[" + i + "].value", wrong + " (question '" + a.id() + "')"));
                continue;
            }
            byId.remove(a.id());
            byId.put(a.id(), a);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return byId;
    }

    /** Why an answer's value does not fit its question, or null when it does. */
    public static String wrongValue(Discriminator d, ScreeningAnswer a) {
        if (a.unknown()) {
            return null;
        }
        Object v = a.value();
        return switch (d.answer()) {
            case yes_no -> v instanceof Boolean ? null : "must be true, false or \"unknown\"";
            case scale -> v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 10
                    && n.doubleValue() == Math.rint(n.doubleValue()) ? null : "must be a whole number from 0 to 10 or \"unknown\"";
            case number -> v instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= d.range().min()
                    && n.doubleValue() <= d.range().max() ? null
                    : "must be a number from " + plain(d.range().min()) + " to " + plain(d.range().max()) + " " + d.unit()
                    + " or \"unknown\"";
        };
    }

    private static Optional<RedFlag> finding(Discriminator d, ScreeningAnswer answer) {
        Knowledge.Text patient = d.explain().patient();
        if (d.answer() == AnswerType.yes_no) {
            return Boolean.TRUE.equals(answer.value())
                    ? Optional.of(new RedFlag(d.id(), TriageLevel.fromLevel(d.level()), d.explain().nurse(),
                    "answered yes: " + d.question().en(), patient))
                    : Optional.empty();
        }
        double value = ((Number) answer.value()).doubleValue();
        return d.thresholds().stream().filter(t -> t.matches(value)).findFirst()
                .map(t -> new RedFlag(d.id(), TriageLevel.fromLevel(t.level()), d.explain().nurse(),
                        "answered " + plain(value) + (d.unit() == null ? "/10" : " " + d.unit()) + ": " + d.question().en(),
                        patient));
    }

    private static Screening.Question question(Discriminator d, String language) {
        return new Screening.Question(d.id(), d.question().in(language), d.answer().name(), d.unit(),
                d.explain().patient().in(language));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
