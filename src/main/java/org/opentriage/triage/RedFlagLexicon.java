package org.opentriage.triage;

import static org.opentriage.triage.ClinicalText.phrase;
import static org.opentriage.triage.TriageLevel.CONSULTATION_24;
import static org.opentriage.triage.TriageLevel.EMERGENCY;
import static org.opentriage.triage.TriageLevel.EMERGENCY_AMBULANCE;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words patients use for the core red flags, in English (with common misspellings), Hinglish
 * (romanised Hindi) and Hindi in Devanagari. Each concept is a regular expression over normalised
 * tokens (see {@link ClinicalText}). Sources for the levels are given per flag in {@link #FLAGS}.
 */
public final class RedFlagLexicon {

    private RedFlagLexicon() {
    }

    static final String CHEST = "(chest|chset|chesst|cheast|breastbone|sternum)";
    static final String PAIN = "(pain|pains|pian|paine|pane|ache|aching|hurts?|hurting|tightness|tight|pressure|heaviness"
            + "|heavy|discomfort|squeezing|crushing)";

    public static final Pattern CHEST_PAIN = phrase(String.join("|",
            CHEST + " " + PAIN,
            "chestpain",
            PAIN + " (in|on|across|around|at|behind|over) (my |the |his |her |their )?(middle of (my |the )?)?" + CHEST,
            CHEST + " (is |feels |feel |felt |was )?(hurting|painful|tight|heavy|crushed|squeezed|sore)",
            "(heart|cardiac) (pain|ache)", "angina", "heart attack",
            "(seene|seena|sine|sina|chaati|chhati|chati|chhaati|chhaatee) (mein |me |main |mai |par )?(dard|dardh|pain|bhaari|bhari|bharipan|jakdan|dabav|dabaav)",
            "(सीने|सीना|छाती) (में |मे )?(दर्द|भारीपन|जकड़न|दबाव)"));

    /** Features that make chest pain cardiac-sounding (NICE CG95, Table 1: typical anginal and ACS features). */
    public static final Pattern CARDIAC_FEATURE = phrase(String.join("|",
            "sweat|sweats|sweating|sweaty|clammy|cold sweat|diaphore\\w*|pasina|paseena|पसीना",
            "radiat\\w*|spread\\w*|going (down|into|to)|moving (down|into|to)|(left )?arm|jaw|neck|shoulder",
            "crushing|squeezing|elephant",
            "breathless\\w*|short of breath|shortness of breath|(cant|cannot|hard to|difficulty|trouble) breath\\w*",
            "nause\\w*|vomit\\w*|throwing up|sick to my stomach|ulti|ultee|उल्टी|ghabrahat|घबराहट",
            "faint\\w*|dizzy|lightheaded|light headed|collapsed|chakkar|चक्कर"));

    public static final Pattern STROKE = phrase(String.join("|",
            "stroke|brain attack|mini stroke|tia",
            "(face|mouth|smile|lip) (is |has |was |went |looks |became )?(droop\\w*|lopsided|crooked|fallen|twisted|uneven|slanted|sagging|drooped)",
            "(droop\\w*|drupping|lopsided|crooked|fallen|sagging) (face|mouth|smile|eyelid|side of (my |his |her |the )?face)",
            "facial (droop\\w*|weakness|palsy)",
            "(slurr\\w*|slured|slurring) (speech|words|talking|voice)",
            "(speech|words|talking|voice) (is |are |was |were |became |becomes |sounds |sound |(come|comes|coming|came) out )?(all )?(slurr\\w*|slured|garbled|jumbled|muddled|nonsense|wrong)",
            "(cant|cannot|can not|unable to|couldnt|could not|trouble|difficulty|struggling to) (speak|talk|talking|speaking|get (my |the )?words out|find (my |the )?words|understand (what people|speech))",
            "(sudden|suddenly) (\\w+ )?(weakness|numbness|numb|weak|paralys\\w*|confusion|confused|blind\\w*|loss of (vision|sight|balance))",
            "(weakness|numbness|numb|weak|tingling|paralys\\w*|paralyzed|paralysed|heavy|dead) (in |on |of |down )?(the |my |his |her )?(one|left|right) (side|arm|leg|hand|half)",
            "(one|left|right) (sided|side) (weakness|numbness|paralysis)",
            "(cant|cannot|can not|unable to|couldnt|could not) (lift|raise|move|feel) (my |his |her |one |the )?(left |right )?(arm|arms|leg|hand)",
            "(left|right|one) (arm|leg|hand) (\\w+ )?(is |went |has gone |feels |felt )?(weak|numb|dead|limp|floppy|paralys\\w*|paralyzed)",
            "(weak|numb|dead|limp|floppy)\\w* (in |on )?(the |my |his |her )?(left|right) (arm|leg|hand|side)",
            "lakwa|laqwa|lakva|लकवा|लकवे|(muh|munh|mooh|munh|chehra) (tedha|tedhaa|tirchha|latak\\w*)|(मुंह|मुँह|चेहरा) (टेढ़ा|टेढा|लटक\\w*)",
            "(zuban|zubaan|awaaz|aawaz|bolne) (mein )?(ladkhada\\w*|ladkhad\\w*|atak\\w*)|(जुबान|ज़ुबान|आवाज़|आवाज) (लड़खड़ा\\w*)",
            "(haath|hath|pair|per) (mein )?(kamzori|sunn|sun|sunnpan)|(हाथ|पैर) (में )?(कमजोरी|कमज़ोरी|सुन्न)"));

    public static final Pattern ANAPHYLAXIS = phrase(String.join("|",
            "anaphyla\\w*|anaphalaxis|anafylaxis|allergic shock|epipen|epi pen|adrenaline pen",
            "(swollen|swelling|swells|swelled|swelling up|puffy|puffed up) (of |in |up )?(my |the |his |her )?(lips?|tongue|throat|face|mouth|eyes and lips)",
            "(lips?|tongue|throat|face|mouth) (is |are |feels |feel |getting |got |went |has |have |started )?(swollen|swelling|swelled|puffy|puffing|closing|blowing up)",
            "throat (is |feels )?(closing|closing up|tight\\w*|swelling)",
            "(hont|honth|hoth|jeebh|jibh|gala|gale) (mein )?(sujan|soojan|sooj\\w*|suj\\w*)|(होंठ|जीभ|गला|गले) (में )?(सूजन|सूज\\w*)"));

    public static final Pattern ALLERGIC_TRIGGER = phrase(String.join("|",
            "allerg\\w*|hives|urticaria|welts|bee sting|wasp sting|stung|peanut\\w*|nuts?|shellfish|prawns?|after (eating|taking|an injection)",
            "एलर्जी|elarji|allergy"));

    public static final Pattern SEVERE_BREATHING = phrase(String.join("|",
            "(cant|cannot|can not|unable to|couldnt|could not|struggling to|struggle to|fighting to|barely) (breathe|breath|breth|brethe|breathing|get (my |a )?breath|catch (my |his |her )?breath|get air)",
            "gasping|choking|suffocating|not breathing|stopped breathing|turning blue|blue (lips|face|tongue)|(lips|face|tongue) (are |is |turning |turned |going )?blue|cyanos\\w*|cyanotic",
            "(cant|cannot|unable to) (speak|talk|say) (in )?(full |whole |complete )?sentences",
            "(severe|severely|extreme|extremely|very bad|terrible) (shortness of breath|breathless\\w*|difficulty breathing|trouble breathing|breathing (difficulty|problem\\w*))",
            "(saans|sans|saas|sas|swas) (nahi|nahin|nhi) (aa|le|ho) (rahi|raha|pa)|(saans|sans|saas) (lene|le) (mein|me)? (bahut|bohot|bahot) (takleef|dikkat|mushkil)",
            "(सांस|साँस|श्वास) (नहीं|नही) (आ|ले) (रही|रहा|पा)|(सांस|साँस) (लेने )?(में )?(बहुत )?(ज्यादा |ज़्यादा )?(तकलीफ|दिक्कत|मुश्किल) (हो रही|है)"));

    public static final Pattern BREATHLESS = phrase(String.join("|",
            "breathless\\w*|breathlesness|short of breath|shortness of breath|out of breath|dyspn\\w*",
            "(difficulty|trouble|hard|difficult|problem\\w*|struggle|struggling) (in |with )?(breathing|to breathe|breathe|breath)",
            "wheez\\w*|weezing|wheeze",
            "(saans|sans|saas|swas) (phool|fool|ful|phul)\\w*|(saans|sans|saas) (lene )?(mein |me )?(takleef|dikkat|taklif)",
            "(सांस|साँस) (फूल\\w*)|(सांस|साँस) (लेने )?(में )?(तकलीफ|दिक्कत)"));

    public static final Pattern SUICIDAL = phrase(String.join("|",
            "suicid\\w*|sucid\\w*|suiside|suicde|sucide",
            "(kill|killing|end|ending|take|taking) (myself|my self|my life|my own life|it all)",
            "end it all|end my life|want to die|wanna die|wish i (was|were) dead|better off dead|rather be dead",
            "(dont|do not|no longer) want to (live|be alive|be here|wake up|exist)",
            "no (reason|point) (to|in) (live|living|go on|going on)",
            "self harm\\w*|selfharm\\w*|harm\\w* myself|hurt\\w* myself|cut\\w* myself|cutting my (wrists|arms)",
            "khudkushi|khud kushi|aatmhatya|atmhatya|aatmahatya|atmahatya|(marna|mar jana|mar jaana|marne) (chahta|chahti|chahata)|(jeena|jina|jeene) (nahi|nahin|nhi) (chahta|chahti)|zindagi (khatam|khatm)",
            "आत्महत्या|खुदकुशी|ख़ुदकुशी|(मरना|मर जाना) (चाहता|चाहती)|(जीना|जीने) (नहीं) (चाहता|चाहती)|ज़िंदगी खत्म|जिंदगी खत्म"));

    public static final Pattern OVERDOSE = phrase(String.join("|",
            "overdos\\w*|over dose|od d|poisoned myself",
            "(took|taken|swallowed|have taken|ate) (a lot of |lots of |too many |a whole (box|bottle|strip) of |all (of )?)(my |the |his |her )?(\\w+ )?(pills|tablets|medicines?|meds|paracetamol|capsules)",
            "(took|taken|swallowed|drank|drunk) (rat poison|poison|pesticide|insecticide|bleach|phenyl|kerosene)",
            "(bahut saari|saari|bahut) (goliyan|goli|dawai|dawaiyan) (kha|le) (li|lee|liya|liye)|(zeher|jeher|zahar) (kha|pi|pee) (liya|li)",
            "(ज़हर|जहर) (खा|पी) (लिया|ली)|(सारी|बहुत सारी) (गोलियां|गोलियाँ|दवाइयां) (खा|ले) (ली|लीं)"));

    /**
     * Core red flags, most urgent first within each group.
     *
     * <ul>
     *   <li>Stroke: FAST / BE-FAST signs → ambulance (NICE NG128 Stroke and TIA, 1.1.1; Aroor et al.,
     *       Stroke 2017 for BE-FAST).</li>
     *   <li>Chest pain: with any cardiac feature → ambulance; chest pain alone from 30 years →
     *       emergency department; younger → seen within 24 hours (NICE CG95 Chest pain of recent
     *       onset, 1.1.1.1 and Table 1; ESC 2023 ACS guideline).</li>
     *   <li>Anaphylaxis: swelling of lips, tongue or throat, or an allergic trigger with breathing
     *       trouble → ambulance (Resuscitation Council UK, Emergency treatment of anaphylaxis, 2021).</li>
     *   <li>Breathing: severe difficulty (cannot speak in sentences, gasping, blue lips) → ambulance;
     *       breathlessness → seen within 24 hours, the vitals rules escalating further (NHS 111
     *       "severe difficulty breathing: call 999"; BTS/SIGN 158 asthma, life-threatening features).</li>
     *   <li>Self-harm: overdose or poisoning → ambulance; suicidal intent or self-harm → emergency
     *       department with crisis lines (NICE NG225 Self-harm, 2022, 1.5; NICE CG16).</li>
     * </ul>
     */
    public static final List<TextRedFlag> FLAGS = List.of(
            TextRedFlag.of("stroke_signs", "stroke", EMERGENCY_AMBULANCE,
                    "Face drooping, arm or leg weakness on one side, or slurred speech can be a stroke: every minute counts.",
                    STROKE),
            TextRedFlag.of("acs_chest_pain", "chest_pain", EMERGENCY_AMBULANCE,
                    "Chest pain with sweating, breathlessness, sickness or pain spreading to the arm or jaw: possible heart attack.",
                    CHEST_PAIN, CARDIAC_FEATURE),
            TextRedFlag.of("chest_pain", "chest_pain", EMERGENCY,
                    "New chest pain in an adult needs an urgent check for a heart problem.", CHEST_PAIN).fromAge(30),
            TextRedFlag.of("chest_pain_young", "chest_pain", CONSULTATION_24,
                    "Chest pain should be checked by a clinician today.", CHEST_PAIN),
            TextRedFlag.of("anaphylaxis", "anaphylaxis", EMERGENCY_AMBULANCE,
                    "Swelling of the lips, tongue or throat can block the airway: possible anaphylaxis.", ANAPHYLAXIS),
            TextRedFlag.of("anaphylaxis_breathing", "anaphylaxis", EMERGENCY_AMBULANCE,
                    "An allergic reaction with breathing trouble: possible anaphylaxis.", ALLERGIC_TRIGGER, BREATHLESS),
            TextRedFlag.of("severe_breathing_difficulty", "breathing", EMERGENCY_AMBULANCE,
                    "Severe difficulty breathing, gasping or blue lips: the body may not be getting enough oxygen.",
                    SEVERE_BREATHING),
            TextRedFlag.of("breathlessness", "breathing", CONSULTATION_24,
                    "Breathlessness should be assessed by a clinician today.", BREATHLESS),
            TextRedFlag.of("overdose", "self_harm", EMERGENCY_AMBULANCE,
                    "An overdose or swallowed poison needs emergency treatment even if the person feels well now.", OVERDOSE),
            TextRedFlag.of("suicidal_intent", "self_harm", EMERGENCY,
                    "Thoughts of suicide or self-harm need urgent help from a professional today.", SUICIDAL));
}
