package org.opentriage.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.opentriage.rules.PatientExplanations;
import org.opentriage.rules.TriageLevel;

/**
 * Advice written by the service itself, in English or Hindi: used whenever the model's advice
 * cannot be used (degraded) or must not be (the rules made the case more urgent than the model
 * said), and for the emergency and crisis numbers that levels 1–2 and self-harm flags always carry.
 */
@ApplicationScoped
public class PatientAdvice {

    private static final Map<TriageLevel, String> EN = Map.of(
            TriageLevel.EMERGENCY_AMBULANCE,
            "Call an ambulance now on {ambulance}, or the emergency number {number}. Do not drive yourself. "
                    + "If the person stops breathing or stops responding, tell the call handler at once.",
            TriageLevel.EMERGENCY,
            "Go to the nearest emergency department now. If you cannot get there safely or you get worse, "
                    + "call {ambulance} or {number}.",
            TriageLevel.CONSULTATION_24,
            "See a doctor or nurse within the next 24 hours. If you get worse, or have trouble breathing, chest pain, "
                    + "confusion or fainting, get emergency help on {number}.",
            TriageLevel.CONSULTATION,
            "Book a routine appointment with your doctor. Be seen sooner if your symptoms get worse or new ones appear.",
            TriageLevel.SELF_CARE,
            "You can look after this at home: rest and drink fluids. Book an appointment if you are not better in a "
                    + "few days, and get urgent help if you get worse.");

    private static final Map<TriageLevel, String> HI = Map.of(
            TriageLevel.EMERGENCY_AMBULANCE,
            "अभी {ambulance} पर एम्बुलेंस बुलाएँ या आपातकालीन नंबर {number} पर कॉल करें। खुद गाड़ी चलाकर न जाएँ। "
                    + "अगर मरीज़ साँस लेना बंद कर दे या जवाब न दे, तो कॉल पर तुरंत बताएँ।",
            TriageLevel.EMERGENCY,
            "अभी नज़दीकी अस्पताल के आपातकालीन विभाग में जाएँ। अगर आप सुरक्षित रूप से नहीं पहुँच सकते या हालत बिगड़े, "
                    + "तो {ambulance} या {number} पर कॉल करें।",
            TriageLevel.CONSULTATION_24,
            "अगले 24 घंटों के भीतर डॉक्टर या नर्स को दिखाएँ। हालत बिगड़े, साँस लेने में तकलीफ़, सीने में दर्द, भ्रम या "
                    + "बेहोशी हो, तो {number} पर आपातकालीन मदद लें।",
            TriageLevel.CONSULTATION,
            "अपने डॉक्टर से सामान्य अपॉइंटमेंट लें। लक्षण बढ़ें या नए लक्षण आएँ तो जल्दी दिखाएँ।",
            TriageLevel.SELF_CARE,
            "आप घर पर देखभाल कर सकते हैं: आराम करें और पानी पीते रहें। कुछ दिनों में ठीक न हों तो डॉक्टर से मिलें, "
                    + "और हालत बिगड़े तो तुरंत मदद लें।");

    private static final String DEGRADED_EN = "Our automatic assessment was not available, so a nurse will review your case. ";
    private static final String DEGRADED_HI = "स्वचालित आकलन उपलब्ध नहीं था, इसलिए एक नर्स आपके मामले की समीक्षा करेगी। ";
    private static final String CRISIS_EN = " If you are thinking about suicide or harming yourself, you are not alone: "
            + "call Tele-MANAS on {crisis} (free, 24 hours) or {number}.";
    private static final String CRISIS_HI = " अगर आपके मन में आत्महत्या या खुद को नुकसान पहुँचाने के विचार हैं, तो आप अकेले नहीं हैं: "
            + "Tele-MANAS {crisis} (निःशुल्क, 24 घंटे) या {number} पर कॉल करें।";
    private static final String URGENT_EN = " Emergency numbers: {ambulance} (ambulance), {number} (emergency).";
    private static final String URGENT_HI = " आपातकालीन नंबर: {ambulance} (एम्बुलेंस), {number} (आपातकाल)।";

    private final EmergencyContactsConfig contacts;

    public PatientAdvice(EmergencyContactsConfig contacts) {
        this.contacts = contacts;
    }

    /** The service's own advice for a level. */
    public String forLevel(TriageLevel level, String language, boolean degraded, boolean selfHarm) {
        boolean hindi = PatientExplanations.hindi(language);
        String text = (degraded ? (hindi ? DEGRADED_HI : DEGRADED_EN) : "") + (hindi ? HI : EN).get(level);
        return fill(selfHarm ? text + (hindi ? CRISIS_HI : CRISIS_EN) : text);
    }

    /** The model's advice, with the emergency and crisis numbers added where the level or a flag needs them. */
    public String withContacts(String modelAdvice, TriageLevel level, String language, boolean selfHarm) {
        boolean hindi = PatientExplanations.hindi(language);
        String text = modelAdvice;
        if (level.level() <= TriageLevel.EMERGENCY.level()) {
            text += hindi ? URGENT_HI : URGENT_EN;
        }
        if (selfHarm) {
            text += hindi ? CRISIS_HI : CRISIS_EN;
        }
        return fill(text);
    }

    private String fill(String template) {
        return template.replace("{ambulance}", contacts.ambulance())
                .replace("{number}", contacts.number())
                .replace("{crisis}", contacts.crisisLine());
    }
}
