package org.opentriage.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record Patient(
        @NotNull @Valid Age age,
        Sex sex,
        Boolean pregnant,
        @Size(max = 200) String externalRef) {

    public boolean isPregnant() {
        return Boolean.TRUE.equals(pregnant);
    }
}
