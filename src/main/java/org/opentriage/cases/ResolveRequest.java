package org.opentriage.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{id}/resolve}: what was done, e.g. "referred to emergency department". */
public record ResolveRequest(@NotBlank @Size(max = 500) String disposition, @Size(max = 4000) String note) {
}
