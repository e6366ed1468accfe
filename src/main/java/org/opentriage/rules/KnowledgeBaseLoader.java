package org.opentriage.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opentriage.rules.Knowledge.AnswerType;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.Knowledge.Presentation;
import org.opentriage.rules.Knowledge.Text;

/**
 * Reads the clinical knowledge base from the classpath ({@code clinical/index.yaml} names the
 * files) and checks it whole: a base with any problem is refused with every problem named, so a
 * service never starts on knowledge a reviewer did not see as written.
 */
public final class KnowledgeBaseLoader {

    public static final String INDEX = "clinical/index.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private KnowledgeBaseLoader() {
    }

    /** The base on the classpath, loaded once per class loader (tests build many engines). */
    public static KnowledgeBase standard() {
        return Standard.BASE;
    }

    private static final class Standard {
        static final KnowledgeBase BASE = load();
    }

    /** The base on the classpath; an {@link IllegalStateException} naming every problem if it has any. */
    public static KnowledgeBase load() {
        return load(INDEX);
    }

    /** The base whose index is this classpath resource; the files it names are beside it. */
    static KnowledgeBase load(String indexResource) {
        String dir = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        Knowledge.Index index = read(indexResource, Knowledge.Index.class);
        Knowledge.General general = read(dir + index.general(), Knowledge.General.class);
        List<Presentation> presentations = new ArrayList<>();
        for (String file : index.presentations()) {
            presentations.add(read(dir + file, Presentation.class));
        }
        List<String> problems = problems(index.version(), general.discriminators(), presentations);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The clinical knowledge base (" + indexResource + ") has " + problems.size()
                    + " problem(s):\n  - " + String.join("\n  - ", problems));
        }
        return new KnowledgeBase(index.version(), general.discriminators(), presentations);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Clinical knowledge file " + resource + " is missing");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Clinical knowledge file " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every problem of a base: empty when it is sound. */
    static List<String> problems(String version, List<Discriminator> general, List<Presentation> presentations) {
        List<String> problems = new ArrayList<>();
        if (blank(version)) {
            problems.add("index.yaml has no version");
        }
        Map<String, Discriminator> all = new HashMap<>();
        Set<String> presentationIds = new HashSet<>();
        for (Discriminator d : general == null ? List.<Discriminator>of() : general) {
            check(d, "general", problems, all);
        }
        for (Presentation p : presentations) {
            String where = "presentation " + p.id();
            if (blank(p.id()) || !ID.matcher(p.id()).matches() || p.id().contains(".")) {
                problems.add(where + ": id must be lower_snake_case");
            }
            if (!presentationIds.add(p.id())) {
                problems.add(where + ": id used twice");
            }
            text(p.title(), where + " title", problems);
            if (blank(p.source())) {
                problems.add(where + ": no source");
            }
            boolean catchAll = p.id() != null && p.id().startsWith("unwell_");
            if (!catchAll && (p.recognise() == null || empty(p.recognise().get("en")) || empty(p.recognise().get("hi")))) {
                problems.add(where + ": recognise needs English and Hindi phrases");
            }
            if (!catchAll && (p.examples() == null || empty(p.examples().selects()))) {
                problems.add(where + ": no examples that must select it");
            }
            if (p.discriminators() == null || p.discriminators().isEmpty()) {
                problems.add(where + ": no discriminators");
            } else {
                for (Discriminator d : p.discriminators()) {
                    check(d, where, problems, all);
                    if (d.id() != null && !d.id().startsWith(p.id() + ".")) {
                        problems.add(where + ": discriminator " + d.id() + " must start with " + p.id() + ".");
                    }
                }
            }
        }
        Set<String> asked = new HashSet<>();
        for (Discriminator d : all.values()) {
            if (d.unknownAsk() != null) {
                Discriminator followUp = all.get(d.unknownAsk());
                if (followUp == null) {
                    problems.add(d.id() + ": unknown_ask names " + d.unknownAsk() + ", which does not exist");
                } else if (followUp.answer() != AnswerType.yes_no) {
                    problems.add(d.id() + ": unknown_ask " + d.unknownAsk() + " must be a yes_no question");
                }
                asked.add(d.unknownAsk());
            }
        }
        for (Discriminator d : all.values()) {
            if (d.isFollowUp() && !asked.contains(d.id())) {
                problems.add(d.id() + ": follow_up, but no question asks for it through unknown_ask");
            }
        }
        problems.sort(null);
        return problems;
    }

    private static void check(Discriminator d, String where, List<String> problems, Map<String, Discriminator> all) {
        String at = where + " / " + (d.id() == null ? "(no id)" : d.id());
        if (blank(d.id()) || !ID.matcher(d.id()).matches()) {
            problems.add(at + ": id must be lower_snake_case, prefixed by its presentation or 'general.'");
        } else if (all.put(d.id(), d) != null) {
            problems.add(at + ": id used twice");
        }
        text(d.question(), at + " question", problems);
        if (blank(d.source())) {
            problems.add(at + ": no source");
        }
        if (d.explain() == null || blank(d.explain().nurse())) {
            problems.add(at + ": no explanation for the nurse");
        } else {
            text(d.explain().patient(), at + " explanation for the patient", problems);
        }
        if (d.answer() == null) {
            problems.add(at + ": no answer type");
            return;
        }
        switch (d.answer()) {
            case yes_no -> {
                if (d.level() == null || d.level() < 1 || d.level() > 4) {
                    problems.add(at + ": a yes_no question needs a level from 1 to 4");
                }
                if (d.thresholds() != null) {
                    problems.add(at + ": a yes_no question has no thresholds");
                }
            }
            case number, scale -> {
                if (d.thresholds() == null || d.thresholds().isEmpty()) {
                    problems.add(at + ": a " + d.answer() + " question needs thresholds");
                } else {
                    for (Knowledge.Threshold t : d.thresholds()) {
                        if (t.level() < 1 || t.level() > 4 || (t.atLeast() == null && t.below() == null)) {
                            problems.add(at + ": each threshold needs at_least or below, and a level from 1 to 4");
                        }
                    }
                }
                if (d.level() != null) {
                    problems.add(at + ": a " + d.answer() + " question sets its levels through thresholds, not level");
                }
                if (d.answer() == AnswerType.number && (blank(d.unit()) || d.range() == null || d.range().min() >= d.range().max())) {
                    problems.add(at + ": a number question needs a unit and a range (min < max)");
                }
            }
        }
    }

    private static void text(Text text, String what, List<String> problems) {
        if (text == null || blank(text.en()) || blank(text.hi())) {
            problems.add(what + ": needs English (en) and Hindi (hi)");
        } else if (!DEVANAGARI.matcher(text.hi()).find()) {
            problems.add(what + ": the Hindi (hi) is not in Devanagari");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
