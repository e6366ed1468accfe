package org.opentriage.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

public record History(
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> conditions,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> medications,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> allergies) {
}
