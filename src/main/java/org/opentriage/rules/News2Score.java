package org.opentriage.rules;

import java.util.List;

/** A complete NEWS2 score: the aggregate, its risk, the SpO2 scale used and each parameter's points. */
public record News2Score(int total, News2Risk risk, int spo2Scale, List<Component> components) {

    public record Component(String parameter, String value, int points) {
    }

    public boolean hasSingleParameterThree() {
        return components.stream().anyMatch(c -> c.points() == 3);
    }
}
