package org.opentriage.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opentriage.patient.ScreeningAnswer;

/** Body of {@code POST /api/v1/triage/{id}/answers}: the patient's answers to screening questions. */
public record AnswersRequest(@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ScreeningAnswer> answers) {
}
