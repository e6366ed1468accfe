package org.opentriage.triage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Numbers given to patients at levels 1–2 and for self-harm flags. Defaults are India's. */
@ConfigMapping(prefix = "triage.emergency")
public interface EmergencyContactsConfig {

    /** National emergency number. Env: {@code TRIAGE_EMERGENCY_NUMBER}. */
    @WithDefault("112")
    String number();

    /** Ambulance number. Env: {@code TRIAGE_EMERGENCY_AMBULANCE}. */
    @WithDefault("108")
    String ambulance();

    /** Mental-health crisis line (Tele-MANAS in India). Env: {@code TRIAGE_EMERGENCY_CRISIS_LINE}. */
    @WithDefault("14416")
    String crisisLine();
}
