package org.opentriage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opentriage.rules.News2Score;
import org.opentriage.rules.PatientExplanations;
import org.opentriage.rules.RedFlag;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.TriageLevel;

/** Between entities, rule results and API records. */
@ApplicationScoped
public class CaseMapper {

    public CaseView toView(TriageCase c) {
        StoredAssessment a = c.assessment;
        return new CaseView(c.id, c.status, c.createdAt, c.updatedAt,
                new TriageView(c.level, TriageLevel.fromLevel(c.level).code(), c.source),
                c.floorLevel,
                a.redFlags(), a.news2(), a.differentials(), a.followUpQuestions(), a.advice(),
                new ModelView(c.modelName, c.modelDegraded, c.modelLatencyMs, c.promptVersion, c.modelDegradedReason),
                c.intake,
                new ReviewView(c.claimedBy, c.resolvedAt, c.disposition, c.resolutionNote),
                a.screening(), c.rulesVersion);
    }

    public AuditEntryView toView(CaseAudit a) {
        return new AuditEntryView(a.at, a.actor, a.action, new AuditEntryView.Details(
                a.levelBefore == null ? null : a.levelBefore.intValue(),
                a.levelAfter == null ? null : a.levelAfter.intValue(), a.reason));
    }

    public static List<RedFlagView> toViews(List<RedFlag> flags, String language) {
        return flags.stream()
                .map(f -> new RedFlagView(f.code(), f.description(), f.trigger(), f.level().level(),
                        PatientExplanations.forPatient(f, language)))
                .toList();
    }

    /**
     * The level the rules alone require, as the contract's {@code triage} object: the floor, never
     * self care while the screen is incomplete.
     */
    public static TriageView rulesTriage(SafetyFloor floor) {
        TriageLevel level = floor.leastUrgentAllowed();
        return new TriageView(level.level(), level.code(), DecisionSource.RULES);
    }

    public static News2View toView(News2Score s) {
        return new News2View(s.total(), s.risk().code(), s.spo2Scale(), s.components().stream()
                .map(p -> new News2View.Parameter(p.parameter(), p.value(), p.points()))
                .toList(), s.partial(), s.missing());
    }
}
