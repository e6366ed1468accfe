package org.opentriage.rules;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test: how long the rules take for one complaint in a hot loop (all rules, as
 * {@link SafetyFloorEngine} runs them, and splitting the words into clauses alone). The streaming
 * path runs the rules before the model call, so their time is part of the first token's. Run with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RulesBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RulesBenchmarkIT {

    private static final List<String> COMPLAINTS = List.of(
            "Sore throat and a runny nose for two days, no fever",
            "My father is 67, he has had a cough for a week and today he feels more tired than usual, he is eating less and his knees ache when he walks",
            "2 din se bukhar aur khansi hai, gale mein kharash, kha pee raha hai",
            "दो दिन से ज़ुकाम और हल्का बुखार, खाँसी भी है",
            "crushing chest pain going into my left arm and I am sweating");
    private static final int WARM_UP = 30_000;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 5_000;
    private static final int COLD = 1_000;
    private static final int COLD_BYTES = 256 << 20;
    private static volatile long sink;

    @Test
    void rules() {
        SafetyFloorEngine engine = Fixtures.engine();
        System.out.println("\n| complaint (characters) | all rules, best of " + ROUNDS + " × " + PER_ROUND + " | clauses alone | all rules, cold caches (median of " + COLD + ") |");
        System.out.println("|---|---|---|---|");
        for (String complaint : COMPLAINTS) {
            var request = Fixtures.request(30, false, complaint, null);
            long rules = best(() -> engine.evaluate(request));
            long clauses = best(() -> ClinicalText.of(complaint));
            long cold = cold(() -> engine.evaluate(request));
            System.out.printf(Locale.ROOT, "| %s (%d) | %.1f µs | %.1f µs | %.1f µs |%n",
                    complaint.length() > 40 ? complaint.substring(0, 40) + "…" : complaint, complaint.length(), rules / 1000.0,
                    clauses / 1000.0, cold / 1000.0);
        }
    }

    /**
     * Nanoseconds per call when the caches hold other data, as in the service, where a patient's
     * request comes after seconds of other work: the median of calls, each after writing and
     * reading a buffer larger than the processor's caches.
     */
    private static long cold(Runnable call) {
        long[] evict = new long[COLD_BYTES / Long.BYTES];
        long[] times = new long[COLD];
        long sum = 0;
        for (int i = 0; i < COLD; i++) {
            for (int j = 0; j < evict.length; j += 8) {
                evict[j] += i;
                sum += evict[j];
            }
            long start = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - start;
        }
        sink = sum; // the reads are used, so the eviction is not compiled away
        java.util.Arrays.sort(times);
        return times[COLD / 2];
    }

    /** Nanoseconds per call, the best round after a warm-up. */
    private static long best(Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                call.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / PER_ROUND);
        }
        return best;
    }
}
