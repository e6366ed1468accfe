package org.opentriage.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A patient's text as the rules match it (never as it is stored): NFKC, without the invisible
 * characters that keyboards insert inside words (zero-width spaces and joiners, soft hyphens,
 * word joiners, byte-order marks: Unicode category Cf), with the Cyrillic and Greek letters that
 * look like Latin ones folded to Latin, in lower case. "chest\u00ADpain" and "сhest pain" (a
 * Cyrillic "с") read as "chest pain"; a Devanagari word with a joiner reads as without it.
 */
public final class MatchingText {

    /** Cyrillic and Greek letters that render like Latin ones, and the Latin letter each stands for. */
    private static final String LOOKALIKES = "аa еe оo рp сc уy хx іi јj ѕs ԁd ӏl һh ԛq ԝw ο o α a ν v ι i κ k ρ p τ t υ u χ x"
            .replace(" ", "");

    private MatchingText() {
    }

    public static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char ch = nfkc.charAt(i);
            if (Character.getType(ch) == Character.FORMAT) {
                continue;
            }
            out.append(fold(Character.toLowerCase(ch)));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the text has something a person can see: a letter, a digit, a mark or a symbol. */
    public static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                    && type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE && cp != 0x3164 && cp != 0x115F && cp != 0x1160 && cp != 0xFFA0
                    && cp != 0x2800;
        });
    }

    private static char fold(char ch) {
        if (ch < 0x370) {
            return ch;
        }
        for (int i = 0; i < LOOKALIKES.length(); i += 2) {
            if (LOOKALIKES.charAt(i) == ch) {
                return LOOKALIKES.charAt(i + 1);
            }
        }
        return ch;
    }
}
