package org.opentriage.cases;

import java.util.List;

/** NEWS2 aggregate, its risk band, the SpO2 scale used (1 or 2) and the points of each parameter. */
public record News2View(int score, String risk, int spo2Scale, List<Parameter> parameters) {

    public record Parameter(String name, String value, int points) {
    }
}
