package org.opentriage.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opentriage.patient.Age;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Consciousness;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Sex;
import org.opentriage.patient.TriageRequest;
import org.opentriage.patient.Vitals;

/** One case of the vignette suite ({@code src/test/resources/vignettes/vignettes.tsv}). */
public record Vignette(String id, Category category, TriageRequest request, String diagnosis) {

    public enum Category {
        EMERGENT, URGENT, NON_EMERGENT, SELF_CARE;

        /** The three groups of the symptom-checker studies: emergent, non-emergent, self-care. */
        public String studyGroup() {
            return switch (this) {
                case EMERGENT -> "emergent";
                case URGENT, NON_EMERGENT -> "non-emergent";
                case SELF_CARE -> "self-care";
            };
        }
    }

    public static final String RESOURCE = "/vignettes/vignettes.tsv";

    public static List<Vignette> load() {
        return load(RESOURCE);
    }

    public static List<Vignette> load(String resource) {
        List<Vignette> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Vignette.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Vignette parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 9) {
            throw new IllegalArgumentException("expected 9 tab-separated columns: " + line);
        }
        Category category = Category.valueOf(f[1].toUpperCase(Locale.ROOT));
        String ageText = f[2];
        AgeUnit unit = switch (ageText.charAt(ageText.length() - 1)) {
            case 'y' -> AgeUnit.YEARS;
            case 'm' -> AgeUnit.MONTHS;
            case 'w' -> AgeUnit.WEEKS;
            case 'd' -> AgeUnit.DAYS;
            default -> throw new IllegalArgumentException("age unit in " + ageText);
        };
        double age = Double.parseDouble(ageText.substring(0, ageText.length() - 1));
        Patient patient = new Patient(new Age(age, unit), Sex.valueOf(f[3].toUpperCase(Locale.ROOT)), f[4].equals("y"), null);
        TriageRequest request = new TriageRequest(patient, f[6], List.of(), vitals(f[7]), null, f[5]);
        return new Vignette(f[0], category, request, f[8].equals("-") ? null : f[8]);
    }

    static Vitals vitals(String spec) {
        if (spec.equals("-")) {
            return null;
        }
        Integer rr = null, spo2 = null, sbp = null, hr = null;
        Boolean o2 = null;
        Consciousness avpu = null;
        Double t = null;
        for (String pair : spec.split(";")) {
            String[] kv = pair.split("=");
            switch (kv[0]) {
                case "rr" -> rr = Integer.valueOf(kv[1]);
                case "spo2" -> spo2 = Integer.valueOf(kv[1]);
                case "o2" -> o2 = Boolean.valueOf(kv[1]);
                case "sbp" -> sbp = Integer.valueOf(kv[1]);
                case "hr" -> hr = Integer.valueOf(kv[1]);
                case "avpu" -> avpu = Consciousness.valueOf(kv[1].toUpperCase(Locale.ROOT));
                case "t" -> t = Double.valueOf(kv[1]);
                default -> throw new IllegalArgumentException("vital " + kv[0]);
            }
        }
        return new Vitals(rr, spo2, o2, null, sbp, hr, avpu, t);
    }

    /** Whether a final level is safe for this vignette: emergencies at 1–2. */
    public boolean underTriaged(int level) {
        return category == Category.EMERGENT && level > 2;
    }

    /** Whether a final level is more urgent than the vignette needs. */
    public boolean overTriaged(int level) {
        return switch (category) {
            case EMERGENT -> false;
            case URGENT, NON_EMERGENT -> level <= 2;
            case SELF_CARE -> level < 5;
        };
    }
}
