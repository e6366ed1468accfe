package org.opentriage.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.Knowledge.Presentation;

/**
 * The clinical knowledge base, loaded and checked: its version (what every case records as
 * {@code rulesVersion}), the general discriminators, and the presentations with their own.
 */
public final class KnowledgeBase {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final String version;
    private final List<Discriminator> general;
    private final List<Presentation> presentations;
    private final Map<String, Presentation> presentationsById = new LinkedHashMap<>();
    private final Map<String, Discriminator> discriminatorsById = new LinkedHashMap<>();
    /** Each presentation's recognised phrases, normalised as the complaint is, padded with spaces. */
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();

    KnowledgeBase(String version, List<Discriminator> general, List<Presentation> presentations) {
        this.version = version;
        this.general = List.copyOf(general);
        this.presentations = List.copyOf(presentations);
        general.forEach(d -> discriminatorsById.put(d.id(), d));
        for (Presentation p : presentations) {
            presentationsById.put(p.id(), p);
            p.discriminators().forEach(d -> discriminatorsById.put(d.id(), d));
            List<String> padded = new ArrayList<>();
            if (p.recognise() != null) {
                p.recognise().values().forEach(list -> list.forEach(phrase -> padded.add(" " + words(phrase) + " ")));
            }
            phrases.put(p.id(), List.copyOf(padded));
        }
    }

    public String version() {
        return version;
    }

    public List<Discriminator> general() {
        return general;
    }

    public List<Presentation> presentations() {
        return presentations;
    }

    public Optional<Presentation> presentation(String id) {
        return Optional.ofNullable(presentationsById.get(id));
    }

    public Optional<Discriminator> discriminator(String id) {
        return Optional.ofNullable(discriminatorsById.get(id));
    }

    public Map<String, Discriminator> discriminators() {
        return Collections.unmodifiableMap(discriminatorsById);
    }

    /** The presentations whose phrases appear, as whole words, in the text (in the base's order). */
    public List<Presentation> recognisedIn(String text) {
        String padded = " " + words(text) + " ";
        List<Presentation> found = new ArrayList<>();
        for (Presentation p : presentations) {
            if (phrases.get(p.id()).stream().anyMatch(padded::contains)) {
                found.add(p);
            }
        }
        return found;
    }

    /** Lower case, invisible characters gone, every run of punctuation and spaces one space. */
    static String words(String text) {
        return NOT_A_WORD.matcher(MatchingText.normalise(text)).replaceAll(" ").strip();
    }
}
