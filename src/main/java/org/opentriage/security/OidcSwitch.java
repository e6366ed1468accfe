package org.opentriage.security;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Turns quarkus-oidc's default tenant off when there is nothing for it to do: authentication is
 * disabled, or no provider and no key is configured. quarkus-oidc would otherwise stop the start
 * with its own message; {@link AuthStartupCheck} then refuses a production start in plain words.
 * An operator's explicit {@code quarkus.oidc.tenant-enabled} always wins.
 */
public class OidcSwitch implements ConfigSourceInterceptor {

    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!TENANT_ENABLED.equals(name) || explicit(value)) {
            return value;
        }
        boolean disabled = "true".equalsIgnoreCase(text(context.restart("triage.auth.disabled")));
        boolean verifier = !text(context.restart("quarkus.oidc.auth-server-url")).isBlank()
                || !text(context.restart("quarkus.oidc.public-key")).isBlank();
        if (disabled || !verifier) {
            return ConfigValue.builder().withName(name).withValue("false").withConfigSourceName(getClass().getSimpleName()).build();
        }
        return value;
    }

    /** Set by someone, not only quarkus-oidc's own default (which lives in the lowest-ordinal source). */
    private static boolean explicit(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }

    private static String text(ConfigValue value) {
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}
