package org.opentriage.model;



public record DifferentialView(
        int rank, String condition, String icd10, double likelihood, String rationale, boolean cannotMiss) {
}
