package org.opentriage.cases;



/**
 * What the model contributed. {@code degraded} is true when no usable model answer was had;
 * {@code degradedReason} then says why ({@code unreachable}, {@code timeout}, {@code http_error},
 * {@code invalid_output}).
 */
public record ModelView(String name, boolean degraded, Long latencyMs, String promptVersion, String degradedReason) {
}
