package org.opentriage.rules;

import java.util.List;

/**
 * One family of deterministic rules. Implementations are CDI beans; {@link SafetyFloorEngine}
 * runs them all. A rule never looks at model output.
 */
public interface SafetyRule {

    List<RedFlag> evaluate(ClinicalPicture picture);
}
