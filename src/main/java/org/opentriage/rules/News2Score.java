package org.opentriage.rules;

import java.util.List;

/**
 * A NEWS2 score: the aggregate, its risk, the SpO2 scale used and each parameter's points. A
 * {@code partial} score leaves out the parameters named in {@code missing}; since a missing
 * parameter can only add points, it is a lower bound.
 */
public record News2Score(int total, News2Risk risk, int spo2Scale, List<Component> components, boolean partial,
                         List<String> missing) {

    public record Component(String parameter, String value, int points) {
    }

    public boolean hasSingleParameterThree() {
        return components.stream().anyMatch(c -> c.points() == 3);
    }
}
