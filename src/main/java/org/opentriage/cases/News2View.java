package org.opentriage.cases;

import java.util.List;

/**
 * NEWS2 aggregate, its risk band, the SpO2 scale used (1 or 2) and the points of each parameter.
 * {@code partial}: some parameters were not given ({@code missing}); the score is then a lower
 * bound, shown only when it already reaches a threshold.
 */
public record News2View(int score, String risk, int spo2Scale, List<Parameter> parameters, boolean partial,
                        List<String> missing) {

    public record Parameter(String name, String value, int points) {
    }
}
