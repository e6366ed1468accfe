package org.opentriage.triage;

import java.util.Map;

/**
 * Red-flag explanations for the patient, in their language where we have one (Hindi for now);
 * the nurse always sees the English {@link RedFlag#description()}.
 */
public final class PatientExplanations {

    private static final Map<String, String> HINDI = Map.ofEntries(
            Map.entry("stroke_signs", "चेहरे का टेढ़ा होना, एक तरफ कमज़ोरी या बोलने में दिक्कत लकवे (स्ट्रोक) का संकेत हो सकता है: हर मिनट कीमती है।"),
            Map.entry("acs_chest_pain", "पसीने, सांस फूलने या बांह-जबड़े तक जाते दर्द के साथ सीने में दर्द दिल का दौरा हो सकता है।"),
            Map.entry("chest_pain", "सीने में नए दर्द की तुरंत जाँच ज़रूरी है।"),
            Map.entry("chest_pain_young", "सीने के दर्द की आज ही जाँच करवाएँ।"),
            Map.entry("anaphylaxis", "होंठ, जीभ या गले की सूजन से सांस रुक सकती है: यह गंभीर एलर्जी (एनाफिलेक्सिस) हो सकती है।"),
            Map.entry("anaphylaxis_breathing", "सांस की तकलीफ के साथ एलर्जी गंभीर (एनाफिलेक्सिस) हो सकती है।"),
            Map.entry("severe_breathing_difficulty", "सांस लेने में बहुत दिक्कत या नीले होंठ का मतलब है कि शरीर को पूरी ऑक्सीजन नहीं मिल रही।"),
            Map.entry("severe_asthma", "इनहेलर से आराम न मिलना दमे का जानलेवा दौरा हो सकता है।"),
            Map.entry("breathlessness", "सांस फूलने की आज ही जाँच करवाएँ।"),
            Map.entry("suicidal_intent", "आत्महत्या या खुद को नुकसान पहुँचाने के विचारों के लिए आज ही मदद ज़रूरी है।"),
            Map.entry("eclampsia", "गर्भावस्था में या जन्म के बाद दौरा एक्लेम्पसिया हो सकता है: एम्बुलेंस बुलाएँ।"),
            Map.entry("reduced_fetal_movements", "बच्चे की हलचल कम या बंद हो तो अभी प्रसूति अस्पताल में जाँच कराएँ, कल तक इंतज़ार न करें।"),
            Map.entry("waters_broken", "गर्भावस्था में पानी की थैली फटने पर अभी प्रसूति अस्पताल में जाँच ज़रूरी है।"),
            Map.entry("haemoptysis", "खांसी में खून आए तो आज ही जाँच ज़रूरी है; ज़्यादा खून, या साँस फूलने या सीने के दर्द के साथ हो तो यह आपातकाल है।"),
            Map.entry("upper_airway_obstruction", "साँस अंदर लेते समय सीटी जैसी तेज़ आवाज़, या लार टपकना और निगल न पाना साँस की नली बंद होने का संकेत हो सकता है: एम्बुलेंस बुलाएँ।"),
            Map.entry("hypoglycaemia", "शुगर कम होने के साथ घबराहट, कंपकंपी, भ्रम या नींद, या ज़्यादा इंसुलिन: निगल सकें तो अभी चीनी लें और तुरंत मदद लें।"),
            Map.entry("newborn_jaundice", "जन्म के पहले दिन बच्चे की त्वचा पीली हो तो कुछ घंटों के अंदर जाँच ज़रूरी है।"),
            Map.entry("heavy_bleeding_faint", "बहुत ज़्यादा खून बहने के साथ चक्कर या बेहोशी जैसा लगे तो बहुत खून निकल चुका हो सकता है: तुरंत इलाज लें।"),
            Map.entry("hypertensive_crisis", "180/120 या उससे ज़्यादा बीपी के साथ सीने में दर्द, सांस फूलना, कमज़ोरी, धुंधला दिखना या बोलने में दिक्कत: एम्बुलेंस बुलाएँ।"),
            Map.entry("severe_hypertension", "180/120 या उससे ज़्यादा बीपी की 24 घंटे के अंदर डॉक्टर से जाँच ज़रूरी है; सीने में दर्द, सांस फूलना, कमज़ोरी, धुंधला दिखना या बोलने में दिक्कत हो तो एम्बुलेंस बुलाएँ।"),
            Map.entry("possible_hip_fracture", "बड़ी उम्र में गिरने के बाद कूल्हे या जांघ में दर्द, खड़े न हो पाना या पैर छोटा और बाहर की ओर मुड़ा दिखना कूल्हे की हड्डी टूटने का संकेत हो सकता है: आज ही एक्स-रे ज़रूरी है।"),
            Map.entry("septic_arthritis_signs", "बुखार के साथ सूजा हुआ जोड़ जोड़ में संक्रमण हो सकता है: आज ही अस्पताल में इलाज ज़रूरी है।"),
            Map.entry("febrile_child_unwell", "बुखार के साथ छोटा बच्चा ढीला पड़ जाए, बहुत सुस्त हो या मुश्किल से जागे तो तुरंत अस्पताल में जाँच ज़रूरी है।"),
            Map.entry("febrile_limp", "बुखार के साथ बच्चा लंगड़ाए या चलने या हाथ-पैर इस्तेमाल करने से मना करे तो हड्डी या जोड़ में संक्रमण हो सकता है: आज ही अस्पताल ले जाएँ।"),
            Map.entry("aortic_dissection_signs", "सीने या पीठ में अचानक चीरने जैसा दर्द मुख्य धमनी फटने का संकेत हो सकता है: एम्बुलेंस बुलाएँ।"),
            Map.entry("cauda_equina_signs", "कमर दर्द के साथ जांघों के बीच सुन्नपन, पेशाब या मल पर नियंत्रण न रहना या दोनों पैरों में कमज़ोरी में तुरंत इलाज ज़रूरी है।"),
            Map.entry("urinary_retention", "पेशाब न उतरे तो आज ही जाँच ज़रूरी है, अक्सर कैथेटर लगाना पड़ता है।"),
            Map.entry("chemical_eye_injury", "आँख में केमिकल या चूना: अभी कम से कम 15 मिनट साफ़ पानी से धोएँ, फिर अस्पताल जाएँ।"),
            Map.entry("acute_glaucoma_signs", "दर्द वाली लाल आँख के साथ रोशनी के चारों ओर घेरे, धुंधला दिखना या उल्टी ग्लूकोमा हो सकता है, जो कुछ घंटों में रोशनी छीन सकता है।"),
            Map.entry("serious_burn", "गहरा, बड़ा, केमिकल या बिजली से जला, या चेहरे या गुप्तांगों का जलना अस्पताल में दिखाएँ।"),
            Map.entry("electrical_injury", "करंट लगने के बाद सीने, दिल या दूसरी तकलीफ हो तो आज ही ECG से दिल की जाँच कराएँ।"),
            Map.entry("near_drowning", "डूबने से बचने के बाद साँस कुछ घंटों बाद बिगड़ सकती है: अभी अस्पताल में जाँच कराएँ।"),
            Map.entry("sexual_assault", "यौन हिंसा के बाद आपातकालीन गर्भनिरोध और HIV से बचाव की दवा 72 घंटे के अंदर सबसे अच्छा काम करती है: आज ही इलाज लें।"),
            Map.entry("animal_bite", "जानवर के काटने पर घाव को अभी 15 मिनट साबुन और बहते पानी से धोएँ और आज ही दिखाएँ; भारत में रेबीज़ का टीका ज़रूरी है।"),
            Map.entry("bilious_vomiting", "छोटे बच्चे को हरी उल्टी आँत में रुकावट हो सकती है: तुरंत आपातकालीन जाँच कराएँ।"),
            Map.entry("swallowed_battery_or_magnet", "बटन बैटरी या चुंबक निगलने से कुछ घंटों में आँत जल या फट सकती है: अभी अस्पताल जाएँ।"),
            Map.entry("child_ingestion", "बच्चे ने दवा या घर का कोई केमिकल निगल लिया हो तो तुरंत आपातकालीन इलाज ज़रूरी है, भले ही वह अभी ठीक लगे।"),
            Map.entry("overdose", "ज़्यादा दवा या ज़हर खाने पर तुरंत इलाज ज़रूरी है, भले ही अभी ठीक महसूस हो।"),
            Map.entry("gi_bleeding", "खून की उल्टी या काला मल पेट में खून बहने का संकेत हो सकता है।"),
            Map.entry("uncontrolled_bleeding", "न रुकने वाले खून के लिए आपातकालीन इलाज ज़रूरी है।"),
            Map.entry("infant_fever", "3 महीने से छोटे बच्चे को 38 °C या उससे ज़्यादा बुखार हो तो तुरंत अस्पताल में जाँच ज़रूरी है।"),
            Map.entry("snakebite", "सांप के काटने पर तुरंत अस्पताल जाएँ, भले ही दर्द या सूजन न हो।"),
            Map.entry("heat_stroke", "गर्मी में बेहोशी, भ्रम या गर्म सूखी त्वचा लू (हीट स्ट्रोक) हो सकती है।"),
            Map.entry("dengue_warning_signs", "डेंगू में पेट दर्द, बार-बार उल्टी, खून आना या सुस्ती गंभीर होने का संकेत है।"),
            Map.entry("meningitis_signs", "बुखार के साथ गर्दन में अकड़न या रोशनी से तकलीफ मेनिनजाइटिस हो सकता है।"),
            Map.entry("prolonged_seizure", "5 मिनट से लंबा दौरा या दौरे के बाद होश न आना आपातकाल है।"));

    private PatientExplanations() {
    }

    /** The explanation in the patient's language, or the English description. */
    public static String forPatient(RedFlag flag, String language) {
        return hindi(language) ? HINDI.getOrDefault(flag.code(), flag.description()) : flag.description();
    }

    /** Whether a BCP-47 tag asks for Hindi ({@code hi}, {@code hi-IN}, {@code hi-Latn}…). */
    public static boolean hindi(String language) {
        return language != null && language.regionMatches(true, 0, "hi", 0, 2)
                && (language.length() == 2 || language.charAt(2) == '-');
    }
}
