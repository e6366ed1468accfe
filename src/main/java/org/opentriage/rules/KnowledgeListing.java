package org.opentriage.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opentriage.rules.Knowledge.Applies;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.Knowledge.Presentation;

/**
 * The whole knowledge base as one Markdown document a clinical safety officer can read and diff
 * between versions: every presentation, question (English and Hindi), level and citation. Served
 * at {@code GET /api/v1/clinical-knowledge} and kept in {@code docs/clinical-knowledge.md}.
 */
public final class KnowledgeListing {

    private KnowledgeListing() {
    }

    public static String markdown(KnowledgeBase base) {
        StringBuilder md = new StringBuilder();
        md.append("# Clinical knowledge base ").append(base.version()).append("\n\n")
                .append("Generated from `src/main/resources/clinical` (do not edit: `KnowledgeListingTest` rewrites it).\n")
                .append("Levels: 1 ambulance now, 2 emergency department now, 3 clinician within 24 hours, ")
                .append("4 routine consultation, 5 self care. A yes (or a reading past a threshold) sets the level shown; ")
                .append("level 5 needs every applicable question answered and none positive.\n\n")
                .append("Presentations: ").append(base.presentations().size()).append("; questions: ")
                .append(base.discriminators().size()).append(".\n\n");
        md.append("## General discriminators (asked whatever the presentation)\n\n");
        table(md, base.general());
        for (Presentation p : base.presentations()) {
            md.append("## ").append(p.title().en()).append(" (`").append(p.id()).append("`)\n\n")
                    .append(p.title().hi()).append(". ").append(applies(p.appliesOrEveryone(), "everyone"))
                    .append(". Source: ").append(p.source()).append(".\n\n");
            if (p.recognise() != null && !p.recognise().isEmpty()) {
                md.append("Recognised from: ");
                md.append(p.recognise().entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                        .collect(Collectors.joining("; "))).append(".\n\n");
            }
            table(md, p.discriminators());
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Discriminator> discriminators) {
        md.append("| id | question (en / hi) | answer | level | applies to | if unknown | source |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Discriminator d : discriminators) {
            md.append("| `").append(d.id()).append("`").append(d.isFollowUp() ? " (follow-up)" : "")
                    .append(" | ").append(cell(d.question().en())).append("<br>").append(cell(d.question().hi()))
                    .append(" | ").append(d.answer()).append(d.unit() == null ? "" : " (" + d.unit() + ")")
                    .append(" | ").append(levels(d))
                    .append(" | ").append(applies(d.appliesOrEveryone(), "all"))
                    .append(" | ").append(d.unknownAsk() == null ? "screen incomplete" : "ask `" + d.unknownAsk() + "`")
                    .append(" | ").append(cell(d.source())).append(" |\n");
        }
        md.append('\n');
    }

    private static String levels(Discriminator d) {
        if (d.answer() == Knowledge.AnswerType.yes_no) {
            return "yes → " + d.level();
        }
        return d.thresholds().stream().map(t -> (t.atLeast() == null ? "" : "≥ " + plain(t.atLeast()))
                + (t.atLeast() != null && t.below() != null ? " and " : "")
                + (t.below() == null ? "" : "< " + plain(t.below())) + " → " + t.level())
                .collect(Collectors.joining("; "));
    }

    private static String applies(Applies a, String everyone) {
        StringBuilder s = new StringBuilder();
        if (a.minAgeYears() != null) {
            s.append("from ").append(plain(a.minAgeYears())).append(" y");
        }
        if (a.maxAgeYears() != null) {
            s.append(s.isEmpty() ? "" : " ").append("under ").append(plain(a.maxAgeYears())).append(" y");
        }
        if (a.sex() != null) {
            s.append(s.isEmpty() ? "" : ", ").append(a.sex().name().toLowerCase(Locale.ROOT));
        }
        if (a.pregnant() != null) {
            s.append(s.isEmpty() ? "" : ", ").append(a.pregnant() ? "pregnant" : "not pregnant");
        }
        return s.isEmpty() ? everyone : s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
