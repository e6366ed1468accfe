package org.opentriage.rules;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import org.opentriage.patient.Sex;

/**
 * The shapes of the clinical knowledge base ({@code src/main/resources/clinical}), as the YAML
 * files spell them (snake_case keys). Read once at start by {@link KnowledgeBaseLoader}.
 */
@RegisterForReflection(targets = {Knowledge.Index.class, Knowledge.General.class, Knowledge.Presentation.class,
        Knowledge.Discriminator.class, Knowledge.Text.class, Knowledge.Applies.class, Knowledge.Threshold.class,
        Knowledge.Range.class, Knowledge.Explain.class, Knowledge.Examples.class})
public final class Knowledge {

    private Knowledge() {
    }

    /** {@code clinical/index.yaml}: the version every case records, and the files that make the base. */
    public record Index(String version, String general, List<String> presentations) {
    }

    /** {@code clinical/general.yaml}: asked whatever the presentation. */
    public record General(List<Discriminator> discriminators) {
    }

    /** The same words in English and in Hindi (Devanagari). */
    public record Text(String en, String hi) {

        /** The text for a BCP-47 language: Hindi for {@code hi} and its variants, else English. */
        public String in(String language) {
            return PatientExplanations.hindi(language) && hi != null ? hi : en;
        }
    }

    /** Who an item applies to; a missing field does not restrict. Ages in years: min inclusive, max exclusive. */
    public record Applies(Double minAgeYears, Double maxAgeYears, Sex sex, Boolean pregnant) {

        public static final Applies EVERYONE = new Applies(null, null, null, null);

        public boolean to(double ageYears, Sex patientSex, boolean isPregnant) {
            return (minAgeYears == null || ageYears >= minAgeYears)
                    && (maxAgeYears == null || ageYears < maxAgeYears)
                    && (sex == null || sex == patientSex)
                    && (pregnant == null || pregnant == isPregnant);
        }
    }

    /** For a number or a scale: the first threshold an answer meets sets its level. */
    public record Threshold(Double atLeast, Double below, int level) {

        public boolean matches(double value) {
            return (atLeast == null || value >= atLeast) && (below == null || value < below);
        }
    }

    /** The plausible input range of a number; answers outside it are refused. */
    public record Range(double min, double max) {
    }

    /** What a positive answer means, for the nurse and for the patient. */
    public record Explain(String nurse, Text patient) {
    }

    /** Complaints that must select a presentation, and look-alikes that must not. */
    public record Examples(List<String> selects, List<String> not) {
    }

    public enum AnswerType {
        yes_no, number, scale
    }

    /**
     * One closed question. A yes to a {@code yes_no} sets {@code level}; a number or a 0-10 scale
     * sets the level of the first threshold it meets. An "unknown" is never a no: it leads to the
     * yes/no question {@code unknownAsk} where there is one (a {@code followUp} question, asked only
     * then, or one of the screen's own), and otherwise leaves the screen incomplete.
     */
    public record Discriminator(String id, Text question, AnswerType answer, Integer level, String unit,
                                List<Threshold> thresholds, Range range, Applies applies, String unknownAsk,
                                Boolean followUp, Explain explain, String source) {

        public Applies appliesOrEveryone() {
            return applies == null ? Applies.EVERYONE : applies;
        }

        public boolean isFollowUp() {
            return Boolean.TRUE.equals(followUp);
        }

        /** The most urgent level this question can set: how urgent it is to ask. */
        public int urgency() {
            if (answer == AnswerType.yes_no) {
                return level == null ? 5 : level;
            }
            return thresholds == null ? 5 : thresholds.stream().mapToInt(Threshold::level).min().orElse(5);
        }
    }

    /** A presentation chart: what selects it, and its discriminators, most urgent first. */
    public record Presentation(String id, Text title, Applies applies, String source, Map<String, List<String>> recognise,
                               Examples examples, List<Discriminator> discriminators) {

        public Applies appliesOrEveryone() {
            return applies == null ? Applies.EVERYONE : applies;
        }
    }
}
