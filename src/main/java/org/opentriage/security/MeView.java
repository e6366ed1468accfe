package org.opentriage.security;

import java.util.List;

/** Who the dashboard is signed in as; {@code signInDisabled} when the service runs without authentication (dev). */
public record MeView(String name, List<String> roles, boolean signInDisabled) {
}
