package org.opentriage.cases;

import java.util.List;

/** One page of the nurse queue; {@code next} is the cursor of the following page, or null. */
public record CasePage(List<CaseView> items, String next) {
}
