package org.opentriage.testsupport;



/** Request bodies used across the API tests. */
public final class Requests {

    private Requests() {
    }

    public static String adult(String complaint) {
        return "{\"patient\":{\"age\":{\"value\":54,\"unit\":\"years\"},\"sex\":\"male\",\"externalRef\":\"app-user-123\"},"
                + "\"complaint\":\"" + complaint + "\"}";
    }

    /** The contract's example: crushing chest pain with sweating and abnormal vitals. */
    public static final String CHEST_PAIN = """
            {
              "patient": {"age": {"value": 54, "unit": "years"}, "sex": "male", "pregnant": false, "externalRef": "app-user-123"},
              "complaint": "Crushing chest pain for 30 minutes, sweating",
              "symptoms": [{"name": "chest pain", "severity": 8, "onsetHoursAgo": 0.5}],
              "vitals": {"respiratoryRate": 22, "spo2": 94, "onSupplementalOxygen": false,
                         "hypercapnicRespiratoryFailure": false, "systolicBp": 100,
                         "heartRate": 112, "consciousness": "alert", "temperatureC": 38.4},
              "history": {"conditions": ["hypertension"], "medications": ["amlodipine"], "allergies": []},
              "language": "en"
            }""";

    /** A cold, with every screening question answered no: a complete screen, so self care is possible. */
    public static final String SORE_THROAT = Screens.answeredNo(adult("Sore throat and a runny nose for two days, no fever"));

    /** The same cold as told, without screening answers: the least urgent answer is a routine consultation. */
    public static final String SORE_THROAT_UNSCREENED = adult("Sore throat and a runny nose for two days, no fever");
}
