package org.opentriage.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opentriage.model.DifferentialView;
import org.opentriage.patient.TriageRequest;

/**
 * A stored case as the contract shows it. {@code rulesFloor} (the level the deterministic rules
 * require), {@code intake} (the request as received) and {@code review} (claim and resolution)
 * are additions for the nurse; {@code screening} is the discriminator screen and
 * {@code rulesVersion} the version of the clinical knowledge base that judged the case.
 */
public record CaseView(
        UUID id,
        CaseStatus status,
        Instant createdAt,
        Instant updatedAt,
        TriageView triage,
        int rulesFloor,
        List<RedFlagView> redFlags,
        News2View news2,
        List<DifferentialView> differentials,
        List<String> followUpQuestions,
        String advice,
        ModelView model,
        TriageRequest intake,
        ReviewView review,
        ScreeningView screening,
        String rulesVersion) {
}
