package org.opentriage.rules;

import java.util.List;
import java.util.stream.Stream;

import static org.opentriage.rules.Concept.phrase;
import static org.opentriage.rules.TriageLevel.CONSULTATION_24;
import static org.opentriage.rules.TriageLevel.EMERGENCY;
import static org.opentriage.rules.TriageLevel.EMERGENCY_AMBULANCE;

/**
 * The words patients use for the core red flags, in English (with common misspellings), Hinglish
 * (romanised Hindi) and Hindi in Devanagari. Each concept is a regular expression over normalised
 * tokens (see {@link ClinicalText}). Sources for the levels are given per flag in {@link #FLAGS}.
 */
public final class RedFlagLexicon {

    private RedFlagLexicon() {
    }

    /** A rope or pesticide bought for the house, the animals or the fields is not a means of suicide. */
    private static final String NOT_FOR_CHORES = "(?! (for|to) (the |a |my |our )?(clothes|washing|tent|swing|cattle|goats?|cows?|buffalo|rats|mice|pests|garden|crops|field|farm|well|bucket|tie|hang (the )?(clothes|washing)))";

    /** A word that may stand between two near words: never a negation, which would change what follows. */
    private static final String GAP_WORD = " (?!(?:no|not|without|denies|denied|never|nor|dont|doesnt|didnt|nahi|नहीं)(?: |$))\\S+";

    /**
     * Ways to say "cannot" that the inability phrases share: "not able to breathe" and "has not been
     * able to breathe" are "unable to breathe".
     */
    static final String UNABLE_TO = "unable to|not able to|isnt able to|wasnt able to|not been able to|havent been able to|hasnt been able to";

    /** Sweating, a cardiac (autonomic) feature, in English, Hinglish and Hindi. */
    static final String SWEATING = "sweat|sweats|sweating|sweaty|clammy|cold sweat|diaphore\\w*|pasina|paseena|पसीना";

    /** Words of {@code a} and {@code b} in either order, at most {@code gap} words apart, no negation between. */
    static String near(String a, String b, int gap) {
        String between = "(" + GAP_WORD + "){0," + gap + "} ";
        // One group, so that what follows a near() applies to both orders.
        return "(?:(" + a + ")" + between + "(" + b + ")|(" + b + ")" + between + "(" + a + "))";
    }

    /**
     * A heart attack named, but not one the patient fears or wants to prevent: "worried about a
     * heart attack because my uncle had one" is not chest pain; "worried I am having a heart
     * attack" is.
     */
    static final String HEART_ATTACK = "(?<!(worried|afraid|scared|anxious|frightened|fearful|fear|risk|chance|prevent|prevention|avoid) (about |of |for )?(a |having a |getting a )?)heart attack";

    static final String CHEST = "(chest|chset|chesst|cheast|chst|chets|breastbone|sternum)";
    static final String PAIN = "(pain|pains|pian|paine|pane|ache|aching|hurts?|hurting|tightness|tight|pressure|heaviness"
            + "|heavy|discomfort|squeezing|crushing)";

    public static final Concept CHEST_PAIN = phrase(String.join("|",
            CHEST + " " + PAIN,
            "chestpain",
            PAIN + " (in|on|across|around|at|behind|over) (my |the |his |her |their )?(middle of (my |the )?)?" + CHEST,
            CHEST + " (is |feels |feel |felt |was )?(hurting|painful|tight|heavy|crushed|squeezed|sore)",
            "(heart|cardiac) (pain|ache)", "angina", HEART_ATTACK,
            "(elephant|weight|something heavy|someone|somebody|a band|a belt|a vice|pressure|tightness) (\\w+ ){0,3}(on|across|around|in|crushing|squeezing|standing on|sitting on|pressing on) (my |his |her |the )?" + CHEST,
            CHEST + " (\\w+ ){1,3}" + PAIN,
            near(CHEST, "pain|pains|ache|aching|hurts?|hurting|heavy|heaviness|tight|tightness|pressure|discomfort|burning|squeez\\w*|crush\\w*|weight|agony|vice|vise|clamp|band", 5),
            "(seene|seena|chaati|chhati|chhaatee) (mein |me |main |mai |par )?(bahut |tez |zor ka |halka )?(dard|dardh|pain|bhaari|bhari|bharipan|jakdan|dabav|dabaav|jalan|jalna)",
            "dil ka daura|दिल का दौरा|heart ka attack|dil (mein |me )?(bahut |tez |halka )?(dard|dabav|bhaari|bhari|jalan)|दिल (में )?(दर्द|दबाव)",
            "(सीने|सीना|छाती) (में |मे )?(बहुत |तेज़ |तेज |ज़ोर का |हल्का )?(दर्द|भारीपन|जकड़न|दबाव|जलन)"));

    /**
     * Cardiac pain felt in the arm or jaw rather than the chest (NICE CG95, 1.1.1.1: "pain in the
     * chest and/or other areas (for example, the arms, back or jaw)"), with an autonomic feature.
     */
    static final Concept ARM_OR_JAW_PAIN = phrase(near("jaw|left arm|both arms|jabde|जबड़े|(baayen|bayan|baen|बाएं|बाएँ) (haath|baanh|baju|kandhe|हाथ|बांह|कंधे)",
            "pain|pains|ache|aching|hurts?|hurting|heavy|heaviness|tight|tightness|pressure|discomfort|dard|दर्द", 3));
    static final Concept AUTONOMIC_FEATURE = phrase(
            SWEATING + "|nause\\w*|vomit\\w*|throwing up|(feel|feels|feeling|felt) sick"
                    + "|breathless\\w*|short of breath|shortness of breath|ulti|उल्टी|ghabrahat|घबराहट");

    /**
     * A heart attack taken for indigestion, acidity or gas, with sweating, breathlessness or
     * faintness (NICE CG95 1.1.1.1: pain in the chest and/or other areas with marked sweating or
     * breathlessness; NHS "Heart attack": the pain can feel like indigestion; atypical presentations
     * in women, older people and people with diabetes, CG95 1.1.1.6).
     */
    static final Concept INDIGESTION = phrase(String.join("|",
            "indigestion|heartburn|heart burn|acidity|acid reflux|gas (pain|trouble|problem)|gastric (pain|problem|trouble)|epigastric",
            "burning (\\w+ ){0,2}(in|at) (the |my |his |her )?(upper )?(stomach|chest|tummy|belly)|upper (stomach|abdominal|tummy|belly) (pain|ache|discomfort)",
            "(seene|seena|chhati) (mein |me )?jalan|gas ka dard|pet (mein |me )?(gas|jalan)|सीने (में )?जलन|एसिडिटी|गैस"));
    static final Concept ACS_ALARM = phrase(
            SWEATING + "|breathless\\w*|short of breath|shortness of breath|faint\\w*|collapsed|ghabrahat|घबराहट");

    /** Features that make chest pain cardiac-sounding (NICE CG95, Table 1: typical anginal and ACS features). */
    public static final Concept CARDIAC_FEATURE = phrase(String.join("|",
            SWEATING + "|dil ka daura|दिल का दौरा|" + HEART_ATTACK,
            "baayen|baaye|बाएं|बाएँ|जबड़े|jabde",
            "radiat\\w*|spread\\w*|going (down|into|to)|moving (down|into|to)|(left )?arm|jaw|neck|shoulder",
            "crushing|squeezing|elephant",
            "breathless\\w*|short of breath|shortness of breath|(cant|cannot|hard to|difficulty|trouble) breath\\w*|(saans|sans|सांस|साँस) (\\S+ )?(phool|fool|फूल)\\S*",
            "nause\\w*|vomit\\w*|throwing up|sick to my stomach|ulti|ultee|उल्टी|ghabrahat|घबराहट",
            "faint\\w*|dizzy|lightheaded|light headed|collapsed|chakkar|चक्कर"));

    public static final Concept STROKE = phrase(String.join("|",
            "stroke|brain attack|mini stroke|tia",
            "(face|mouth|smile|lip) (is |has |was |went |looks |became )?(droop\\w*|lopsided|crooked|fallen|twisted|uneven|slanted|sagging|drooped)",
            "(droop\\w*|drupping|lopsided|crooked|fallen|sagging) (face|mouth|smile|eyelid|side of (my |his |her |the )?face)",
            "facial (droop\\w*|weakness|palsy)",
            "(slurr\\w*|slured|slurring) (his |her |my |their )?(speech|words|talking|voice)",
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt|could not|keeps dropping|dropping|dropped) (hold|grip|grasp|things|a cup|cups|the cup|a glass|objects)\\b( \\w+){0,4} (left|right|one) (hand|arm|side)",
            near("face|smile|mouth|eyelid|lip", "droop\\w*|lopsided|crooked|drooped|sagg\\w*|fell|fallen|numb|paralys\\w*|paralyz\\w*|twisted", 3),
            near("speech|speaking|talking|words|voice|talk", "funny|strange|weird|odd|garbled|slurr\\w*|jumbled|muddled|gone|thick|nonsense|slow", 3),
            near("arm|leg|hand|foot", "flopp\\w*|gave way|gives way|useless|paralys\\w*|paralyz\\w*|dead weight", 3),
            // "limp" is floppy for an arm, but a walk for a leg: "a limp in his right leg" is not a stroke
            near("arm|hand", "limp", 3),
            near("half|one side|left side|right side|one half", "face|body|arm|leg|hand|mouth|smile|eye|numb|weak|weakness|numbness|paralys\\w*|droop\\w*", 4),
            "(dikhna|dikhai dena|दिखना) (achanak|ekdum|अचानक) (se )?(band|बंद)",
            near("sudden\\w*|abrupt\\w*|out of nowhere|achanak|ekdum|अचानक", "cant see|cannot see|can not see|blind\\w*|lost (my |his |her )?(sight|vision)|vision (went|gone|loss)|double vision"
                    + "|dikhna band|dikhai (dena )?band|(nazar|najar|roshni) (chali|chal|gayi|gai|khatam)|दिखना बंद|दिखाई (देना )?बंद|(नज़र|नजर|रोशनी) (चली|गई)", 4),
            near("(cant|cannot|can not|" + UNABLE_TO + "|couldnt) (smile|move (his|her|my) (face|mouth))", "properly|one side|droop\\w*|crooked", 4),
            "(बोलने|बोलते|bolne|bolte) (में |mein |me )?(दिक्कत|परेशानी|तकलीफ|dikkat|pareshani|takleef)|(एक|ek) (तरफ|taraf) (कमजोरी|कमज़ोरी|kamzori)",
            "(ek|ek hi|एक) (taraf|side|तरफ) (ka|ki|ke|का|की|के) (haath|pair|per|hissa|हाथ|पैर|हिस्सा)",
            "(haath|pair|per|हाथ|पैर) (\\w+ ){0,2}(kaam nahi kar|kaam nahin kar|nahi hil|hil nahi|काम नहीं कर|हिल नहीं)",
            "(speech|words|talking|voice) (is |are |was |were |became |becomes |sounds |sound |(come|comes|coming|came) out )?(all )?(slurr\\w*|slured|garbled|jumbled|muddled|nonsense|wrong)",
            "loss of speech|lost (the ability to speak|(my |his |her )?speech)|speech (went|was gone|disappeared)",
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt|could not|trouble|difficulty|struggling to) (speak|talk|talking|speaking|get (my |the )?words out|find (my |the )?words|understand (what people|speech))",
            "(sudden|suddenly) (\\w+ )?(weakness|numbness|numb|weak|paralys\\w*|confusion|confused|blind\\w*|loss of (vision|sight|balance))",
            "(weakness|numbness|numb|weak|tingling|paralys\\w*|paralyzed|paralysed|heavy|dead) (in |on |of |down )?(the |my |his |her )?(one|left|right) (side|arm|leg|hand|half)",
            "(one|left|right) (sided|side) (weakness|numbness|paralysis)",
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt|could not) (lift|raise|move|feel) (my |his |her |one |the )?(left |right )?(arm|arms|leg|hand)",
            "(left|right|one) (arm|leg|hand) (\\w+ )?(is |went |has gone |feels |felt )?(weak|numb|dead|limp|floppy|paralys\\w*|paralyzed)",
            "(weak\\w*|numb\\w*|dead|flopp\\w*) (in |on )?(the |my |his |her )?(left|right) (arm|leg|hand|side)|limp (in |on )?(the |my |his |her )?(left|right) (arm|hand|side)",
            "lakwa|laqwa|lakva|लकवा|लकवे|(muh|munh|mooh|munh|chehra) (tedha|tedhaa|tirchha|latak\\w*)|(मुंह|मुँह|चेहरा) (टेढ़ा|टेढा|लटक\\w*)",
            "(zuban|zubaan|awaaz|aawaz|bolne) (mein )?(ladkhada\\w*|ladkhad\\w*|atak\\w*)|(जुबान|ज़ुबान|आवाज़|आवाज) (लड़खड़ा\\w*)",
            "(haath|pair|per) (mein )?(kamzori|sunn|sun|sunnpan)|(हाथ|पैर) (में )?(कमजोरी|कमज़ोरी|सुन्न)"));

    public static final Concept ANAPHYLAXIS = phrase(String.join("|",
            "anaphyla\\w*|anaphalaxis|anafylaxis|allergic shock|epipen|epi pen|adrenaline pen",
            "(swollen|swelling|swells|swelled|swelling up|puffy|puffed up) (of |in |up )?(my |the |his |her )?(lips?|tongue|throat|face|mouth|eyes and lips)",
            "(lips?|tongue|throat|face|mouth) (is |are |feels |feel |getting |got |went |has |have |started )?(swollen|swelling|swelled|puffy|puffing|closing|blowing up)",
            "throat (is |feels )?(closing|closing up|tight\\w*|swelling)",
            "gala (\\S+ )?(band|bandh|sikud)\\w* (ho|hone) (raha|rahi|gaya|gayi|laga)|(honth|hont|jeebh|jibh|munh|chehra) (aur (honth|hont|jeebh|jibh|munh|gala|chehra) )?(\\S+ )?(sooj|suj|mote|mota|moti|phool|fool)\\w*|(गला) (\\S+ )?(बंद) (हो)|(होंठ|जीभ|चेहरा) (\\S+ )?(सूज)\\S*",
            near("throat|windpipe|airway", "closing|closed|shut|shutting", 4),
            near("tongue|lips?|mouth", "swell\\w*|swollen|huge|massive|big|fat|thick|puffy|puffed|closing|blown up|blowing up", 2),
            "(hont|honth|hoth|jeebh|jibh|gala|gale) (mein )?(sujan|soojan|sooj\\w*|suj\\w*)|(होंठ|जीभ|गला|गले) (में )?(सूजन|सूज\\w*)"));

    public static final Concept ALLERGIC_TRIGGER = phrase(String.join("|",
            "allerg\\w*|hives|urticaria|welts|bee sting|wasp sting|stung|(bee|wasp|hornet) stings|stings|swarm of (bees|wasps|hornets)|peanut\\w*|nuts?|shellfish|prawns?|after (eating|taking|an injection)",
            "एलर्जी|elarji|allergy|madhumakkhi|madhumakhi|madhu makkhi|madhumakhiyon|मधुमक्खी|मधुमक्खियों|bhiran|bhirad|tataiya|tatiya|ततैया|dank|डंक"));

    public static final Concept SEVERE_BREATHING = phrase(String.join("|",
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt|could not|struggling to|struggle to|fighting to|barely) (breathe|breath|breth|brethe|breathing|get (my |a )?breath|catch (my |his |her )?breath|get air)",
            "(cant|cannot|can not|not|" + UNABLE_TO + "|couldnt) (get|getting) enough (air|breath|oxygen)|(no|not enough) air",
            "grunting|(ribs|chest|tummy|belly|skin|stomach|neck) (\\w+ )?(sucks|sucking|sucked|pulling|pulls|pulled|caving|goes) in|(chest|rib) (indrawing|recession)|nostrils flar\\w*|head bobbing"
                    + "|(sucks|sucking|sucked|pulling|pulls|pulled|caving) in (under|between|below|around|at) (his |her |the |my |their )?(ribs|chest|neck|throat|collar ?bones?)",
            "(fighting|struggling|gasping|labouring|laboring|straining) for (every |each |my |his |her |a )?(breath|air)|every breath is (a struggle|hard|an effort)",
            "(saans|sans|saas|swas) (bilkul )?(nahi|nahin) (aa|le|ho) (\\w+ )?(rahi|raha|pa|paa|pata|pati)",
            "gasping|choking|suffocating|not breathing|stopped breathing|turning blue|blue (lips|face|tongue)|(lips|face|tongue) (are |is )?(turning |turned |going |gone |look |looks )?(blue|bluish|grey|gray)|cyanos\\w*|cyanotic",
            "(cant|cannot|" + UNABLE_TO + ") (speak|talk|say) (in )?(full |whole |complete )?sentences",
            "(severe|severely|extreme|extremely|very bad|terrible) (shortness of breath|breathless\\w*|difficulty breathing|trouble breathing|breathing (difficulty|problem\\w*))",
            "(saans|sans|saas|swas) (nahi|nahin) (aa|le|ho) (rahi|raha|pa)|(saans|sans|saas) (lene|le) (mein|me)? bahut (takleef|dikkat|mushkil)",
            "(honth|hont|hoth|होंठ) (\\w+ )?(neele|nile|neela|नीले|नीला)",
            "(rang|chehra|badan|sharir|रंग|चेहरा) (\\S+ )?(neela|nila|neeli|nili|नीला|नीली) (pad|ho|पड़|हो)\\S*|(saans|sans|saas|सांस|साँस) (ruk ruk|ruk rahi|ruk gayi|रुक रुक)\\S*",
            // a pause in a baby's breathing, grunting, flaring nostrils, the head bobbing with each breath (WHO IMCI; NICE NG143 red features)
            "(saans|sans|saas|सांस|साँस) (\\S+ ){0,5}(ruk gayi|ruk gai|ruk jati|ruk jaati|band ho gayi|band ho gai|band ho jati|रुक गई|रुक गयी|रुक जाती|बंद हो गई)",
            "(kraah|karah|kraahna|karahna|kraahta|karahta|कराह)\\S* (\\S+ ){0,3}(saans|sans|साँस|सांस)|(saans|sans|साँस|सांस) (\\S+ ){0,4}(kraah|karah|कराह)\\S*|(naak|nak|नाक) (ke nathune )?(phool|phul|fool|fadak|फूल|फड़क)\\S* (rahi|raha|rahe|रही|रहा)",
            near("(sir|sar|सिर) (\\S+ )?(hil|hilta|hilti|हिल)\\S*", "saans|sans|साँस|सांस", 4),
            // chest indrawing, as the WHO IMCI chart book asks for it: "pasliyan andar ja rahi hain"
            "(pasliyan|pasliyaan|pasli|पसलियां|पसलियाँ|पसली|chhati|chaati|छाती) (\\S+ ){0,2}(andar|ander|अंदर|अन्दर) (ja|jaa|dhans|dhas|ghus|chali|जा|धंस|धँस)\\S*",
            "(सांस|साँस|श्वास) (नहीं|नही) (आ|ले) (रही|रहा|पा)|(सांस|साँस) (लेने )?(में )?(बहुत )?(ज्यादा |ज़्यादा )?(तकलीफ|दिक्कत|मुश्किल) (हो रही|है)"));

    public static final Concept BREATHLESS = phrase(String.join("|",
            "breathless\\w*|breathlesness|short of breath|shortness of breath|out of breath|dyspn\\w*",
            "(difficulty|trouble|hard|difficult|problem\\w*|struggle|struggling) (in |with )?(breathing|to breathe|breathe|breath)",
            "wheez\\w*|weezing|wheeze|breathing (very |really |so )?(hard|heavily|heavy|fast|quickly|rapidly)",
            "(saans|sans|saas|swas) (phool|fool|ful|phul)\\w*|(saans|sans|saas) (lene )?(mein |me )?(takleef|dikkat|taklif)|(saans|sans|saas) (nahi|nahin) (aati|aata)",
            "(सांस|साँस) (फूल\\S*)|(सांस|साँस) (लेने )?(में )?(तकलीफ|दिक्कत)|(सांस|साँस) नहीं (आती|आता)"));

    public static final Concept SUICIDAL = phrase(String.join("|",
            "suicid\\w*|sucid\\w*|suiside|suicde|sucide",
            "(kill|killing|end|ending|take|taking) (myself|my self|my life|my own life|it all|himself|herself|themselves|his life|her life)",
            "voices? (\\w+ ){0,4}(kill|hurt|harm|end) (myself|me|himself|herself|themselves)",
            "voices? (\\w+ ){0,2}(telling|tell|told|ordering|order|saying|say|says) (me|him|her|them) to (jump|die|kill|hurt|harm|cut|stab|drown|hang|burn|end)",
            "(gonna|going to|want to|wanna|will|plan to|planning to) end (it|it all|things|everything)|sleep forever|never wake up|(dont|do not) want to wake up",
            "(pills|tablets) (are )?(counted|saved|stockpiled|lined up)|(going to|gonna|will) take (them|all of them|all the (pills|tablets)|my (pills|tablets)) (all )?(tonight|today|now)",
            "end it all|end my life|(want|wants|wanted|wanna|ready|rather|plan|planning) to die|wanna die|wish i (was|were) dead|better off dead|rather be dead",
            "(dont|do not|no longer) want to (live|be alive|be here|wake up|exist)",
            "no (reason|point) (to|in) (live|living|go on|going on)",
            "(dont|do not|cant|cannot) see (the |any )?(point|reason) (of|in|to) (living|life|live|going on|being alive|carry on)",
            "(life|living) (is |isnt |is not )?(not )?worth (living|it)|not worth living|(has|got|bought) a rope" + NOT_FOR_CHORES + "|(has|got|bought) a noose|noose|hang (myself|himself|herself)",
            "(tried|trying|attempted|try) to (hang|kill|poison) (myself|himself|herself|themselves)|(phansi|fansi|फांसी|फाँसी) (\\S+ ){0,3}(laga|lagane|lagaya|lagayi|lagaana|lagaunga|lagaungi|koshish|लगा|लगाने)\\S*"
                    + "|(khudkushi|aatmhatya|atmahatya|suicide|खुदकुशी|आत्महत्या) (\\S+ )?(ki|karne ki|की|करने की) koshish",
            "(want to|wanna|wish i could|wish to|would like to) (just )?(disappear|vanish)|(happier|better off|better) (\\w+ ){0,3}(if|when) (i|im) (was |were |am )?(gone|not here|not around|dead)",
            "whats the point (of|in) (living|life|going on)|(better off|better|happier) without me|better off gone|better off not (being )?(here|alive|around)|(pills|rope|tablets) (are )?ready|(planning|plan|going) to (end|kill|take) (it|my|myself)|(suicide|goodbye) (notes?|letters?)",
            // warning signs: a method chosen, the means bought (NICE NG225 Self-harm, 2022; WHO LIVE LIFE, 2021)
            "(thinking|thought|thoughts|think) (of|about) (jumping|throwing myself|lying down|standing) (in front of|under|off|from) (a |the )?(train|bus|truck|lorry|building|bridge|terrace|roof)|jump (in front of|under) (a |the )?(train|bus|truck)"
                    + "|bought (a |some )?(rope|poison|rat poison|pesticide|sleeping pills)" + NOT_FOR_CHORES,
            "self harm\\w*|selfharm\\w*|harm\\w* myself|hurt\\w* myself|cutting myself|cut myself (on purpose|deliberately|again)|(cut|cutting|slit|slitting|slashed) (my|his|her) (wrists?|arms|veins)(?! (on|by accident|accidentally|while|when|with a|in the))",
            "suicide (karna|kar|karne)|(apni )?jaan (dena|de dunga|de dungi|lena)|(अपनी )?जान (देना|दे दूंगा|दे दूँगा|दे दूंगी|दे दूँगी|देनी|ले लूंगा|ले लूंगी)",
            "(मर जाना|मरना|मर जाऊं|मर जाऊँ) (है|चाहता|चाहती)|(marna|mar jana|mar jaana|mar jaun) (hai|chahta|chahti)|खुद को (मार|खत्म)|khud ko (maar|khatam|khatm)",
            "मरने का मन|marne ka (man|mann)|mar jaane ka (man|mann)|(jeene|jine) ka (man|mann) (nahi|nahin)|जीने का मन नहीं|खुदकुशी|आत्महत्या",
            "(?<!se )(mai |main |me )?mar (jaunga|jaungi|jaoonga|jaoongi|jaaunga|jaaungi)|khud ko (khatam|maar) (kar )?(lunga|lungi|dunga|dungi)",
            "khudkushi|khudkhushi|khudkusi|khud kushi|aatmhatya|atmhatya|aatmahatya|atmahatya|(marna|mar jana|mar jaana|marne) (chahta|chahti|chahata)|(jeena|jina|jeene) (nahi|nahin) (chahta|chahti)|zindagi (khatam|khatm)",
            "आत्महत्या|खुदकुशी|ख़ुदकुशी|(मरना|मर जाना) (चाहता|चाहती)|(जीना|जीने) (नहीं) (चाहता|चाहती)|ज़िंदगी खत्म|जिंदगी खत्म",
            // "mujhe ab jeena nahi hai": I do not want to live any more
            "(mujhe|muje) (ab )?(jeena|jina) (nahi|nahin) (hai|he)|(मुझे) (अब )?जीना नहीं है",
            "(sab|sab kuch|zindagi|khud ko|सब|सब कुछ|ज़िंदगी|जिंदगी) khatam (karna|kar dunga|kar dungi|kar lunga|kar lungi|kar dena)|(सब|सब कुछ|ज़िंदगी|जिंदगी) (खत्म|ख़त्म) (करना|कर दूंगा|कर दूँगा|कर दूंगी|कर लूंगा|कर लूंगी)"));

    /**
     * Words that may stand before a count without changing it: "took about 40 paracetamol",
     * "swallowed around 30 tablets", "lagbhag 20 goli". Optional, so it always ends in a space.
     */
    static final String QUANTITY_QUALIFIER = "(about |around |approx |approximately |nearly |almost |over |more than |at least |atleast |like |maybe |roughly |some |lagbhag |lagbhg |karib |kareeb |qareeb |takriban |करीब |लगभग |तकरीबन )?";

    /** Overdose: a number of tablets from 5 (two is a dose, "took 2 paracetamol"), or words for too many. */
    public static final Concept OVERDOSE = phrase(String.join("|",
            "overdos\\w*|over dose|od d|poisoned myself",
            "(took|tuk|tookk|taken|takn|swallowed|have taken|ate|consumed|ingested) " + QUANTITY_QUALIFIER + "(a lot of |lots of |too many |to many |2 many |a bunch of |a handful of |loads of |many |several |extra |a whole (box|bottle|strip|packet|pack) of |all (of )?|([5-9]|\\d\\d+) |five |six |seven |eight |nine |ten |twenty |thirty |forty |fifty |hundred )(of )?(my |the |his |her )?(\\w+ ){0,2}(pills|pils|pilz|tablets|tablts|tabs|medicines?|meds|paracetamol|capsules|antidepressants?|painkillers?|pain killers?|sedatives?|tranquill?i[sz]ers?)",
            "overdosed|(od|oded) on",
            // "around 30 goli kha li", "करीब 40 गोलियां खा लीं": a count of tablets from 5, then swallowing
            QUANTITY_QUALIFIER + "([5-9]|\\d\\d+) (\\S+ ){0,2}(goli|goliyan|goliyaan|tablet|tablets|गोली|गोलियां|गोलियाँ) (\\S+ )?(kha|khaa|le|nigal|nigli|nigla|खा|ले|निगल)\\S*",
            "(taking|took|taken|had) too much (of )?(my |his |her |the )?(\\w+ ){0,2}(pills|tablets|medicine|medication|meds)",
            "(took|taken|swallowed|drank|drunk) (rat poison|poison|pesticide|insecticide|bleach|phenyl|kerosene)",
            "(bahut saari|saari|bahut) (goliyan|goli|dawai|dawaiyan) (kha|le) (li|lee|liya|liye)|(bahut saari|bahut sari|saari|sari|dher saari) (\\S+ (ki|ka) )?(goliyan|goli|dawai|dawaiyan|tablets|tablet) (kha|le|nigal) (li|lee|liya|liye)|(goli|goliyan|dawai|dawa|tablet|tablets) (bahut )?(zyada) ((kha|le|nigal) )?(li|lee|liya|liye)|(zyada) (\\S+ (ki|ka) )?(goli|goliyan|dawai|tablets) (kha|le|nigal) (li|lee|liya|liye)|(zeher|jeher|zahar) (kha|pi|pee) (liya|li)",
            "(ज़हर|जहर) (खा|पी) (लिया|ली)|(सारी|बहुत सारी) (\\S+ (की|का) )?(गोलियां|गोलियाँ|दवाइयां) (खा|ले) (ली|लीं)",
            "(puri|poori|pura|saari|sari|पूरी|पूरा|सारी) (\\S+ ){0,2}(bottle|botal|shishi|strip|patta|पत्ता|बोतल|शीशी) (\\S+ )?(pee|pi|piya|kha|khaa|khaya|khayi|khai|nigal|nigla|nigli|पी|पिया|खा|खाया|खाई|निगल|निगला|निगली)(?!\\S)"));

    /**
     * A child who swallowed medicine: any amount, since one adult tablet can kill a toddler
     * (Bar-Oz, Levichek and Koren, Paediatr Drugs 2004;6(2):123-6). "Took some of my tablets"
     * from an adult is dosing, not an overdose; hence a child-only concept ({@link #FLAGS}). A
     * parent's "he took his medicine" is dosing too: only words of accidental swallowing count.
     */
    public static final Concept CHILD_INGESTION = phrase(String.join("|",
            "(swallowed|ate|eaten|chewed|chewing|got into|found (him |her )?(with|eating|chewing)) (?!(his|her|their) )(\\w+ ){0,4}(pills?|tablets?|medicines?|medication|meds|capsules?)",
            "(accidentally|by mistake|by accident) (\\w+ ){0,2}(took|taken|swallowed|ate|eaten|drank|drunk|had)( \\w+){0,4}",
            "(galti se|galati se|गलती से) (\\S+ ){0,4}(kha|nigal|pi|pee|खा|निगल|पी)\\S*",
            "(goli|goliyan|golia|dawai|dawa|dawaai|dawaiyan|tablet|tablets|गोली|गोलियां|गोलियाँ|दवा|दवाई|दवाइयां) (\\S+ ){0,2}(nigal|निगल)\\S*",
            "(khali|khaali|खाली) (\\S+ ){0,2}(shishi|botal|bottle|strip|patta|packet|dibba|dibbi|शीशी|बोतल|पत्ता|डिब्बी)|(goliyon|goli|goliyan|dawai|dawa|गोलियों|दवा)\\S* (ki|ka|की|का) (khali|khaali|खाली)",
            // found with an empty or open bottle, strip or packet of medicine
            "(empty|opened|open|half empty|chewed) (\\S+ ){0,2}(bottle|strip|packet|box|pack|blister|tube|container|shishi|botal) (of )?(\\S+ ){0,3}(pills?|tablets?|medicines?|medication|meds|capsules?|syrup|goli|goliyan|dawai)",
            // "dawai ki puri bottle pee li": a whole bottle or strip, not a dose
            "(mummy|mummy|papa|dadi|dada|nani|nana|maa|mami|chachi|chacha|bua|bhaiya|didi|kisi|मम्मी|पापा|दादी|नानी|माँ) (ki|ke|की|के) (\\S+ ){0,2}(goli|goliyan|dawai|dawa|tablet|tablets|गोली|गोलियां|दवा) (kha|nigal|pee|pi|खा|निगल|पी) (li|liya|lee|gaya|gayi|ली|लिया)",
            "(puri|poori|pura|saari|sari|aadhi|पूरी|पूरा|सारी|आधी) (\\S+ ){0,2}(bottle|botal|shishi|strip|patta|goliyan|goliyaan|dawai|dawaiyan|syrup|बोतल|शीशी|पत्ता|गोलियां|गोलियाँ|दवाई|सिरप) (\\S+ )?(pee|pi|piya|kha|khaa|khaya|khayi|khai|nigal|nigla|nigli|पी|पिया|खा|खाया|खाई|निगल|निगला|निगली)(?!\\S)"));
    static final double CHILD_INGESTION_BELOW_YEARS = 12;

    /**
     * A swallowed button battery burns through the gullet within hours, and magnets swallowed
     * together pinch the bowel: both are emergencies at any age (NHS England Patient Safety Alert on
     * button batteries, 2014; RCEM and the Child Accident Prevention Trust).
     */
    public static final Concept SWALLOWED_BATTERY_OR_MAGNET = phrase(String.join("|",
            "(swallowed|swallow|ate|eaten|chewed|put|has put|got) (\\w+ ){0,3}(button |coin |watch |small |lithium )?(batter(y|ies)|cells?|magnets?)( in (his|her|their|my) mouth)?",
            "(battery|batteries|cell|magnet|magnets) (\\S+ ){0,2}(nigal|nigla|निगल|kha)\\S*|(बैटरी|चुंबक) (\\S+ ){0,2}(निगल|खा)\\S*"));

    /** Green (bile-stained) vomit in a young child: a bowel obstruction until shown otherwise (NICE NG143 Table 1, red; NICE CG84). */
    public static final Concept BILIOUS_VOMIT = phrase(String.join("|",
            "(vomit\\w*|throwing up|threw up|being sick|sick|spitting up|puking) (is |was |looks |looked |has been |all |bright |dark ){0,2}(green|bile|bilious)( stuff| liquid| fluid| bile)?(?! (vegetables?|veg|beans|peas|food|leaves|salad|chutney))",
            "green (vomit|sick|bile)|bil(e|ious) (stained )?(vomit\\w*|sick)|(hari|haree|hara) (ulti|ultee)|हरी उल्टी"));

    static final String FEVER_WORDS = "temp(erature)? (of |is |was )?(3[89]|4[0-2])( \\d)?|fevers?|feverish|febrile|high temp(erature)?|(has|had|with|running|got|and|have|having) a (high )?temp(erature)?(?! of (3[0-7]|normal))"
            + "|hot to (the )?touch|burning up|pyrexia|bukhar|taap|बुखार|ज्वर";

    public static final Concept FEVER = phrase(FEVER_WORDS);

    // Atomic concepts: single ideas that combine in the table (all must be affirmed somewhere in
    // the complaint), so that word order and the words in between do not matter.
    static final Concept CHEST_WORD = phrase("chest|chst|chset|chets|breastbone|sternum|seene|seena|chhati|chaati|सीने|सीना|छाती");
    static final Concept PAIN_WORD = phrase("pain\\w*|ache\\w*|aching|hurt\\w*|agony|discomfort|pressure|tight\\w*|heav\\w*|squeez\\w*|crush\\w*|vice|dard|दर्द|भारी\\S*|jalan|जलन");
    static final Concept FACE = phrase("face|facial|mouth|smile|lips?|eyelid|cheek|chehra|chehre|muh|munh|mooh|मुंह|मुँह|चेहरा|चेहरे");
    static final Concept DROOP = phrase("droop\\w*|drop\\w*|sag\\w*|lopsided|crooked|uneven|slanted|fallen|slipped|dribbl\\w*|drool\\w*"
            + "|latak\\w*|tedha|tedhaa|tirchha|टेढ़ा|टेढा|लटक\\w*");
    static final Concept STRONG_SPEECH_DEFICIT = phrase("slurr\\w*|slured|garbled|jumbled|muddled|gibberish|nonsense|ladkhad\\w*|लड़खड़ा\\w*"
            + "|(cant|cannot|" + UNABLE_TO + "|couldnt|could not) (speak|talk|get (his|her|my|the) words out|find (his|her|my|the) words)"
            + "|lost (his|her|my) (speech|words)");
    static final Concept SPEECH = phrase("speech|speak\\w*|talk\\w*|words|voice|bol\\w*|बोल\\w*|zuban|zubaan|जुबान|ज़ुबान");
    static final Concept SPEECH_DEFICIT = phrase("funny|strange|weird|odd|difficult\\w*|trouble|hard|dikkat|दिक्कत|atak\\w*|अटक\\w*|nahi pa|नहीं पा");
    static final Concept LIMB = phrase("arms?|legs?|hands?|side|body|haath|pair|per|हाथ|पैर|शरीर|shareer|sharir");
    static final Concept LIMB_DEFICIT = phrase("weak\\w*|numb\\w*|clumsy|(wont|will not|doesnt|does not|stopped) work\\w*|not working|no feeling|lost (the )?feeling|loss of (feeling|sensation|power)|paralys\\w*|paralyz\\w*|dead|flopp\\w*|(is|went|gone|go|goes|going|became|feels|felt|was|hangs|hanging) limp|useless|gave way"
            + "|(cant|cannot|can not|couldnt|could not|" + UNABLE_TO + ") (move|lift|raise|feel|use|hold)|kamzor\\w*|kamjor\\w*|कमज़ोर\\w*|कमजोर\\w*|sunn|सुन्न|lakwa|लकवा"
            + "|kaam nahi|काम नहीं|hil nahi|हिल नहीं");
    static final Concept SUDDEN_OR_ONE_SIDED = phrase("sudden\\w*|out of nowhere|left|right|one side\\w*|one half|half|woke up|achanak|अचानक|ek taraf|एक तरफ");

    static final Concept BREATH = phrase("breath\\w*|breathe|air|oxygen|saans|sans|saas|swas|सांस|साँस|श्वास");
    static final Concept BREATH_SEVERE = phrase("(cant|cannot|can not|couldnt|could not|" + UNABLE_TO + "|barely|hardly) (breath\\w*|get|catch|take|le)|struggl\\w*"
            + "|fight\\w*|gasp\\w*|laboured|labored|working (really |very |so )?hard|hard work|(only|can only|just) (say|speak|manage|get out) (a )?(few|one|two|single) words|few words at a time|suffocat\\w*|(nahi|nahin|नहीं) (aa|le|ho|आ|ले)|not enough");
    static final Concept CYANOSIS = phrase(RedFlagLexicon.near("lips|fingertips|fingers|nails|face|tongue|skin|honth|hont|होंठ",
            "blue|bluish|grey|gray|purple|dusky|ashen|neele|nile|नीले|नीला", 3)
            + "|(looks|looking|turned|turning|went|gone|going|is|became) (\\w+ )?(blue|bluish)");

    static final Concept HEADACHE = phrase("headaches?|head pain|head ache|pain in (my |the )?head|sar ?dard|sir ?dard|सिरदर्द|सिर (में )?दर्द"
            + "|(sar|sir) (mein|me|main) (\\S+ ){0,2}dard|(सिर|सर) में (\\S+ ){0,2}दर्द");
    static final Concept SUDDEN = phrase("sudden\\w*|abrupt\\w*|instant\\w*|out of nowhere|all at once|in seconds|thunder\\w*|like a (bang|bolt|bomb|hammer)|achanak|अचानक");
    static final Concept WORST = phrase("worst|agonis\\w*|agoniz\\w*|excruciating|severe|terrible|unbearable|blinding|splitting|explosive|bhayankar|भयंकर|तेज़|tez"
            // "I never had a headache this bad" is the worst ever
            + "|(this|so) bad|like (this|nothing) (before|ever)"
            + "|(aisa|itna|itna tez|aisa tez) (dard )?(pehle )?kabhi (nahi|nahin)|(ऐसा|इतना) (दर्द )?(पहले )?कभी नहीं");

    static final Concept INHALER_FAILING = phrase(RedFlagLexicon.near("inhaler|reliever|pump|puffer|nebuli[sz]er|salbutamol|ventolin|asthalin|पंप|इनहेलर",
            "not|isnt|doesnt|wont|no|useless|nothing|stopped|nahi|nahin|नहीं", 3));
    static final Concept CANT_TALK = phrase("(cant|cannot|" + UNABLE_TO + "|couldnt) (talk|speak|say|finish)|(nahi|नहीं) bol"
            + "|bol (nahi|nahin) (pa|paa|sak)\\S*|बोल (नहीं|नही) (पा|सक)\\S*");
    /** Wheeze, in English, Hinglish ("seeti ki awaaz") and Hindi (BTS/SIGN 158: wheeze with being unable to complete sentences is a severe attack). */
    static final Concept WHEEZE = phrase("wheez\\w*|whistl\\w* (when|while|as) (\\w+ )?breath\\w*|seeti|सीटी|ghar ?ghar|घरघर\\S*");

    /**
     * Poisons common in self-poisoning in India, by the names patients use: aluminium phosphide
     * grain fumigant tablets (Celphos, Sulphas, Quickphos), yellow phosphorus rat paste (Ratol),
     * paraquat and organophosphate brands (Gupta and Ahlawat, Aluminium phosphide poisoning,
     * J Assoc Physicians India 1995; Eddleston, Lancet 2008; Government of India STG, Poisoning).
     */
    static final String INDIAN_POISONS = "cel ?phos|sul ?phas|sulfas|quick ?phos|(aluminium|aluminum) phosphide|phosphide|(wheat|grain|gehu|gehun) (ki )?(pill|tablet|goli)s?"
            + "|ratol|rat paste|baygon|paraquat|gramoxone|endosulfan|monocrotophos|chlorpyrifos|dichlorvos|nuvan|सल्फास";

    static final Concept POISON = phrase("(acid|bleach|drain cleaner|toilet cleaner|cleaner|phenyl|harpic|kerosene|petrol|pesticide|poison) (\\w+ ){0,4}(went|got|splashed|spilled|spilt) (in|into) (my|his|her|the) mouth|" + RedFlagLexicon.near("drank|drunk|drink|drinking|swallowed|ate|took|taken|had|consumed|ingested|pi|pee|piya|पी|खा|kha|khaa|khaya|khayi|khaai|nigal\\w*|निगल\\S*",
            "bleach|poison|pesticide|insecticide|kerosene|acid|phenyl|harpic|rat kill\\w*|weedkiller|antifreeze|detergent|toilet cleaner|dishwasher (liquid|tablet|pod)|washing (up )?liquid|laundry (pod|capsule|liquid)|liquid (detergent|pod|capsule)|zeher|zahar|जहर|ज़हर"
                    + "|mitti ka tel|mitti tel|मिट्टी का तेल|केरोसिन|kerosin|tezab|tejab|तेज़ाब|तेजाब|keetnashak|कीटनाशक|chuha maar\\w*|chuhe ki dawa\\w*"
                    + "|" + INDIAN_POISONS
                    + "|(keede|keeda|keedon|kide|kida|machhar|chuhe|chuha|कीड़े|कीड़ा|मच्छर|चूहे) (\\S+ )?(maarne|marne|maar|mar|मारने|मार) (ki|wali|wala|ka|की|वाली) (dawa|dawai|davai|dawaai|spray|liquid|goli|दवा|दवाई)", 4));

    static final Concept RASH = phrase("rash|spots|marks|blotches|dots|daane|दाने|chakatte|chakatte|चकत्ते|चकते|lal nishan|लाल निशान");
    static final Concept BRUISE_LIKE = phrase("bruis\\w*|purple|pinprick\\w*|blood spots|dont fade|doesnt fade|not fad\\w*|wont fade|non blanching|(?<!(fades|fade|faded|goes|away|disappears|blanches|vanishes|white) (when|if|with|under|on) (i |you |we |u )?(press|pressed|pressing|push|pushed|put|roll|rolled) (a |the )?)glass"
            + "|(dabane|dabaane) (par|pe|se) (bhi )?(nahi|nahin) (ja|jaa|mit|hat)\\S*|दबाने (पर|से) (भी )?(नहीं|नही) (जा|मिट|हट)\\S*|kaanch|काँच|कांच|गिलास");

    static final Concept CANT_WAKE = phrase("(cant|cannot|can not|couldnt|could not) (be )?(woken|wake\\w*|roused|rouse)|(not|isnt|wont|hasnt) (wak\\w*|woken|respond\\w*)|unresponsive|unconscious"
            + "|(no one|noone|nobody|none of us) (can|could|is able to|was able to|managed to) (wake|rouse|get a response from)"
            // not answering a call is not unresponsive: "phone ka jawab nahi de raha"
            + "|(?<!(phone|call|message|msg|whatsapp|फोन|कॉल) (ka |pe |par |ko |का |पे |पर )?)(jawab|javab|जवाब) (nahi|nahin|नहीं) (de|dete|deta|deti|दे) (raha|rahi|rahe|रहा|रही)"
            + "|(koi|kisi se) (utha|uthaa|jaga|jagaa) (nahi|nahin) (pa|paa|sak)\\S*|कोई (उठा|जगा) (नहीं|नही) (पा|सक)\\S*|(jag|jaag|जाग) (nahi|nahin|नहीं) (raha|rahi|rahe|रहा|रही)"
            + "|(bilkul )?(nahi|nahin|नहीं) (jag|jaag|जाग) (raha|rahi|rahe|रहा|रही)");

    static final Concept VEHICLE = phrase("car|cars|bus|truck|lorry|motorbike|motorcycle|bike|scooter|vehicle|auto|rickshaw|train|tractor"
            + "|gaadi|gadi|gaari|gari|gaddi|गाड़ी|गाडी|ट्रक|बस|बाइक");
    static final Concept IMPACT = phrase("knocked (off|down|over)|hit|struck|run over|crash\\w*|collid\\w*|collision|accident|thrown|flipped|rolled"
            + "|takkar|takar|टक्कर|(ne )?(uda|udaa) (diya|di)|(neeche|niche) (aa gaya|aa gayi|aa gaye)|kuchal\\S*|कुचल\\S*");
    static final Concept FALL = phrase("fell|fall|fallen|falling|slipped|tripped|jumped|dived|dove|diving|accident|crash\\w*|collision|hit by"
            + "|gir (gaya|gayi|gaye|gai|padi|pada|pade)|गिर (गया|गई|गईं|गयी|गए|गये|पड़ा|पड़ी|पड़ीं|पड़े)|गिरे|गिरी|गिरा");
    static final Concept SPINE = phrase("neck|back|spine|spinal|gardan|kamar|गर्दन|कमर");
    static final Concept NEURO_DEFICIT = phrase("tingl\\w*|numb\\w*|pins and needles|weak\\w*|paralys\\w*|paralyz\\w*|(cant|cannot|couldnt|" + UNABLE_TO + ") (move|feel)"
            + "|(pair|pao|haath|पैर|हाथ) (\\S+ )?(nahi|nahin|नहीं) (hil|chal|हिल|चल)\\S*|sunn|सुन्न");

    static final Concept BITE = phrase("bit|bite|bites|bitten|biting|kaat\\w*|kata|kaata|das\\w*|काट\\w*|डस\\w*");
    static final Concept SNAKE = phrase("snakes?|cobra|krait|viper|fangs?|fang marks|saanp|saap|साँप|सांप|naag|नाग");

    static final Concept HEAT_EXPOSURE = phrase("sun|sunny|heat|heatwave|hot (weather|day|sun|afternoon)|dhoop|dhup|garmi|loo|धूप|गर्मी|लू"
            + "|(4[0-9]|5[0-2]) ?(degrees?|deg|°|°c|c)|(4[0-9]|5[0-2]) डिग्री");
    static final Concept HEAT_ILLNESS_SIGN = phrase("confus\\w*|mumbl\\w*|collaps\\w*|fainted|unconscious|unresponsive|delirious|not making sense|seizure|fitting"
            + "|on the floor|stopped sweating|not sweating|(skin|body) (is |feels )?(very )?(hot and dry|burning hot|dry and hot)|very hot (and dry )?(skin|body)|behosh\\S*|बेहोश\\S*"
            + "|chakkar (aa )?(ke|kar|aake|aakar) gir\\S*|चक्कर (आ )?(के|कर|आकर|आके) गिर\\S*"
            + "|gir (gaya|gayi|gaye|pada|padi)|(sharir|badan|body|शरीर|बदन) (bahut |bohot |बहुत )?(garam|tap raha|tap rahi|गरम|गर्म|तप)\\S*|गिर (गया|गई|पड़ा|पड़ी)");
    static final Concept BLACK = phrase("black|tarry|kala|kaala|kaale|kale|काला|काले");
    static final Concept STOOL = phrase("stools?|poo|poop|motions?|faeces|feces|potty|latrine|mal|tatti|मल|टट्टी|पॉटी");

    static final Concept NECK_STIFF_HI = phrase("gardan (\\S+ )?(akad\\w*|jakad\\w*|stiff|ruk\\w*)|गर्दन (\\S+ )?(अकड़\\S*|जकड़\\S*)");

    static final Concept SELF_CUTTING = phrase("(been|is|was|keeps|started|has been) cutting( (her|him|my|them)sel(f|ves))?|cuts (on|to) (her|his|my) (arms|wrists|legs)"
            + "|(nas|nasen|kalai|नस|कलाई) (\\S+ )?(kaat|काट)\\S* (li|lee|liya|di|ली|लिया|दी)|khud ko (\\S+ )?(kaat|kata|kaata|kaati|kati|jala|jalaya)\\S*|खुद को (\\S+ )?(काट|जला)\\S*");


    private static final String NECK_STIFF_WORDS = String.join("|",
            "stiff neck|neck (is |feels )?(stiff|rigid)|neck stiffness|(cant|cannot|" + UNABLE_TO + ") (bend|touch|move) (my |his |her )?(neck|chin to (my |his |her )?chest)",
            "gardan (mein )?(akdan|akdi|jakdan)|गर्दन (में )?(अकड़न|जकड़न)|gardan (nahi|nahin) (mud|mudti|mud rahi|jhuk|jhukti|jhuk rahi)|गर्दन (नहीं) (मुड़|झुक)\\S*",
            near("neck", "stiff\\w*|rigid", 3),
            "gardan (\\S+ )?(akad\\w*|jakad\\w*)|गर्दन (\\S+ )?(अकड़\\S*|जकड़\\S*)|(cant|cannot|" + UNABLE_TO + ") (touch|bend|put) (my |his |her )?chin");
    private static final String PHOTOPHOBIA_WORDS =
            "(light|bright light|sunlight|lights) (hurts|hurting|bothers|bothering) (my |his |her )?eyes|photophobia|(cant|cannot|can not) (stand|bear|tolerate|look at) (the )?(light|lights)|(sensitive|sensitivity) to light|roshni (se|bardasht)";

    /** A stiff neck or pain from light (NICE NG240 Meningitis (bacterial) and meningococcal disease, 2024). */
    public static final Concept NECK_STIFFNESS = phrase(NECK_STIFF_WORDS + "|" + PHOTOPHOBIA_WORDS);
    static final Concept NECK_STIFF = phrase(NECK_STIFF_WORDS);
    static final Concept PHOTOPHOBIA = phrase(PHOTOPHOBIA_WORDS);

    /** Non-blanching rash: the glass test (NICE NG240). */
    public static final Concept NON_BLANCHING_RASH = phrase(String.join("|",
            "non blanching|nonblanching|(rash|spots) (that )?(doesnt|does not|didnt|did not|wont|will not) (fade|go away|disappear|blanch)"
                    + "( under| when| with)?( a| the)?( glass| pressed)?",
            "glass test|purple (spots|rash|blotches)|purpura|petechia\\w*|(rash|spots) like (bruises|pinpricks)",
            "(dane|daane|chakatte|chakte|dhabbe|daag|rash|दाने|चकत्ते|धब्बे|दाग) (\\S+ ){0,3}(dabane|dabaane|daba|दबाने|दबा) (par|pe|se|पर|से) (bhi )?(nahi|nahin|नहीं|नही) (ja|jaa|mit|hat|ghat|fike|जा|मिट|हट)\\S*"));

    public static final Concept THUNDERCLAP_HEADACHE = phrase(String.join("|",
            "thunder ?clap|thunder ?bolt|worst headache (of|in) (my |his |her )?life|worst (ever )?headache (ive|i have|he has|she has) ever",
            "(sudden|suddenly|instant|explosive) (\\w+ )?(severe|terrible|excruciating|very bad|blinding|splitting|worst) (headache|head pain|pain in (my |the )?head)",
            "(severe|terrible|excruciating|blinding|splitting) (headache|head pain) (that )?(came on |started |began )?(suddenly|in seconds|in a second|all of a sudden|out of nowhere|instantly)",
            "(headache|head pain) (came on |started |hit )?(like )?(a thunderclap|being hit (on|in) the head|a bang|an explosion)",
            near("sudden\\w*|abrupt\\w*|instant\\w*|out of nowhere|explosive|all at once", "agonising|agonizing|excruciating|worst|severe|terrible|unbearable|blinding|splitting|crushing", 3)
                    + "( \\S+){0,3} (headache|head pain|pain in (my |the )?head)",
            "(headache|head pain) (\\S+ ){0,6}(like|as if) (\\S+ ){0,3}(hit|struck|smashed|kicked|exploded|explosion|bat|hammer|brick)",
            "(sir|sar|सिर) (mein |me |में )?(\\S+ ){0,3}(dard|दर्द) (\\S+ ){0,2}(jaise|jaisa|mano|जैसे) (\\S+ ){0,4}(hathoda|hathauda|hathode|dhamaka|dhamake|bijli|हथौड़ा|धमाका)\\S*",
            "achanak (se )?(bahut )?(tez|bhayankar) sar ?dard|(achanak|ekdum) (se )?(sir|sar) (mein |me |main )?(\\S+ ){0,2}(tez|bhayankar|zor ka|zordar) dard"
                    + "|(sir|sar) (mein |me |main )?(achanak|ekdum) (se )?(\\S+ ){0,2}(tez|bhayankar|zor ka|zordar) dard|अचानक (से )?(बहुत )?(तेज़|तेज|भयंकर) सिरदर्द"
                    + "|अचानक (से )?(सिर|सर) (में )?(बहुत )?(तेज़|तेज|भयंकर) दर्द|(सिर|सर) (में )?अचानक (से )?(बहुत )?(तेज़|तेज|भयंकर) दर्द"));

    public static final Concept SEIZURE = phrase(
            "seizures?|seizing|fitting|(had|having|havin|has|have) (a |another )?(\\w+ )?fit|febrile (fit|convulsion|seizure)|convuls\\w*|epileptic attack|mirgi|mirgi ka daura|(?<!(दिल|दमा|अस्थमा|सांस|साँस) का )दौरा|मिर्गी"
                    + "|(?<!(dil|dama|asthma|saans|sans) ka )(daura|dora) (pada|padta|padte|padna|aaya|aya)|(with|having|getting|gets|had|has) fits|then (fits|a fit|seizures?|convulsions?)|jhatke (aa|aaye|aane|aa rahe|aa gaye)|(fit|fits) (aaya|aaye|pada|padi)");

    public static final Concept SEIZURE_DANGER = phrase(String.join("|",
            "(more than|over|longer than|for|lasting|lasted|past|been|already|since) ([5-9]|\\d\\d|five|six|seven|eight|nine|ten|fifteen|twenty) (mins?|minutes)",
            "([5-9]|\\d\\d|paanch|panch|das|pandrah|bees) (mins?|minute|minutes|minat|mint) (se|sey)|([5-9]|\\d\\d|पांच|पाँच|दस|पंद्रह|बीस) मिनट से",
            "(not|hasnt|has not|didnt|did not|wont|will not|isnt) (woken|waking|wake|wakes|come round|come around|responding|regained)( up)?",
            "(still|remains|remained) (unconscious|unresponsive|not responding|fitting|shaking)",
            "(one|seizure|fit) after (another|the other)|back to back|keeps (fitting|seizing|having (fits|seizures))",
            "(for|been) (ages|a long time|a while|too long)|(wont|will not|doesnt|does not|isnt) stop\\w*|(not|isnt|arent) stopping|non ?stop|continuous\\w*|ruk (nahi|nahin) (raha|rahe|rahi)|still (fitting|seizing|shaking|jerking|convulsing)",
            "first (ever )?(seizure|fit)|(seizure|fit) (\\w+ )?(for the )?first time|first time (seizure|fit)|never had (a )?(seizure|fit) before|(hit|banged) (his |her |my )?head"
                    + "|(pehli|pahli|pehly|पहली) (baar|bar|dafa|बार)"));

    public static final Concept UNCONSCIOUS = phrase(String.join("|",
            "unconscious|unconsious|unconsios|unconcious|unconscius|unconcsious|unconscous|unresponsive|not responding|(wont|will not|cant|cannot|can not) (wake|rouse) (him|her|them|up)?"
                    + "|(hard|difficult) to wake|(collapsed|fainted|passed out) and (is )?(not|still not) (waking|responding|breathing)",
            "behosh|बेहोश|hosh (mein |me |main )?(nahi|nahin)|होश (में )?नहीं"));

    public static final Concept NEW_CONFUSION = phrase(
            "(is|became|become|becoming|seems|seem|suddenly|got|getting|very|acting|now) (very |really |more )?(confused|disoriented|disorientated|delirious)"
                    + "|not making (any )?sense|talking nonsense|doesnt (know|recognise|recognize) (where|who)"
                    + "|(doesnt|does not|didnt|did not|cant|cannot) (know|recognise|recognize) (me|us|anyone|her (husband|wife|children|kids|son|daughter)|his (wife|husband|children|kids|son|daughter))"
                    + "|(not|isnt|is not) (recognising|recognizing) (me|us|anyone|his \\w+|her \\w+)"
                    + "|(and|aur) (now |very |more )?(confused|disoriented|disorientated|delirious)(?! (about|by|as to|whether|what|which|why|how|if|with))"
                    + "|(new|sudden) (onset )?confusion|confusion (since|started|today|this morning|came on)"
                    + "|(now|suddenly) (im|i am|hes|shes|he is|she is|they are) (very |so |really |more |getting )?(confused|disoriented|disorientated|delirious)(?! (about|by|as to|whether|what|which|why|how|if|with))"
                    + "|(ulta|ulti) (seedha|seedhi|sidha|sidhi) (bol|baat)\\S*|(bahki|behki|bahaki) (bahki |behki )?(baat|baatein|bate)\\S*|(pehchan|pehchaan|pahchan|pahchaan) (nahi|nahin) (raha|rahi|rahe|pa)\\S*"
                    + "|उल्टा सीधा बोल\\S*|बहकी (बहकी )?बात\\S*|पहचान नहीं (रहा|रही|पा)\\S*");

    public static final Concept INFANT_DANGER = phrase(String.join("|",
            "floppy|limp|(very )?(drowsy|lethargic)|(hard|difficult) to wake|wont wake|(not|isnt|is not) (waking|responding)"
                    // neonatal tetanus (WHO): a baby who fed well and now cannot suck, with a stiff body or spasms
                    + "|(cant|cannot|can not|unable to|not able to) suck|jaws? (is |are )?(locked|stiff|clenched)|(stiff|rigid) body|body (is )?(stiff|rigid)|spasms?"
                    + "|(doodh|dudh|दूध) (nahi|nahin|नहीं) (choos|chus|चूस)\\S*|(muh|munh|मुँह|मुंह) (nahi|nahin|नहीं) (khul|खुल)\\S*|(sharir|badan|body|शरीर|बदन) (\\S+ )?(akda|akad|akdaa|akadh|अकड़)\\S*"
                    + "|weak (high pitched )?cry|high pitched cry|(cry|crying) (is )?(weak|high pitched)|not (moving|reacting) (much|normally)"
                    + "|(soft spot|fontanelle|fontanel) (\\w+ ){0,4}(bulging|bulges|bulge|swollen|raised|tense)|bulging (soft spot|fontanelle|fontanel)",
            "sust|bilkul sust|सुस्त|ढीला|(dheela|dhila|dheeli|dhili) (pad|ho)\\S*|(uth|jaag|jag) (nahi|nahin) (raha|rahi|pa raha|pa rahi)|(उठ|जाग) नहीं (रहा|रही|पा)",
            "(taalu|talu|तालू|तालु) (\\S+ ){0,2}(ubhra|ubhar|ubhri|phool|fool|sooj|tight|उभर|उभरा|फूल)\\S*"));

    /** Not drinking at all: "not able to drink or breastfeed" is a general danger sign (WHO IMCI chart book, 2014). */
    static final Concept NOT_DRINKING_AT_ALL = phrase(
            "(not|isnt|is not|wont|will not|refuses to|refusing to) (drink|drinking) (anything|at all)|(stopped|stopped eating and) drinking|(khana )?peena (bilkul )?band|kuch (bhi )?(nahi|nahin) pee (raha|rahi)|पीना (बिल्कुल )?बंद");
    /** INFANT_DANGER's drowsiness and floppiness, without "limp", which in a walking child is a gait. */
    static final Concept DROWSY_OR_FLOPPY = phrase(
            "floppy|(very )?(drowsy|lethargic)|very sleepy|very weak|(bahut|bohot|बहुत) (kamzor|kamjor|कमज़ोर|कमजोर)|(hard|difficult) to wake|wont wake|(not|isnt|is not) (waking|responding)|sust|bilkul sust|सुस्त"
                    + "|(bahut|zyada|bohot|बहुत) (neend|नींद)|neend mein (hai|he|rehta|rehti|rahta|rahti)|(dheela|dhila|dheeli|dhili) (pad|ho)\\S*|ढीला (पड़|हो)\\S*"
                    + "|(uth|jaag|jag) (nahi|nahin) (raha|rahi|pa raha|pa rahi)|(उठ|जाग) नहीं (रहा|रही|पा)");

    public static final Concept DEHYDRATION = phrase(String.join("|",
            "no wet (nappies|nappy|diapers?)|dry (nappies|nappy|diapers?)|no (pee|wee|urine|peeing|weeing)( (since|for|in) (\\w+ )?(morning|yesterday|hours|hrs|day|today|last night))?|(not|hasnt|has not) (had a )?(wet|weed|peed|passed urine|passed water)\\w*"
                    + "( (for|in) (\\w+ )?(hours|hrs|day))?|sunken (fontanelle|soft spot|eyes)|(soft spot|fontanelle) (is )?sunken",
            "(not|wont|refusing|refuses to|stopped) (feeding|feed|drinking|taking (milk|feeds?|fluids)|breastfeeding)|refusing feeds|(crying )?without tears|no tears (when|while) (crying|she cries|he cries)",
            "(doodh|dudh) nahi (pee|pi) (raha|rahi)|peshab (nahi|band)|दूध नहीं पी (रहा|रही)|पेशाब (नहीं|बंद)",
            "(aankhen|aankhein|ankhen|ankhein|aankh|taalu|talu|आँखें|आंखें|तालू|तालु) (\\S+ )?(andar )?(dhans|dhas|dhansi|dhasi|baith|bait|धंस|धँस|बैठ)\\S*"));

    /** "Ball" as a testicle, not a cricket or tennis ball. */
    private static final String BALLS = "(?<!(cricket|tennis|foot|basket|hockey|golf|base|soft|rubber|bouncy|volley|rugby|beach) )balls?";

    public static final Concept TESTICULAR_PAIN = phrase(String.join("|",
            "(testic\\w*|testis|testes|scrotum|scrotal|" + BALLS + "|nuts) (\\w+ ){0,3}(pain|ache|aching|hurts?|hurting|swollen|swelling|twisted|painful)",
            "(pain|ache|swelling) (in|of) (my |his |the |one )?(left |right )?(testic\\w*|testis|scrotum|" + BALLS + ")",
            near("testic\\w*|testis|testes|scrotum|scrotal|" + BALLS, "pain|ache|aching|agony|hurt\\w*|swollen|swelling|twisted|painful|tender|dard|दर्द|sujan|सूजन", 4),
            "torsion|twisted (testicle|testis|ball|nut)|andkosh (mein )?dard|अंडकोष (में )?दर्द",
            "(andkosh|tatte|tatton|अंडकोष) (mein |me |में )?(\\S+ ){0,3}(dard|sujan|soojan|sooj\\S*|suj\\S*|दर्द|सूजन|सूज\\S*)"));

    public static final Concept SUDDEN_OR_SEVERE = phrase(
            "sudden\\w*|severe\\w*|very (bad|painful)|excruciating|terrible|unbearable|awful|agony|agonis\\w*|agoniz\\w*|really bad|worst|twisted|torsion|woke (him|me|her) (up )?(from sleep)?|started (this morning|an hour|last night)|achanak|अचानक|tez|तेज़|तेज");

    public static final Concept PREGNANT = phrase(String.join("|",
            "pregnant|pregnancy|weeks gone|missed (my |her )?period|late period|period is late|positive (pregnancy )?test",
            "garbhvati|garbhwati|गर्भवती|गर्भ"));

    private static final String ECTOPIC_PAIN = "(pain|cramps?|cramping) (in|on) (one side of )?(my |her |the |one )?(lower )?(tummy|belly|abdomen|stomach|pelvis|side)"
            + "|(lower )?(tummy|belly|abdominal|stomach|pelvic) (pain|cramps?|cramping)|shoulder (tip )?pain|fainted|pet (mein|me) (\\S+ ){0,4}dard|पेट (में )?(\\S+ ){0,4}दर्द"
            + "|(एक तरफ|ek taraf|ek side|one side) (\\S+ ){0,2}(दर्द|dard|pain)";
    public static final Concept ECTOPIC_SIGN = phrase(String.join("|", ECTOPIC_PAIN,
            "(vaginal )?bleeding|spotting|(feel|felt|feeling) faint|dizzy|खून (आ|जा) रहा|(?<!(masoodon|masudo|masood|masude|naak|nak|muh|munh) se )khoon (\\S+ )?(aa|ja|beh|gir) (raha|rahi|rahe)"));
    /**
     * A missed period with pain on one side or shoulder-tip pain, or fainting: an ectopic pregnancy until
     * shown otherwise, before any test (NICE NG126, 1.3.1: consider ectopic pregnancy with abdominal
     * pain and a missed period).
     */
    static final Concept MISSED_PERIOD = phrase(
            "(period|periods|mc|menses|mahwari|maahwari|पीरियड|माहवारी|महीना) (\\S+ ){0,3}(late|overdue|missed|miss|not come|nahi aaya|nahi aaye|nahi aayi|nahi aai|नहीं आया|नहीं आई|नहीं आए)|missed (my |a |her )?(last )?periods?|no periods? (for|since)");
    static final Concept ECTOPIC_PAIN_SIGN = phrase(ECTOPIC_PAIN);

    /** Reduced or absent fetal movements (RCOG Green-top Guideline 57): the maternity unit at once, not the next day. */
    public static final Concept REDUCED_FETAL_MOVEMENT = phrase(String.join("|",
            "(baby|babys|bachha|bacha|bachcha|baccha) (has |is |was |had )?(not|hasnt|isnt|wasnt|stopped|barely|hardly) (been )?(moving|moved|move|kicking|kicked|kick)",
            "(baby|babys) (is |has been )?(moving|kicking) (less|much less|a lot less|less than usual|very little)|(baby|babys) movements? (have |has )?(slowed|reduced|stopped|decreased)",
            "(reduced|less|fewer|no|decreased|slower) (fetal|foetal|baby|babys|babies) (movements?|kicks?)|(cant|cannot|can not|not able to) feel (the |my )?(baby|babys) (move|moving|kick|kicking|movements?)",
            "(bachha|bacha|bachcha|baccha) (\\S+ )?(hil|hilna|hilta|hil raha|harkat) (nahi|nahin|kam|band)|(bachhe|bachche|bacche) ki (harkat|halchal|hal chal) (kam|nahi|nahin|band)",
            "(baby|bachha|bacha|bachcha|baccha) (\\S+ ){0,4}(hil|hilna|hilta|hilti|hil raha|harkat|kick) (nahi|nahin|kam|band)",
            "बच्चा (\\S+ )?(नहीं|कम) (हिल|हिलता)|बच्चे की (हलचल|हरकत) (कम|नहीं|बंद)"));

    /** The waters breaking (NICE NG25 Preterm labour and birth; NICE NG235 Intrapartum care): the maternity unit now. */
    public static final Concept WATERS_BROKEN = phrase(String.join("|",
            "(my )?waters? (have |has |just )?(broken|broke|break|burst|gone)|(leaking|gush of|gushing|trickle of|trickling|leak of) (clear |watery )?(fluid|water) (from|down)|leak\\w* (\\w+ ){0,4}(fluid|water|liquid)|(fluid|water) (is |keeps )?(leaking|trickling|gushing)",
            "(paani|pani) (ki thaili )?(toot|tut|phat|fat)\\w*|पानी (की थैली )?(टूट|फट)\\S*",
            "(?<!(naak|nak|aankh|aankhon|kaan|kan|muh|munh) se )(paani|pani) (jaisa |jaisi )?(\\S+ ){0,2}(nikla|nikal|nikli|beh|bah|leak)\\S*"));

    public static final Concept PRE_ECLAMPSIA_SIGN = phrase(String.join("|",
            "(severe|bad|terrible|pounding|worst) headache|headache (that )?(wont|will not|doesnt|does not) (go|stop)",
            "blurred vision|blurry vision|flashing lights|seeing (flashes|spots|stars)|vision (problems|changes|blurred)|spots (in front of|before) (my |her )?eyes",
            "(face|hands|fingers) (are |is |getting |suddenly |have |has )?(swollen|puffy|swelling|swelled( up)?|puffed up)|(swelling|puffiness) (of|in) (my |her |the )?(face|hands|fingers)",
            "(pain|ache) (under|below) (my |her |the )?ribs|upper (tummy|belly|abdominal|stomach) pain|heartburn that wont go",
            "(sir|sar|सिर) (mein |me |में )?(bahut|बहुत) (tez |तेज़ )?(dard|दर्द)|(chehra|chehre|muh|haath|ungli|ungliyan|चेहरा|हाथ) (\\S+ )?(mein |me |में )?(sujan|soojan|सूजन)",
            "(aankhon|ankhon|aankh|ankh|आँखों|आंखों) (ke|के) (aage|samne|saamne|आगे|सामने) (\\S+ ){0,2}(dhundhla|dhundla|andhera|chamak|taare|tare|धुंधला|अंधेरा|चमक|तारे)\\S*"
                    + "|(dhundhla|dhundla|धुंधला) (dikh|dikhai|दिख)\\S*|(tez|bahut tez|bhayankar|तेज़|तेज|भयंकर) (sir|sar|सिर) ?(dard|दर्द)|(chehra|chehre|muh|munh|haath|चेहरा|चेहरे|हाथ) (\\S+ )?(sooj|suj|सूज)\\S*"));

    public static final Concept GI_BLEEDING = phrase(String.join("|",
            "(vomiting|vomited|vomit|throwing up|threw up|thrown up|puking|puked) (up )?(a lot of |lots of |some |much |so much )?(bright red |fresh |dark )?blood|blood in (my |his |her |the )?(vomit|sick)",
            near("vomit\\w*|throw\\w* up|threw up|puk\\w*|ulti|उल्टी", "blood|khoon|खून", 4),
            "(pooping|pooing|poo|poop|passing|shitting|stools?|motions?) (\\w+ )?blood|blood (in|with) (my |his |her |the )?(poo|poop|stools?|motions?|potty)|bloody (stools?|diarrhoea|diarrhea|poo)",
            "(diarrh\\w*|loose (stools|motions)) (\\w+ ){0,2}(with|and) blood|blood (\\w+ ){0,2}(in|with) (the |my |his |her )?(diarrh\\w*|loose (stools|motions))"
                    + "|khoon (wale|wali|ke saath|ke sath) (dast|potty)|dast (mein|me|ke saath) khoon|खूनी दस्त",
            "coffee grounds?|black (tarry |sticky )?(stool|stools|poo|poop|motion|motions|faeces|feces)|tarry (stool|stools|poo)|mela?ena",
            "(passing|passed|lots of|a lot of|heavy) (\\w+ )?blood (from|out of) (my |his |her |the )?(bottom|back passage|rectum|anus)|rectal bleeding",
            "khoon (ki )?(ulti|ultee|ulti ho)|(ulti|ultee) (mein|me) khoon|(kaala|kala) (mal|potty|pakhana|latrine)|(potty|latrine|mal|toilet|pakhana) (mein|me) (bahut |thoda )?khoon",
            "खून की उल्टी|उल्टी में खून|काला मल|(मल|शौच) में खून"));

    public static final Concept HEAVY_BLEEDING = phrase(String.join("|",
            "(bleeding|blood) (that )?(wont|will not|doesnt|does not|cant|cannot|isnt|is not) (stop|stopping|be stopped)"
                    + "|(bleeding|blood) (\\w+ )?(has not|hasnt|have not|havent|did not|didnt|is still not|still hasnt|still has not) (stopped|stop)|(cant|cannot|" + UNABLE_TO + ") stop (the )?bleeding",
            "(bleeding|bleeds) (very |really |so )?(heavily|a lot|badly|profusely|everywhere|so much)|(a lot of|lots of|so much|loads of) blood|(heavy|severe|massive|uncontrolled) (bleeding|blood loss)|spurting blood|blood (is )?spurting|soaked (in|with) blood",
            "(blood|bleeding) (is |keeps )?(pouring|gushing|spurting|squirting|pumping|streaming|flowing)( out)?|(pouring|gushing|squirting|spurting) (out )?blood",
            // an artery: "bleeding from the cut, it's spurting"
            near("bleed\\w*|blood|cut|wound|gash", "spurt\\w*|squirt\\w*|gush\\w*|pumping out", 6),
            near("bleed\\w*|nosebleed|nose bleed|blood", "wont stop|will not stop|not stopping|doesnt stop|does not stop|cant stop|cannot stop|non stop|nonstop|keeps bleeding|for (over |more than |about |nearly |almost )?(an|one|two|\\d+) hours?", 4),
            "khoon nahi (ruk|band) (raha|rahi|ho raha)|khoon (\\S+ ){0,4}(band|ruk)\\w* (hi |bhi )?(nahi|nahin)|खून (\\S+ ){0,4}(बंद|रुक)\\S* (ही |भी )?(नहीं)|bahut khoon (beh|bah|nikal) (raha|rahi)",
            "खून (नहीं) (रुक|बंद) (रहा|हो रहा)|(बहुत) खून (बह|निकल) (रहा|रही)",
            // like a stream or a fountain: an artery
            "(khoon|खून) (\\S+ ){0,3}(dhaar|dhar|fawwara|fuwara|धार|फव्वारा)\\S*|(dhaar|धार) (ki|की) (tarah|तरह) (khoon|खून)",
            "(bahut|zyada|itna) khoon (aa|ja|gir|nikal|beh) (raha|rahi|rahe)|(बहुत|ज़्यादा|ज्यादा) खून (आ|जा|गिर) (रहा|रही)"));

    public static final Concept DIABETIC = phrase(
            "diabet\\w*|type (1|one)|t1d|on insulin|insulin|sugar (patient|ki bimari)|high sugar|madhumeh|मधुमेह|शुगर"
                    + "|sugar (hai|he|ki bimari|ke mareez|ka mareez|ke marij|ka marij|wala|wali)|sugar ke (mareez|marij|patient)"
                    + "|(blood )?(sugar|glucose) (level |levels |reading )?(is |are |was |has been )?(very |really |too |so )?high|hyperglyc\\w*"
                    + "|(sugar|glucose|glucometer|meter) (reading |level |machine )?(shows|showing|says|reads|is showing) (hi|high)");

    public static final Concept DKA_SIGN = phrase(String.join("|",
            "ketones?|ketoacidosis|dka|fruity (breath|smell)|breath smells (fruity|sweet|like (nail varnish|pear drops))",
            "(deep|fast|heavy|rapid) (and fast |and deep )?breathing|(vomiting|vomited|throwing up|being sick|ulti|उल्टी)|(tummy|belly|abdominal|stomach) pain",
            "(saans|sans|saas|सांस|साँस) (\\S+ )?(tez|gehri|gahri|jaldi|तेज़|तेज|गहरी)|(tez|gehri|gahri|तेज़|तेज|गहरी) (saans|sans|सांस|साँस)|pet (mein|me) dard|पेट (में )?दर्द",
            "(very |extremely )?(drowsy|sleepy|confused)|sugar (is |reading )?(very high|high|over \\d+|hi)|(sugar|glucose|glucometer|meter) (reading |level |machine )?(shows|showing|says|reads|is showing) (hi|high)|glucose (is |reading )?(very high|high|over \\d+|hi)"));

    public static final Concept MAJOR_TRAUMA = phrase(String.join("|",
            "(hit|knocked (down|over)|run over|struck) by (a |an |the )?(car|bus|truck|lorry|vehicle|bike|motorbike|motorcycle|train|auto|rickshaw|tractor)",
            "(road|traffic|car|bike|motorbike|scooter|bus) (traffic )?(accident|crash|collision)|(car|bike) crash|accident ho gaya|एक्सीडेंट",
            "(fell|fall|fallen|falling|jumped) (\\w+ ){0,3}(from|off|down) (a |the |his |her |my )?(\\w+ )?(height|roof|ladder|tree|building|balcony|terrace|scaffold\\w*|(first|second|third|\\d+\\w*) floor)|fall from (a )?height",
            "stab\\w*|knife wound|gunshot|(been|was|got) shot|impaled|crushed (under|by)|(thrown|ejected) from",
            "(chaku|chakku|chaaku|chhura|chhuri|churi|चाकू|छुरा|छुरी) (\\S+ ){0,3}(maar|mara|maara|ghonp|ghonpa|ghusa|ghus|laga|lag|मार|मारा|घोंप|लगा|लगी|लग)\\S*|goli (lagi|maar di|mari|chali)|गोली (लगी|मार)",
            "(chhat|chhath|chhatt|छत|balcony|balkani|बालकनी|ped|pedh|peid|पेड़|terrace|deewar|diwar|दीवार|manzil|मंजिल|building) (\\S+ )?(se|से) (neeche )?(gir|गिर)\\S*",
            // caught in a machine (threshers, chaff cutters and presses maim hands in India), or a part cut off (BSSH: amputation → emergency department)
            "(hand|arm|finger|fingers|leg|foot|hair|haath|ungli|ungliyan|pair|baal|dupatta|हाथ|उंगली|पैर) (\\S+ ){0,3}(machine|thresher|chaff cutter|kutti machine|belt|gear|press|roller|मशीन) (\\S+ ){0,2}(aa gaya|aa gayi|fas|phas|fans|caught|stuck|trapped|pulled|crushed|dab|फंस|आ गया|आ गई)\\S*",
            "(finger|toe|thumb|hand|fingertip|ungli|angutha|उंगली|अंगूठा) (\\S+ ){0,2}(cut|chopped|sliced|torn|ripped|came|kaat|कट) (ke |kar |के |कर )?(off|alag|अलग)|amputat\\w*|severed",
            "(crashed|crash|collided|rolled|flipped|overturned|wrecked|totalled) (my |the |his |her |our |a |into )?(\\w+ )?(car|bike|motorbike|scooter|vehicle|truck|auto)|high speed|head on (collision|crash)"));

    public static final Concept SPINAL_INJURY = phrase(String.join("|",
            "(neck|back|spine|spinal) (injury|injured|hurt|pain) after (a |the )?(fall|accident|crash|dive|diving|collision)",
            "(cant|cannot|can not|" + UNABLE_TO + ") (feel|move) (my |his |her |their )?(legs|arms|feet|hands)( after)?|(legs|arms) (are |went |feel )?(numb|paralysed|paralyzed) after",
            "(fell|landed|dived|dove) (on|onto|into) (my |his |her )?(head|neck|back)|broke (my |his |her )?(neck|back)"));

    public static final Concept HEAD_INJURY_DANGER = phrase(String.join("|",
            "(head injury|hit (my |his |her )?head|banged (my |his |her )?head|knock(ed)? (on|to) the head)",
            "knocked out|lost consciousness|passed out|blacked out"));

    public static final Concept SNAKEBITE = phrase(String.join("|",
            "snake ?bites?|snake ?bitten|bitten by (a |an )?(snake|cobra|krait|viper)|(snake|cobra|krait|viper) (bit|has bitten|bite)|sarpdansh",
            "(saanp|saap|sap) (ne )?(kaata|kata|kaat|kaat liya|kata hai|dasa|das liya)|(साँप|सांप) (ने )?(काटा|काट|डसा|डस)"));

    public static final Concept HEAT_STROKE = phrase(String.join("|",
            "heat ?stroke|sun ?stroke|heat exhaustion and (confused|collapsed|fainted|not sweating)|(loo|lu) lag (gayi|gai|gaya)|लू लग",
            "(collapsed|fainted|confused|seizure|fitting|not sweating|stopped sweating) (\\w+ ){0,4}(in|from|after|during) (the )?(heat|sun|hot (weather|day)|heatwave|heat wave)",
            "(working|walking|playing|standing|working outside) in (the )?(sun|heat) (\\w+ ){0,4}(collapsed|fainted|confused|not sweating|hot dry skin)"));

    public static final Concept ABDOMINAL_PAIN = phrase(String.join("|",
            "(tummy|belly|abdominal|abdomen|stomach|side) (pain|ache|cramps?)|(pain|ache) (in|around|on) (my |his |her |the )?(tummy|belly|abdomen|stomach|belly button|navel|side|lower right)",
            "(pain|ache) (in|around|on) (\\w+ ){0,4}(my |his |her |the )?(lower |upper )?(tummy|belly|abdomen|stomach)",
            "pet (mein |me )?(\\S+ ){0,4}dard|पेट (में )?(\\S+ ){0,4}दर्द|pain started|the pain"));

    /** Features of a surgical abdomen (RCS/NICE CKS Appendicitis; Alvarado score: migration to the right iliac fossa). */
    /** Appendicitis or peritonitis named, or a burst appendix (NHS: suspected appendicitis needs assessment now; a burst appendix, an ambulance). */
    static final Concept APPENDIX_OR_PERITONITIS = phrase(
            "appendicitis|appendix (\\w+ ){0,2}(burst|ruptured|perforated|bursted)|burst appendix|peritonitis|perforated (bowel|ulcer|appendix|stomach|gut|intestine)");
    public static final Concept SURGICAL_ABDOMEN = phrase(String.join("|",
            "(lower )?right (lower )?(side|corner|iliac)|moved (to|into) (the )?(lower )?right|right lower",
            "(not|havent|hasnt|have not|has not|cant|cannot|" + UNABLE_TO + ") (passed|pass|been able to pass) (any )?(stool|stools|wind|gas|motion|poo)\\w*( or (wind|gas|stool|poo))?|no (stool|motion|wind|gas) (for|since)",
            "(not|havent|hasnt|have not|has not|didnt|did not) (pooed|pooped|had a (poo|bowel movement)|opened (my |his |her |their )?bowels) (for|in|since)",
            "(latrine|letrin|potty|tatti|toilet|sandas|gas|लैट्रिन|टट्टी) (\\S+ )?(nahi|nahin|नहीं) (gaye|gaya|gayi|hui|hua|nikli|nikla|utri|हुई|गए)",
            "(rigid|hard as a board|board like)|(belly|tummy|abdomen|stomach) (is )?(hard|rigid)|(worse|hurts) (when|if) (i |he |she )?(walk|move|cough|jump|bump)\\w*|(cant|cannot) (stand up straight|walk upright)",
            "(severe|excruciating|unbearable|worst|agonising|agonizing|terrible) (tummy|belly|abdominal|stomach) (pain|ache)|(severe|excruciating|unbearable|agonising|agonizing|terrible) pain (\\w+ ){0,6}(tummy|belly|abdomen|stomach)|(pain|it) (is )?(severe|excruciating|unbearable|agonising|agonizing)",
            "pet (mein |me )?(achanak |bahut |itna |kaafi )?(tez|bhayankar|asahniya|zor ka|zordar|bardasht se bahar) dard|पेट (में )?(अचानक |बहुत )?(तेज़|तेज|भयंकर|असहनीय) दर्द",
            "pet (\\S+ ){0,2}(patthar|pathar|pathhar|sakht|kadak|kada|kadaa) (jaisa|jaise|ho gaya|hai)|पेट (\\S+ ){0,2}(पत्थर|सख्त|कड़ा)"));

    /**
     * Malaria with a sign of severe malaria: jaundice, dark or black urine, impaired consciousness
     * or fits, prostration, breathing difficulty or bleeding (WHO Guidelines for malaria, 2023:
     * severe falciparum malaria; NVBDCP National Drug Policy on Malaria, 2013) → hospital now.
     */
    static final Concept MALARIA = phrase("malaria|maleria|malariya|मलेरिया|falciparum|pf positive|vivax");
    /** Yellow eyes or skin, in English, Hinglish and Hindi; shared by the jaundice and the severe malaria flags. */
    static final String JAUNDICE_WORDS = "yellow (eyes|skin)|(eyes|skin|whites of (my |his |her )?eyes) (are |is |have |has |look |looks |turned |turning |gone |going |become |became )*(yellow|yellowish)|jaundice\\w*"
            + "|peeliya|piliya|पीलिया|(aankhen|aankhein|ankhen|ankhein|aankh) (\\w+ )?(peeli|pili)|आँखें पीली|आंखें पीली|(peeli|pili) (aankhen|aankhein|ankhen|ankhein|aankh)|पीली (आँखें|आंखें)";
    static final Concept SEVERE_MALARIA_SIGN = phrase(String.join("|",
            JAUNDICE_WORDS,
            "(dark|black|cola|coca cola|coke|tea) (coloured |colored )?(urine|pee|wee)|(urine|pee|wee) (is |looks |has gone |turned )?(very )?(dark|black|brown|cola)|(peshab|pishab|पेशाब) (\\S+ )?(kala|kaala|kali|black|काला|काली)|(kala|kaala|काला) (peshab|पेशाब)",
            "confus\\w*|drowsy|unconscious|unresponsive|behosh\\S*|बेहोश\\S*|fits?|fitting|seizure\\w*|convuls\\w*|jhatke|झटके",
            "(cant|cannot|can not|" + UNABLE_TO + ") (sit|stand|sit up|drink|eat)|breathless\\w*|short of breath|(saans|sans) (phool|ukhad)\\S*|bleeding|khoon (aa|beh)\\S*"));

    public static final Concept TRAVEL_MALARIA = phrase(String.join("|",
            "(came|come|got|returned|returning|coming|getting|arrived|flew|back) (back |home )?from (\\w+ ){0,2}(africa|nigeria|ghana|kenya|uganda|tanzania|congo|cameroon|mozambique|malawi|zambia|sudan|ethiopia|papua|amazon|odisha|jharkhand|chhattisgarh)",
            "malaria|(travel\\w*|trip|visit\\w*) (to |in )(\\w+ ){0,2}(africa|nigeria|ghana|kenya|uganda|tanzania|congo|malaria)"));

    public static final Concept TICK_BITE = phrase("tick ?bites?|bitten by a tick|tick (on|in) (my|his|her)|scrub typhus|eschar|black scab");

    public static final Concept DENGUE = phrase("dengue|dengu|dengi|denge|डेंगू|डेंगी"
            + "|platelets? (count )?(\\S+ )?(gir|girna|girti|ghat|kam ho|falling|dropping|going down)\\S*|(falling|dropping) platelets?|प्लेटलेट\\S* (गिर|घट|कम)\\S*");

    public static final Concept DENGUE_WARNING = phrase(String.join("|",
            near("bleed\\w*|blood|khoon|खून", "gums?|nose|vomit|stools?|urine|skin|spots|masood\\w*|masud\\w*|naak|मसूड़\\S*|मसूढ़\\S*|नाक", 3),
            "(severe|bad|constant|persistent|terrible) (tummy|belly|abdominal|stomach) (pain|ache)|(tummy|belly|abdominal|stomach) (pain|ache)",
            "(keeps|keep|persistent|constant|continuous|cant stop) (vomiting|throwing up|being sick)|vomiting (again and again|repeatedly|everything)",
            "bleeding (gums|nose)|(gums|nose) (are |is )?bleeding|nose ?bleeds?|blood in (vomit|stool|urine)|black stools?|bruis\\w*",
            "(very )?(drowsy|lethargic|restless|irritable)|platelets? (count )?(is |are )?(low|dropping|falling|down)|low platelets?",
            "(cold|clammy) (hands|feet|skin)|(not|hasnt) (passed urine|peed)",
            "pet (mein |me |main )?(bahut |tez |lagatar )?dard|पेट (में )?(बहुत |तेज़ |तेज )?दर्द|(baar baar|bar bar|lagatar) (ulti|ultee)|बार बार उल्टी|लगातार उल्टी"));

    public static final Concept PE_SIGN = phrase(String.join("|",
            "(coughing|coughed|cough) (up )?blood|blood (in|when i) (my )?(cough|spit|sputum|phlegm)|ha?emoptysis",
            "(pindli|pindali|पिंडली) (\\S+ )?(suji|sooji|sujan|soojan|phool|fool|सूज|फूल)\\S*",
            "(calf|leg) (is |became )?(swollen|swelling|painful|hot|red)|(swollen|swelling|painful|hot) (left |right )?(calf|leg)|swelling (in|of) (my |his |her |the )?(left |right )?calf",
            "(sharp|stabbing) (chest )?pain when (i |he |she )?(breathe|breath|breathing|cough)|hurts (to|when i) breathe|pleuritic",
            "(after|since) (a |my |the )?(long )?(flight|surgery|operation|bed rest|plaster cast)|blood clot|dvt|on the (pill|contraceptive)"));

    public static final Concept SEVERE_ASTHMA = phrase(String.join("|",
            "(inhaler|reliever|salbutamol|pump|ventolin|nebuli[sz]er) (is )?(not|isnt|doesnt|does not|no longer) (working|helping|help|work)",
            "(inhaler|reliever|salbutamol|pump|ventolin) every (few minutes|\\d+ minutes|half hour|hour)|(used|taken|took) (my )?(inhaler|pump|puffs?) \\w+ times",
            "(asthma|wheez\\w*) (\\w+ )?(getting worse|worse and worse|very bad|severe)|severe asthma"));

    public static final Concept ASTHMA_ATTACK = phrase("asthma attack|attack of asthma|dama ka daura|दमा का दौरा|asthma ka (daura|attack)|अस्थमा का (दौरा|अटैक)|asthma (is )?(flaring|bad today)");

    public static final Concept SEPSIS = phrase(String.join("|",
            "sepsis|septic|blood poisoning|mottled (skin|legs|arms)|(skin|lips|legs) (is |are |look |looks )?(mottled|blotchy blue)",
            "(not|hasnt|has not|havent|have not|didnt|did not) (passed urine|passed water|peed|weed|urinated|pee|wee|pass urine|pass water)( (for|in))? (18|eighteen|24|twenty four|a day|all day|the whole day|a whole day|since yesterday|since last night)"));

    /**
     * "It feels like you're going to die", a sign of sepsis in someone with an infection (UK Sepsis
     * Trust, "Spot the signs of sepsis": S.E.P.S.I.S.). It is not a wish to die: {@link #SUICIDAL}
     * does not read it.
     */
    static final Concept FEELS_LIKE_DYING = phrase(
            "(feel|feels|feeling|felt) (like )?(i am|im|i will|ill|he is|hes|she is|shes|they are) (going to|gonna|about to) die|(feel|feels|feeling) (like )?(i am|im|he is|she is) dying|(sense|feeling) of (impending )?doom");

    public static final Concept HEAD_INJURY = phrase(
            "head injury|(hit|banged|bumped|knocked|injured|hurt) (my |his |her |their )?head|(punched|kicked|struck|hit|smacked) (in|on) (the |my |his |her )?head|(hit|struck) (by|with) (a |an )?(\\w+ ){0,2}(on|in) (the |my |his |her )?head|(fell|landed|fallen|falling) (\\w+ ){0,4}(on|onto) (his|her|my|their|the) head|(blow|knock) (on|to) the head|(sir|sar) (par|pe|mein|me) (\\S+ )?(chot|lagi|laga|lag gayi|lag gaya|maara|mara|maari|mari)|सिर (पर|पे|में) (\\S+ )?(चोट|लगी|लगा)|(sir|sar|सिर) (par|pe|पर|पे) (\\S+ ){0,2}(gaanth|ganth|gumad|gumar|गांठ|गुमड़)\\S*|(sir|sar) ke bal (gir|gira|giri|gire)\\S*|सिर के बल गिर\\S*"
            + "|(swelling|bump|lump|egg|bruise|cut|gash) (\\w+ )?on (his|her|my|the|their) (head|forehead|skull)|rolled off (\\w+ ){0,2}(bed|sofa|couch|table|cot|chair) (\\w+ ){0,3}(head|forehead)");

    public static final Concept LOSS_OF_CONSCIOUSNESS = phrase(
            "knocked out|lost consciousness|(passed|blacked) out|seizure|drowsy|(very|unusually|abnormally|now|and|is|seems|looks|became|getting) sleepy|sleepier|confus\\w*|behosh|बेहोश"
                    // NHS, Head injury and concussion: go to A&E after any vomiting since the injury
                    + "|vomit\\w*|threw up|throwing up|been sick|ulti|उल्टी"
                    + "|(bad|severe|terrible|persistent|worsening) headache|headache (that )?(wont|will not|does not|doesnt) go"
                    // signs of a basal skull fracture (NICE NG232 1.4.7: blood or fluid from the ear or nose, panda eyes, Battle's sign)
                    + "|(blood|bleeding|fluid|watery fluid|clear fluid) (\\w+ ){0,2}(from|out of) (his |her |my |the |one )?(ear|ears)|(kaan|kan|कान) (se|से) (khoon|pani|paani|खून|पानी)"
                    + "|panda eyes|bruis\\w* behind (the |his |her |my )?ears?"
                    + "|(do|teen|char|2|3|4|kai|baar) baar ulti|ulti (\\S+ )?(do|teen|2|3|kai|baar) baar|neend (aa rahi|aane lagi|aa gayi)|bahut (neend|sust)|sust (hai|ho gaya|ho gayi|pad gaya|pad gayi)|सुस्त|बार बार उल्टी|(दो|तीन) बार उल्टी");

    /**
     * Anticoagulants and antiplatelets other than aspirin alone: with a head injury, a CT scan
     * within 8 hours (NICE NG232 Head injury, 2023, 1.4.12), so the emergency department.
     */
    static final Concept ANTICOAGULANT = phrase(
            "(on |take |takes |taking |with )?blood thinners?|anticoagula\\w*|warfarin|acitrom|acenocoumarol|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban"
                    + "|heparin|enoxaparin|clexane|clopidogrel|plavix|ticagrelor|brilinta|prasugrel|khoon patla karne ki dawa\\w*|खून पतला करने की दवा\\S*");

    /**
     * A fall, not falling asleep or ill; with drowsiness, confusion, repeated vomiting or a bad
     * headache afterwards the head may have been hit unseen (NICE NG232 1.1: the same signs send a
     * head injury to the emergency department).
     */
    static final Concept FELL_DOWN = phrase(
            "(fell|fallen|falling|fall)(?! (asleep|ill|sick|in love|pregnant|apart|behind|short))|had a fall|slipped|tripped|rolled off"
                    + "|gir (gaya|gayi|gaye|gai|padi|pada|pade)|गिर (गया|गई|गईं|गयी|गए|गये|पड़ा|पड़ी|पड़ीं|पड़े)");
    static final Concept AFTER_FALL_DANGER = phrase(
            "(very|unusually|abnormally|extremely|really) (drowsy|sleepy)|hard to wake|confus\\w*|not making (any )?sense"
                    + "|(keep|keeps|kept|has been|have been|is|am|started|now) (vomiting|throwing up)|vomited (twice|two times|more than once|\\d+ times)"
                    + "|knocked out|lost consciousness|(passed|blacked) out|seizure|fitting|(bad|severe|terrible|worsening) headache|behosh|बेहोश"
                    + "|(bahut|zyada) neend|ulti\\w* (bhi )?(ki|kar|kiya|kari|ho|aa)\\w*|बहुत नींद|उल्टी");

    /** Coughing up blood (NICE NG12: haemoptysis needs an urgent chest X-ray or referral; a large amount is an emergency). */
    static final Concept HAEMOPTYSIS = phrase(String.join("|",
            "(coughing|coughed|cough|coughs) (up )?(a lot of |lots of |some |a little |bits of |streaks of |a (cup|cupful|mouthful|spoonful|glass) of )?(bright red |fresh |dark )?blood|blood (in|with|streaked) (my |his |her |the )?(sputum|phlegm|spit|cough|mucus)|bloody (sputum|phlegm)|ha?emoptysis",
            "(khansi|khaansi|balgam) (mein |me |ke saath |ke sath )?(\\S+ ){0,2}khoon|khoon (ki|wali) khansi|खांसी (में|के साथ) खून|बलगम में खून"));

    /** Stridor, drooling with an inability to swallow, a muffled voice: upper airway obstruction (NICE CKS Croup; NICE NG84 Sore throat (acute): epiglottitis). */
    static final Concept UPPER_AIRWAY = phrase(String.join("|",
            "stridor|high pitched (noise|sound|whistle|squeak) (\\w+ ){0,2}(breath\\w*|breathes) in|noisy breathing in|(harsh|rasping|grating|squeaky|whistling|high pitched|loud|strange) (noise|sound) (\\w+ ){0,2}(when|while|on) (breathing|he breathes|she breathes|it breathes|they breathe) in|(crowing|whooping) (noise|sound) (when|on) breathing in",
            // Hinglish: drooling with a noise from the throat on breathing in
            near("(laar|lar|raal|लार) (\\S+ )?(tapak|gir|beh|bah|nikal|टपक|गिर|बह)\\S*",
                    "saans (lete|lene|le) (waqt |samay |mein |me )?(\\S+ ){0,2}(awaaz|awaj|आवाज़|आवाज)|gale se (\\S+ )?(awaaz|awaj|आवाज़|आवाज)", 6),
            "drool\\w* (\\w+ ){0,3}(cant|cannot|can not|unable to|not able to) swallow|(cant|cannot|can not|unable to|not able to) swallow (\\w+ ){0,2}drool\\w*|(sitting|leaning) forward (\\w+ ){0,3}drool\\w*|drool\\w* (\\w+ ){0,3}(sitting|leaning) forward|(cant|cannot|can not|unable to|not able to) swallow (\\w+ ){0,3}(saliva|spit|own spit)|(thook|thuk|थूक) (bhi )?(nahi|nahin|नहीं) (nigal|निगल)\\S*|(nigal|nigl|निगल) (nahi|nahin|नहीं) (pa|paa|sak|पा|सक)\\S* (\\S+ ){0,3}(laar|lar|raal|लार)|(laar|lar|raal|लार) (\\S+ ){0,3}(nigal|निगल)\\S* (nahi|नहीं)|muffled voice|hot potato voice|voice (\\w+ ){0,2}muffled"));

    /** Low blood sugar with confusion, shaking or drowsiness, or too much insulin (NICE NG17/NG28; JBDS hypoglycaemia guideline). */
    static final Concept LOW_SUGAR = phrase(
            "(शुगर|shugar) (बहुत |bahut )?(कम|लो|kam|low)|sugar (bahut )?kam|"
                    + "(sugar|glucose|blood sugar) (level |levels |reading )?(is |was |has gone |went |dropped |dropping |falling )?(very |really |so |too )?(low|down)|low (blood )?sugar|(sugar|glucose|glucometer|meter) (reading |level |machine )?(shows|showing|says|reads|is showing) (lo|low)|hypo|hypoglyc\\w*|(too much|extra|double|an extra|overdose of|overdosed on) (my |his |her )?insulin|insulin overdose|sugar (kam|low) (ho|hai)|शुगर कम");
    static final Concept HYPO_SIGN = phrase(
            SWEATING + "|confus\\w*|drowsy|sleepy|shak\\w*|trembl\\w*|sweat\\w*|faint\\w*|passed out|collapsed|fit|fits|seizure|not making sense|behav\\w* strange\\w*|slurr\\w*|too much|extra|double|overdos\\w*|ghabrahat|chakkar|behosh|कंपकंपी|कांप\\S*|काँप\\S*|kapkapi|kampkampi|घबराहट");

    /** Visible jaundice in the first 24 hours of life (NICE CG98 Neonatal jaundice: urgent assessment within 6 hours). */
    static final Concept JAUNDICE = phrase("yellow|jaundice\\w*|jaundiced|peeliya|piliya|पीलिया|पीला|पीली");
    /** Ages come in whole days: a baby reported as "1 day" old may be in its first 24 hours. */
    static final double NEWBORN_JAUNDICE_BELOW_DAYS = 2;

    /** Heavy bleeding with faintness: haemodynamic compromise (NICE NG88 Heavy menstrual bleeding). */
    static final Concept HEAVY_PERIOD = phrase(
            "(periods?|menstrual|menses|mahwari|mahavari|mc|masik) (\\w+ ){0,3}(very |really |so |extremely )?heavy|heavy (periods?|menstrual bleeding|bleeding)|soak\\w* (\\w+ ){0,3}(pads?|towels?) (every|each|in an?) (hour|\\d+ minutes)|passing (big |large |huge )?clots");
    static final Concept FAINTNESS = phrase(
            "faint\\w*|dizzy|dizziness|lightheaded|light headed|passed out|collapsed|breathless\\w*|(heart|pulse) (is )?racing|chakkar|behosh\\w*|चक्कर|बेहोश\\S*");

    /** Sudden or severe tearing or ripping chest or back pain: aortic dissection (ESC 2014 Guidelines on aortic diseases, Erbel et al.: abrupt, severe). */
    static final Concept TEARING_PAIN = phrase(String.join("|",
            "(tearing|ripping|ripped|torn|tear|rip) (\\w+ ){0,2}(pain|feeling|sensation)|(pain|it) (is |feels )?(like )?(tearing|ripping|being torn|something tearing)",
            "(tearing|ripping) (\\w+ ){0,3}(back|chest|shoulder blades?)",
            "(chirne|cheerne|phatne|fatne|chirta|cheerta|चीरने|फटने) (jaisa|jaise|wala|जैसा)"));
    static final Concept CHEST_OR_BACK = phrase("chest|back|shoulder blades?|breastbone|seene|seena|chhati|kamar|peeth|सीने|छाती|कमर|पीठ");

    /** Cauda equina syndrome (NICE CKS Sciatica: red flags; GIRFT national suspected cauda equina pathway, 2023). */
    static final Concept BACK_PAIN = phrase(
            "(back|spine|lower back|low back|kamar|peeth) (\\w+ ){0,2}(pain|ache|aching|hurts?|hurting|agony|dard)|(pain|ache|hurts?) (\\w+ ){0,4}(my |the )?(lower )?back|backache|sciatica|कमर (में )?दर्द|पीठ (में )?दर्द");
    static final Concept CAUDA_EQUINA_SIGN = phrase(String.join("|",
            "numb\\w* (\\w+ ){0,3}(between (my|his|her|the) legs|bottom|buttocks|groin|saddle|genitals|private parts|back passage)|saddle (numbness|anaesthesia|anesthesia)",
            "(cant|cannot|can not|" + UNABLE_TO + "|lost control of|no control (of|over)) (control )?(my |his |her )?(pee|urinate|pass urine|bladder|bowels?|poo)|(wet|soiled) (myself|himself|herself)",
            "(peshab|pishab|latrine|letrin|potty|tatti|toilet|sandas|पेशाब|लैट्रिन|टट्टी) (\\S+ ){0,3}(pe|par|per|पर) (control|kabu|kaboo|kaabu|काबू|कंट्रोल) (nahi|nahin|नहीं|नही)",
            "(pairon|tangon|jaanghon|jangho|पैरों|टांगों|जांघों) (ke |के )?(beech|bich|बीच) (\\S+ ){0,3}(sunn|सुन्न)|(sunn|सुन्न) (\\S+ ){0,3}(pairon|tangon|jaanghon|पैरों|टांगों) (ke |के )?(beech|bich|बीच)",
            "(both|my|his|her) legs (are |feel |went |have gone |going )?(numb|weak|dead|tingly|tingling)|(numb|weak)\\w* in (both|my|his|her) legs|(cant|cannot) (feel|move) (my |his |her )?(legs|feet)"));

    /** Acute urinary retention (NICE CKS Lower urinary tract symptoms in men: acute retention needs same-day catheterisation). */
    static final Concept URINARY_RETENTION = phrase(String.join("|",
            "(cant|cannot|can not|" + UNABLE_TO + ") (pee|wee|urinate|pass urine|pass water|empty (my |his |the )?bladder)(?! (much|a lot|as much|often|in public))",
            "(peshab|pishab|peshaab) (nahi|nahin) (ho|aa|utar) (raha|rahi)|पेशाब (नहीं) (हो|आ) (रहा|रही)",
            "(peshab|pishab|peshaab) (nahi|nahin) (hua|huwa|hui|aaya|aya|utra|utri)|पेशाब (नहीं|नही) (हुआ|हुई|आया|उतरा)"));

    /** Chemical in the eye; painful red eye with halos (NICE CKS Red eye: chemical injury, acute angle-closure glaucoma). */
    static final Concept CHEMICAL_EYE = phrase(String.join("|",
            near("chemical\\w*|bleach|acid|alkali|lime|chuna|choona|cement|cleaner|detergent|ammonia|caustic|drain cleaner|tezab|चूना|तेज़ाब",
                    "eye|eyes|aankh|aankhon|ankh|आँख|आंख", 4),
            near("eye|eyes", "(chemical|acid|bleach|alkali|lime|cement) (splash\\w*|spray\\w*)", 8)));
    static final Concept EYE_PAIN = phrase(
            "(eye|eyes) (is |are |feels |has been )?(\\w+ )?(painful|hurts?|hurting|aching|sore and red|red and (painful|sore))|painful (red )?eyes?|red (and )?painful eyes?|pain (in|behind) (my |his |her |the )?eyes?|(aankh|ankh|aankhon) (mein |me )?(\\S+ )?dard|(आँख|आंख) (में )?(\\S+ )?दर्द");
    static final Concept GLAUCOMA_SIGN = phrase(
            "halos?|rainbow (rings|circles|colours|colors)|(roshni|light|bulb|batti|रोशनी) (ke )?(charon|chaaron|chaaro|चारों) (taraf|or|तरफ) (\\S+ )?(rang|rangeen|gol|ghera|ghere|indradhanush|रंग|घेरा)\\S*|ulti|उल्टी|(rings|circles) around (the )?lights|(blurred|blurry|cloudy|misty|hazy) vision|vision (is |went )?(blurred|blurry|cloudy|misty|hazy)|vomit\\w*|throwing up");

    /**
     * Retinal detachment: a shadow or curtain over the vision → seen the same day; new flashes
     * with floaters (posterior vitreous detachment, which can tear the retina) → within 24 hours
     * (NICE CKS Retinal detachment, 2022: referral; RCOphth Ophthalmic Services Guidance,
     * Emergency eye care, 2020).
     */
    static final Concept VISION_CURTAIN = phrase(String.join("|",
            "(curtain|veil|shadow|dark patch|black patch|grey patch|gray patch) (\\w+ ){0,3}(over|across|covering|coming (down|up|across|over)|came (down|up|across|over)|moving (across|over|down|up)|falling|drawn)"
                    + " (\\w+ ){0,3}(vision|sight|eye|eyes)",
            "(vision|sight) (\\w+ ){0,3}(like|as if|as though) (\\w+ ){0,2}(curtain|veil)",
            "(part|half|top|bottom|side) of (my |his |her |the )?(vision|sight) (is |has )?(gone|missing|dark|black|blacked out)"));
    static final Concept FLASHES_AND_FLOATERS = phrase(String.join("|",
            near("flash\\w*|flicker\\w*|sparks|streaks of light", "floaters|cobwebs|black spots|black dots", 6),
            "shower of (floaters|black spots|black dots|spots)|(lots|loads|hundreds) of (new )?(floaters|black spots|black dots)|(sudden|new) (\\w+ )?(floaters|black spots in (my |his |her )?vision)"));

    /** Burns that need hospital care (NICE CKS Burns and scalds: referral criteria). */
    static final Concept BURN = phrase("burn|burns|burnt|burned|scald\\w*|(boiling|hot) (water|tea|milk|oil|coffee|soup|dal|liquid) (\\w+ ){0,4}(on|onto|over|spilled|spilt|fell|poured)|(jal|jhulas) (gaya|gayi|gaye)|जल (गया|गई|गए)"
            + "|(garam|khaulta|khaulte|ubalta|ubalte|गरम|गर्म|खौलता) (\\S+ )?(tel|pani|paani|doodh|chai|तेल|पानी|दूध|चाय) (\\S+ ){0,5}(gira|giri|gir|pad|पड़|गिरा|गिर)\\S*");
    static final Concept SERIOUS_BURN_SIGN = phrase(String.join("|",
            "(skin|it|burn|area) (is |looks |went |has gone |turned )?(white|leathery|charred|black|waxy|grey|gray)|(no|not) (feeling|pain) in (the |it)|doesnt hurt",
            "(face|eyes?|mouth|neck|genitals|groin|private parts)|(large|big|huge|whole|entire) (area|arm|leg|back|chest|body|hand|foot)|bigger than (my |his |her )?(hand|palm)",
            "chemical|electric\\w*|acid|(cant|cannot) breathe|smoke|fire",
            "(chamdi|chamadi|skin|twacha|चमड़ी|त्वचा) (\\S+ )?(safed|kaali|kali|sakht|सफ़ेद|सफेद|काली)",
            // a whole pot or kettle spilt over someone: a large scald
            "(bhagona|bhagone|patila|pateela|degchi|kettle|pot|saucepan|bucket|balti|cooker|भगोना|पतीला|कुकर|बाल्टी) (\\S+ ){0,4}(upar|ऊपर|(over|on|onto) (him|her|me|them)(self|selves)?|all over)",
            // two parts of the body: "chest and arms", "chhati aur haath"
            "(chest|back|belly|tummy|arms?|legs?|face|chhati|chaati|pet|peeth|baanh|chehra|छाती|पेट|पीठ|बांह|चेहरा) (and|aur|or|और) (chest|back|belly|tummy|arms?|legs?|face|hands?|feet|chhati|chaati|pet|peeth|haath|pair|baanh|chehra|छाती|पेट|पीठ|हाथ|पैर|बांह|चेहरा)",
            "(पूरी|पूरा|पूरे) (छाती|पीठ|बांह|टांग|पेट|हाथ|पैर|शरीर|चेहरा|बदन)|चेहर\\S*|(puri|poori|pura|poora|pure) (chhati|chaati|peeth|baanh|taang|pet|haath|pair|sharir|chehra|badan)|chehr\\S*"));

    /** Electric shock with symptoms; drowning (Resuscitation Council UK / ERC Guidelines 2021: drowning and electrical injury). */
    static final Concept ELECTRIC_SHOCK = phrase(String.join("|",
            "(electric|electrical) shock|electrocut\\w*|(bijli|current|karant|बिजली|करंट) (ka|के|का) (jhatka|jhataka|jatka|झटका)|(karant|current|karent) (laga|lag gaya|lagaa|lagi)|करंट लग\\S*",
            // Indian English: "got current" is an electric shock
            "(got|get|gets|getting|had) (a |an )?(current|karant|karent|shock from (a |the )?(\\w+ )?(wire|socket|switch|plug|fan|cooler|mains|line|board|pole))"
                    + "|current (passed|went) (through|into)|touched (a |the )?(live |naked |bare |loose |open )?(electric |electrical )?wire"));
    static final Concept SHOCK_SYMPTOM = phrase(
            "chest|heart|palpitation\\w*|racing|fluttering|faint\\w*|passed out|collapsed|burn\\w*|numb\\w*|(cant|cannot) move|confus\\w*|odd|weird|strange|irregular|breath\\w*"
                    + "|dil|dhadak\\S*|dhadkan|seene|seena|chhati|jal (gaya|gayi)|behosh\\S*|sunn|chakkar|दिल|धड़क\\S*|सीने|छाती|बेहोश\\S*|सुन्न");
    static final Concept NEAR_DROWNING = phrase(
            "(fell|fallen|slipped) (in|into) (the |a )?(pond|river|well|tank|lake|sea|canal|nala|nullah)|(nearly|almost|had) drown\\w*|drowning|drowned|(pulled|rescued|taken) (\\w+ ){0,2}(out of|from) the (water|pool|river|sea|lake|pond|tank)|(doob|dub) (gaya|gayi|gaye|raha)|डूब (गया|गई|गए)");

    /** Sexual assault: emergency contraception and HIV prophylaxis within 72 hours (WHO 2013, Responding to intimate partner violence and sexual violence against women). */
    static final Concept SEXUAL_ASSAULT = phrase(
            "raped|rape|sexually (assaulted|abused|attacked)|sexual (assault|abuse|attack)|forced (me|her) to have sex|balatkar|बलात्कार"
                    + "|(ke saath|ke sath|के साथ) (\\S+ )?(zabardasti|jabardasti|ज़बरदस्ती|जबरदस्ती|galat kaam|गलत काम) (hui|hua|ki|kiya|हुई|हुआ|की)");

    /**
     * Animal bites: rabies exposure needs wound washing and post-exposure prophylaxis as soon as
     * possible, and still when the bite was weeks or months ago: PEP is started whatever the delay
     * (WHO rabies position paper 2018; NCDC India National Guidelines for Rabies Prophylaxis 2019).
     * So "bitten two months ago" is read as a bite now, with its time as part of it.
     */
    static final Concept ANIMAL_BITE = biteAgo("days?|weeks?|months?", "din|dino|hafte|hafta|mahine|mahina|दिन|हफ्ते|हफ़्ते|महीने|महीना");

    private static Concept biteAgo(String units, String hindiUnits) {
        // "2 mahine pehle kutte ne kaata": the time before the bite, as Hindi says it, is part of the match, not history
        return phrase("(((\\d+|ek|do|teen|char|paanch|kai|kuch|एक|दो|तीन|चार|पांच|पाँच|कई|कुछ) )?(" + hindiUnits + ") (pehle|pahle|पहले) (\\S+ ){0,2})?" + near("dog|dogs|puppy|cat|monkey|bat|jackal|mongoose|fox|street dog|stray|kutta|kutte|kutiya|billi|bandar|कुत्ते|कुत्ता|बिल्ली|बंदर",
                "bit|bite|bites|bitten|biting|kaat\\w*|kata|kaata|काट\\S*", 4)
                + "( (\\S+ ){0,2}?((\\d+|a|an|one|two|three|four|five|six|few|many|several) )?(" + units + ") (ago|back|before))?");
    }

    /**
     * An older adult "off their legs" or "not themselves": an acute deterioration of function or
     * behaviour is a sign of sepsis, delirium or another serious illness (NICE NG51 Sepsis 1.3:
     * moderate to high risk; British Geriatrics Society, Silver Book II, 2021).
     */
    static final Concept OFF_LEGS = phrase("(off|gone off) (her|his|their|my) legs|(suddenly|since \\w+) (cant|cannot|can not) (walk|get up|stand)"
            + "|(bistar|bister|bisttar|palang) se (nahi|nahin) (uth|uthe|uthi|uthte|uthti|uth paa)\\S*|(chal|uth) (nahi|nahin) (pa|paa) (rahe|raha|rahi)");
    static final Concept NOT_THEMSELVES = phrase("not (herself|himself|themselves|myself|quite (herself|himself))|not (her|his|their) (usual|normal) self|(acting|behaving) (out of character|strangely|oddly)"
            + "|(kuch )?bol (nahi|nahin) (raha|rahe|rahi)|jawab (nahi|nahin) (de|dete|deti)\\S*|pehle jaise (nahi|nahin)");

    /**
     * Fever or a swollen, sore belly within weeks of an abdominal operation: a leak, abscess or
     * peritonitis (NICE NG51 1.1: surgery within 6 weeks is a risk factor; NICE CKS, Surgical
     * complications).
     */
    static final Concept RECENT_SURGERY = phrase(String.join("|",
            "(operation|surgery|op|c section|caesarean|laparoscopy|keyhole surgery|replacement|bypass|hysterectomy) (\\w+ ){0,4}((\\d+|a|one|two|three|four|five|six|few|couple of) (days?|weeks?)|(a|one|1) month) ago",
            "(had|having) (my |an |the |his |her )?(\\w+ ){0,2}(out|removed|operated on|repaired) (\\w+ ){0,2}(\\d+|a|one|two|three|four|five|six|few|couple of) (days?|weeks?) ago",
            "(\\d+|a|one|two|three|four|five|six|few|couple of) (days?|weeks?) (after|since) (my |an |the |his |her )?(\\w+ )?(operation|surgery|op)|since (my |the |his |her )?(\\w+ )?(operation|surgery|op)",
            "(operation|surgery|ऑपरेशन|सर्जरी) (ke|के) (\\d+|ek|do|teen|char|kuch|एक|दो|तीन|चार|कुछ) (din|hafte|दिन|हफ्ते|हफ़्ते) (baad|bad|बाद)",
            "((\\d+|ek|do|teen|char|paanch|kuch|एक|दो|तीन|चार|कुछ) (din|dino|hafte|hafta|दिन|हफ्ते|हफ़्ते)|(ek|1|एक) (mahina|mahine|महीना|महीने)) (pehle|pahle|पहले) (\\S+ ){0,3}(operation|surgery|ऑपरेशन)|(operation|surgery|ऑपरेशन) (\\S+ ){0,3}(\\d+|ek|do|teen|kuch|एक|दो|तीन|कुछ) (din|hafte|दिन|हफ्ते) (pehle|pahle|पहले)"));
    /**
     * Illicit or home-made liquor with blurred or lost vision, vomiting, breathlessness or others ill
     * from the same drink: methanol poisoning (WHO, Methanol poisoning outbreaks, information note
     * 2014: treat in hospital at once; outbreaks of "hooch" deaths are common in India).
     */
    static final Concept ILLICIT_LIQUOR = phrase(
            "country liquor|country made liquor|desi (daru|sharab|liquor)|kachi (daru|sharab)|kachchi (daru|sharab)|hooch|moonshine|illicit (alcohol|liquor)|spurious (liquor|alcohol)|hath ?bhatti|tharra|arrack|methanol|methylated spirit|(देसी|कच्ची) (दारू|शराब)");
    static final Concept METHANOL_SIGN = phrase(
            "(cant|cannot|can not|" + UNABLE_TO + ") see|blur\\w*|blind\\w*|(vision|eyesight) (\\w+ )?(gone|going|loss|lost|problem\\w*|blurred|blurry|dim)|dikh(ai)? (nahi|nahin|kam)|dhundhla|धुंधला|दिखाई नहीं"
                    + "|vomit\\w*|ulti|उल्टी|breathless\\w*|breathing fast|(tummy|stomach|belly) pain|confus\\w*|unconscious|behosh|बेहोश|(friends?|others|people|neighbours?|everyone) (\\w+ ){0,2}(also )?(sick|ill|unwell|died|dead|in hospital)");
    /** A grey membrane over the tonsils or a swollen "bull neck": diphtheria, which is back in India (WHO, Clinical management of diphtheria, 2024). */
    static final Concept DIPHTHERIA = phrase(
            "diphtheria|galghotu|गलघोंटू|(bhura|bhoora|bhuri|dhoosar|grey|gray|भूरा|भूरी) (\\S+ )?(parda|parat|jhilli|jhili|membrane|परत|झिल्ली|परदा)|(grey|gray|greyish|grayish|dirty white|dirty) (\\w+ )?(coating|membrane|layer|patch|film|skin) (\\w+ ){0,3}(tonsils?|throat)|bull\\w* neck|neck (\\w+ ){0,3}(swollen|swelling) like a bull");
    /** A haemoglobin below 7 g/dL is severe anaemia (WHO 2011, Haemoglobin concentrations for the diagnosis of anaemia); breathless with it, the heart may be failing. */
    static final Concept HB_VERY_LOW = phrase(
            "(hb|haemoglobin|hemoglobin) (level )?(is |was |of |only |just |now )*[2-6]( g(m|ms)?(/| per )?dl| gram\\w*)?");

    /** A mother who says her baby is not hers or wants to leave it: a delusion after birth (NICE CG192: urgent assessment for postpartum psychosis). */
    static final Concept BABY_REJECTED = phrase(
            "(baby|child) (is )?(not|isnt) (hers|mine|his|theirs|my baby|her baby|my child|her child|real)|not (her|my) (real )?(baby|child)"
                    + "|(leave|throw|put|abandon|give) (it|the baby|her baby|my baby|him|her) (outside|away|in the (street|bin|river|well))");
    /**
     * Cancer with new weakness of the legs, difficulty walking or retention of urine: spinal cord
     * compression (NICE NG234 Spinal metastases and metastatic spinal cord compression, 2023:
     * contact the MSCC team immediately).
     */
    static final Concept CANCER = phrase(
            "cancer|tumou?r|malignan\\w*|metasta\\w*|myeloma|lymphoma|carcinoma|on chemo\\w*|कैंसर");
    static final Concept CORD_COMPRESSION_SIGN = phrase(
            "legs? (\\w+ )?(gave way|giving way|gives way|went weak|are weak|is weak|weak|numb|heavy)|(cant|cannot|can not|" + UNABLE_TO + ") (walk|stand|pass urine|pee|feel (my |his |her )?legs)"
                    + "|difficulty walking|(numb|weak)\\w* (in )?(both|his|her|my) legs|(pair|pairon|टांग|पैर) (\\S+ )?(kamzor|sunn|कमज़ोर|सुन्न)");
    /**
     * An adult who has stopped drinking and is now very drowsy or confused: severe dehydration or
     * a serious illness behind it (NICE NG51 Sepsis, 1.3: new altered mental state is a high-risk
     * criterion; NICE CKS Dehydration in adults: refer if drowsy or confused).
     */
    static final Concept NOT_DRINKING = phrase(
            "(not|hasnt|has not|havent|have not|isnt|is not|stopped) (\\w+ ){0,2}(drinking|drunk|drank)( (anything|any water|any fluids|fluids|water))?"
                    + "|(pani|paani|पानी) (bhi |tak )?(nahi|nahin|नहीं) (pi|pee|पी) (raha|rahi|rahe|रहा|रही|रहे)");

    /** Cold to the touch with confusion or drowsiness in an older person: hypothermia (NHS Hypothermia: call 999 if confused, drowsy or slurring). */
    static final Concept BODY_COLD = phrase(
            "(skin|body|hands|he|she|they) (is |are |feels |feel )?(very |ice |icy |freezing )?cold (to (the )?touch)|cold to (the )?touch|no heating|(very|freezing|ice) cold (skin|body)|hypotherm\\w*");

    /** Breathlessness that came on suddenly: with an operation or a birth in the weeks before, a clot in the lung (NICE NG158). */
    static final Concept SUDDEN_BREATHLESS = phrase(near("sudden\\w*|all of a sudden|out of nowhere|achanak|अचानक",
            "breathless\\w*|short of breath|shortness of breath|(cant|cannot) (catch my )?breath\\w*|(saans|sans|सांस|साँस) (\\S+ )?(phool|phul|fool|फूल)\\S*", 3));
    /**
     * A diabetic foot that threatens the limb: gangrene, a black or dead toe, an ulcer with pus, a
     * foul smell or fever (NICE NG19 Diabetic foot problems, 1.3.1: refer immediately to acute
     * services).
     */
    static final Concept DIABETIC_FOOT_DANGER = phrase(String.join("|",
            "gangren\\w*|(toe|toes|foot|feet|heel|sole|ungli|angootha|anguutha|pair|पैर|अंगूठा|उंगली) (\\S+ ){0,3}(black|blackened|dead|rotting|rotten|kaala|kaali|kala|kali|sad|sadne|काला|काली|सड़)\\S*",
            "(black|blackened|dead|rotting) (big )?(toe|toes|foot|heel)",
            "(foot|toe|heel|sole|leg) (ulcer|wound|sore|ghaav|ghav|zakhm) (\\S+ ){0,5}(pus|foul|smell\\w*|stink\\w*|fever|spreading|swollen and red|red and swollen|bukhar|मवाद|बुखार)"));
    /** Bleeding after a tonsillectomy (NHS, Tonsillectomy: recovery, and ENT UK: any bleeding after the operation is for A&E at once). */
    static final Concept TONSILLECTOMY = phrase(
            "tonsillectomy|adenotonsillectomy|tonsils? (\\w+ ){0,3}(removed|out|taken out|operation|operated|surgery)|(removed|out) (his |her |my |the )?tonsils?"
                    + "|(टॉन्सिल|टॉन्सिल्स) (\\S+ ){0,2}(ऑपरेशन|निकाल|सर्जरी)\\S*");
    static final Concept BLEEDING_ANY = phrase(
            "bleed\\w*|blood|bloody|khoon|khun|खून");
    /** Redness or swelling of the skin spreading fast: cellulitis getting worse (NICE NG141 Cellulitis and erysipelas, 1.1.5: admit if rapidly deteriorating or systemically unwell). */
    static final Concept SPREADING_FAST = phrase(String.join("|",
            "(red|redness|swelling|swollen|infection|cellulitis|red area|red patch|red line|red streaks?) (\\S+ ){0,6}(spreading|spreads|spread|growing|doubled|getting bigger) (\\S+ ){0,3}(fast|quickly|rapidly|within hours|in hours|in (a )?few hours|every hour|by the hour)",
            "(red|redness|red area|swelling) (\\S+ ){0,3}(doubled|tripled) (\\S+ ){0,3}(hours|hrs|a day)|red (line|lines|streaks?) (going|spreading|moving|running) up",
            "(laal|lal|laali|lali|sooj\\S*|sujan|soojan|लाल|लाली|सूज\\S*|सूजन) (\\S+ ){0,5}(tezi se|jaldi jaldi|jaldi se|तेज़ी से|तेजी से) (phail|fail|badh|फैल|बढ़)\\S*"));
    /**
     * Sniffing glue, petrol, whitener or gas: the heart can stop ("sudden sniffing death"); chest
     * pain, palpitations or fainting after it need an ECG in hospital (UK National Poisons
     * Information Service, TOXBASE: volatile substances).
     */
    static final Concept SOLVENT = phrase(String.join("|",
            "(sniff|sniffed|sniffing|huff|huffed|huffing|inhal\\w*|breath\\w* in) (\\S+ ){0,2}(glue|petrol|solvent|thinner|whitener|correction fluid|nail polish remover|aerosol|deodorant|lighter gas|lighter fluid|butane|paint)",
            "(glue|petrol|solvent|thinner|whitener|aerosol|butane) (sniff\\w*|huff\\w*|inhal\\w*)|(whitener|petrol|glue|thinner) (\\S+ )?(sungh|soongh|sunghna|sungha|sunghta)\\S*|(व्हाइटनर|पेट्रोल) (\\S+ )?सूंघ\\S*"));
    static final Concept SOLVENT_SIGN = phrase(
            "chest pain|pain in (my |his |her |the )?chest|heart (\\w+ )?(racing|pounding|beating fast|irregular)|palpitation\\w*|(seene|seena|chhati|chaati|सीने|छाती) (mein |me |में )?(\\S+ )?(dard|दर्द)|ghabrahat|घबराहट|faint\\w*|collaps\\w*|passed out|dizzy|confus\\w*|fit|fits|seizure\\w*|breathless\\w*|(cant|cannot) breathe|dhadkan|धड़कन|behosh|बेहोश|chakkar|चक्कर");
    /** From 24 weeks (RCOG Green-top Guideline 63, Antepartum haemorrhage: bleeding from 24+0 weeks; every episode is assessed in hospital). */
    static final Concept LATER_PREGNANCY = phrase(
            "(2[4-9]|3\\d|4[0-2]) (weeks?|wks?|हफ्ते|हफ़्ते|saptah|hafte)|([6-9]|six|seven|eight|nine|chhe|saat|aath|nau|छह|सात|आठ|नौ) (months?|mahine|mahina|महीने|महीना)|third trimester|last trimester");
    static final Concept PREGNANCY_BLEEDING = phrase(
            "(vaginal )?bleeding|(blood|bleeding) (from|down) (below|there)|spotting|khoon (\\S+ )?(aa|ja|beh|gir) (raha|rahi|rahe)|खून (आ|जा) रहा");

    static final Concept BELLY_SORE_OR_SWOLLEN = phrase(
            "(tummy|belly|abdomen|stomach) (\\w+ ){0,4}(sore|painful|swollen|tender|distended|hurts?|bloated)|(tummy|belly|abdominal|stomach) (pain|ache)|pain (in|around) (my |his |her |the )?(tummy|belly|abdomen|stomach)"
                    + "|(sore|painful|swollen|tender|distended|bloated|hard) (and (sore|painful|swollen|tender|hard) )?(\\w+ )?(tummy|belly|abdomen|stomach)"
                    + "|(pet|पेट) (mein |me |में )?(\\S+ )?(suja|sooja|sujan|soojan|phool|phula|fula|dard|सूज|सूजा|फूल|फूला|दर्द)\\S*");

    /**
     * Peeling or blistering skin after a new medicine, or with sore eyes, mouth or lips:
     * Stevens–Johnson syndrome or toxic epidermal necrolysis (British Association of
     * Dermatologists, SJS/TEN guidelines 2016: admit at once).
     */
    static final Concept SKIN_PEELING = phrase("(skin|body) (\\w+ ){0,3}(peeling|blistering|blisters|coming off|sloughing)|(peeling|blistering) (skin|rash)|skin (is )?falling off");
    static final Concept NEW_DRUG_OR_MUCOSA = phrase(
            "(new|started|starting|began) (\\w+ ){0,2}(medicine|medication|drug|tablets|antibiotics?|pills)|(sore|red|painful|burning|crusted|bleeding) (\\w+ )?(eyes|mouth|lips|genitals)|(eyes|mouth|lips) (\\w+ )?(sore|red|painful|ulcerated|crusted)|mouth ulcers");

    /** A limb bent the wrong way after an injury: a displaced fracture or dislocation (NICE NG38 Fractures: deformity → emergency department). */
    static final Concept DEFORMED_LIMB = phrase(
            "(arm|leg|wrist|ankle|elbow|knee|shoulder|bone|finger|thumb) (\\w+ ){0,3}(bent|facing|pointing|twisted|sticking) (\\w+ ){0,2}(the wrong way|backwards|sideways)|(at|in) (a|an) (funny|odd|weird|strange|wrong|unnatural) (angle|shape)|out of place|dislocat\\w*|deformed");

    /** Shocks from an implanted defibrillator: more than one, or with symptoms → emergency (British Heart Rhythm Society; ESC 2022 ventricular arrhythmia guidelines: electrical storm). */
    static final Concept ICD_SHOCK = phrase(
            "(defibrillator|icd|defib) (\\w+ ){0,3}(shocked|shocks|shock|fired|went off|gone off|zapped|discharged|keeps going off)|(shocked|zapped) (\\w+ ){0,2}by (my |his |her )?(defibrillator|icd|defib)");

    /** Hallucinations or disturbed behaviour in the weeks after birth: postpartum psychosis, a psychiatric emergency (NICE CG192 1.9; RCPsych 2018). */
    static final Concept PSYCHOSIS_SIGN = phrase(
            "hearing (things|voices)|seeing things|hallucinat\\w*|going mad|losing (my|her) mind|paranoi\\w*|talking nonsense|(behaving|acting) (very )?(strangely|oddly|bizarrely)|out of character|not slept (for |in )?(days|\\d+ days)");

    /**
     * Clinical rabies after a bite: fear of water or of air, drooling, confusion or spasms. It
     * needs hospital care and isolation at once (WHO Rabies fact sheet, 2024: furious rabies with
     * hydrophobia and aerophobia; NCDC National Guidelines for Rabies Prophylaxis 2019).
     */
    static final Concept RABIES_SIGN = phrase(
            "(scared|afraid|fear\\w*|terrified|frightened|panics?) (of|at) (the )?(sight of )?(water|drinking|swallowing|air|wind|breeze|fan)|hydrophobi\\w*|aerophobi\\w*"
                    + "|(cant|cannot|can not|" + UNABLE_TO + "|wont|will not) (swallow|drink) (\\w+ )?(water|anything|liquids?)|hallucinat\\w*"
                    + "|pani (se|sey) (dar|darta|darti|darr)|पानी से डर\\S*");
    /** A bite at any time, years ago included: rabies usually shows 1 to 3 months after the bite, sometimes years (WHO Rabies fact sheet, 2024). */
    static final Concept BITE_AT_ANY_TIME = biteAgo("days?|weeks?|months?|years?",
            "din|dino|hafte|hafta|mahine|mahina|saal|sal|varsh|दिन|हफ्ते|हफ़्ते|महीने|महीना|साल|वर्ष");

    /**
     * Tetanus: lockjaw or spasms after a wound, however small or old. It needs hospital care, human
     * tetanus immunoglobulin and often intensive care (WHO Tetanus fact sheet, 2024; WHO Current
     * recommendations for treatment of tetanus during humanitarian emergencies, 2010).
     */
    static final Concept LOCKJAW = phrase(String.join("|",
            "lock ?jaw|jaw (\\w+ ){0,2}(stiff|locked|tight|clenched|stuck shut|wont open|will not open|not opening)",
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt) open (his |her |my |the )?(mouth|jaw)|mouth (is )?(not|wont|doesnt|does not) open\\w*|(muh|munh|मुँह|मुंह) (nahi|nahin|नहीं) khul\\w*",
            "(painful )?(muscle )?spasms|(neck|back|body|stomach|belly) (\\w+ ){0,2}(stiff|rigid|arching)|stiff (neck|back|body)|arching"));
    static final Concept WOUND_OR_PUNCTURE = phrase(
            "nail|rusty|rust|thorn|splinter|wound|cut (my|his|her|himself|herself|myself)|stepped on|punctur\\w*|bitten|bite|injur\\w*|(got )?hurt (my|his|her)|chot|चोट|kaanta|kanta|glass");

    /**
     * Collapsed and breathing abnormally: gasping (agonal) breathing is common in the first minutes
     * of a cardiac arrest and is not normal breathing (Resuscitation Council UK Guidelines 2021,
     * Adult basic life support: unresponsive and not breathing normally → call an ambulance, start
     * CPR).
     */
    static final Concept COLLAPSED = phrase(
            "collapsed|collapse|passed out|fainted|blacked out|fell unconscious|unconscious|behosh|बेहोश|gir pad\\w*");
    static final Concept ABNORMAL_BREATHING = phrase(
            "(breathing|breathes|breath\\w*) (\\w+ ){0,2}(strange\\w*|odd\\w*|funny|weird\\w*|abnormal\\w*|noisy|irregular|gasping|snoring|gurgling)|gasping|agonal|not breathing( normally| properly)?");

    /** Drink spiking: sedatives can stop breathing within hours; get medical help now (NHS, Spiking). */
    static final Concept SPIKED = phrase(
            "(drink|drinks) (was |were |got |has been |had been |might have been |may have been )?spiked|spiked (my |her |his |their )?drinks?|(drink|drinks) spiking");

    /**
     * Palpitations with fainting or nearly fainting: a possible arrhythmia (NICE CKS Palpitations:
     * admit if associated with syncope; ESC 2018 Guidelines on syncope: syncope with palpitations is
     * a high-risk feature).
     */
    static final Concept PALPITATIONS = phrase(
            "palpitation\\w*|heart (is |was |keeps |kept )?(racing|pounding|fluttering|skipping|thumping|beating (very |really |so )?fast)|racing heart|fast heart ?beat|dhadkan (\\S+ )?(tez|badh\\w*)|धड़कन (बहुत )?(तेज़|तेज|बढ़)\\S*"
                    + "|dil (\\S+ ){0,2}(tez|zor|jor|ज़ोर|तेज़|तेज) (se )?(dhadak|dhadhak|धड़क)\\S*|दिल (\\S+ ){0,2}(तेज़|तेज|ज़ोर) (से )?धड़क\\S*");
    /**
     * Cold, clammy hands and feet with a low blood pressure: shock (NICE NG51 Sepsis,
     * high-risk criteria: mottled or ashen, systolic BP 90 or less; Resuscitation Council UK, ABCDE).
     */
    static final Concept COLD_EXTREMITIES = phrase(
            "(hands|feet|hands and feet|arms and legs|skin|haath|haath pair|pair|हाथ|हाथ पैर) (\\S+ )?(are |is |feel |went |gone )?(ice cold|very cold|cold and clammy|clammy|thande|thanda|ठंडे)"
                    + "|(ice cold|cold clammy|cold and clammy|clammy) (hands|feet|hands and feet|skin)|(thande|ठंडे) (haath|pair|haath pair|हाथ|पैर|हाथ पैर)");
    static final Concept LOW_BP = phrase("(bp|blood pressure|pressure|बीपी) (\\S+ )?(is |has )?(very |bahut |बहुत |really |too |dangerously )?(low|gir|kam|down|dropped|dropping|कम|गिर|लो)\\S*");
    /** Nearly fainting: with palpitations, emergency admission (NICE CKS Palpitations, 2020: palpitations with syncope or presyncope). */
    static final Concept PRESYNCOPE = phrase(
            "dizzy|dizziness|lightheaded|light headed|chakkar|चक्कर|(feel|feeling|felt) (like )?(i am going to |im going to |i might |going to )?faint\\w*");
    static final Concept SYNCOPE = phrase(
            "fainted|faint|fainting|passed out|blacked out|collapsed|nearly fainted|almost fainted|behosh\\w*|बेहोश\\S*");

    /**
     * An infection with a new altered mental state, a high-risk criterion for sepsis (NICE NG51
     * Sepsis, 2016, updated 2024: objective evidence of new altered mental state).
     */
    static final Concept INFECTION = phrase(
            "infection|infected|uti|urine infection|urinary infection|chest infection|kidney infection|pneumonia|cellulitis"
                    + "|scrub typhus|typhoid|malaria|dengue|leptospirosis|tuberculosis|tb|chikungunya");
    static final Concept ALTERED_MENTAL_STATE = phrase(
            "(very|unusually|abnormally|extremely) (drowsy|sleepy)|hard to wake|confused|muddled|delirious|not making (any )?sense|not (himself|herself|themselves)");

    /**
     * A blow to the eye with loss of vision: a possible globe injury or bleed in the eye (NICE CKS
     * Corneal superficial injury and Red eye: same-day ophthalmology after high-velocity trauma or
     * with reduced vision).
     */
    static final Concept EYE_TRAUMA = phrase(near("eye|eyes|aankh|ankh|आँख|आंख",
            "hit|struck|poked|punched|injur\\w*|ball|stick|chot|चोट", 4));
    /** Blood inside the eye after a blow: hyphaema (RCOphth, NICE CKS Eye injuries: same-day eye casualty). */
    static final Concept BLOOD_IN_EYE = phrase("(eye|eyes) (is |are )?(full of|filled with) blood|blood (in|inside) (the |his |her |my )?(front of the )?eyes?|hyphaema|hyphema"
            + "|(aankh|ankh|aankhon|आँख) (mein|me|में) (\\S+ )?(khoon|खून) (bhar|aa|jam|भर)\\S*|(khoon|खून) (bhar|jam|भर) (gaya|gayi|गया) (aankh|ankh|aankhon|आँख)\\S*");
    static final Concept VISION_LOSS = phrase(
            "(cant|cannot|can not|" + UNABLE_TO + ") see|blurred vision|blurry vision|vision (\\w+ )?(blurred|blurry|gone|reduced|lost|dark)|lost (my |his |her |the )?(vision|sight)|blind(?!s(?!\\w))\\w*|dikhai (nahi|nahin) de|dikh (nahi|nahin) (raha|rahi|rahe)|दिख नहीं (रहा|रही)|(see|seeing|sees) only (a )?blur\\w*|everything (is |looks )?(blurry|blurred)|दिखाई नहीं");

    /** Skin features with faintness or collapse: anaphylaxis (Resuscitation Council UK, Emergency treatment of anaphylaxis, 2021). */
    static final Concept HIVES = phrase("hives|urticaria|welts|itchy (red )?rash all over|rash all over (my |his |her )?body|pitti|पित्ती");
    static final Concept CIRCULATION_FAILING = phrase("faint\\w*|collapsed|passed out|dizzy|lightheaded|light headed|chakkar|चक्कर|behosh|बेहोश");

    /**
     * Scorpion sting: in India the red scorpion's venom causes an autonomic storm (sweating,
     * vomiting, racing heart) and pulmonary oedema; prazosin early (MoHFW Standard Treatment
     * Guidelines, Scorpion sting envenomation; Bawaskar and Bawaskar, BMJ 2011).
     */
    static final Concept SCORPION_STING = phrase(
            "scorpion|scorpions|bichhu|bichchu|bicchu|बिच्छू|बिच्छु");

    /** A threat to kill or harm others, or a weapon: call the emergency services (NICE NG10 Violence and aggression). */
    static final Concept RISK_TO_OTHERS = phrase(
            "(threaten\\w*|going|wants?|trying|says he will|says she will) (to )?(kill|hurt|stab|attack|shoot) (people|someone|somebody|everyone|us|me|him|her|them|my \\w+|his \\w+|her \\w+)"
                    + "|(has|holding|waving|carrying|grabbed|picked up) a (knife|gun|weapon|machete|axe|sickle)(?! (cut|wound|injury|injuries))"
                    + "|maar (dalunga|daalunga|dunga|dalegi|dalega|dega|degi)|jaan se maar\\w*"
                    // burning a wife alive is a known form of domestic homicide in India
                    + "|(threaten\\w*|going|wants?|trying|says he will|says she will) (to )?(burn|set fire to) (me|her|him|us|them)|poured (kerosene|petrol|diesel|oil) (on|over)|(mitti ka tel|kerosene|petrol) (daal|dal|chhidak)\\S*"
                    + "|voices? (\\w+ ){0,4}(kill|hurt|harm|attack) (him|her|them|people|someone|my \\w+)"
                    + "|(awaaz|awaazein|awazein|आवाज़ें|आवाजें) (\\S+ ){0,4}(maar do|maar dalo|maar daalo|kaat do|khatam kar do|मार दो|मार डालो)"
                    + "|(sabko|sab ko|usko|unko|kisi ko|सबको) (\\S+ )?maar (du|dun|doon|dunga|dungi|dalu|dalun|dalunga|dalungi|do|dalo)");

    /** An object pushed into the nose or breathed in, with noisy breathing or choking (NICE CKS, Foreign body in the airway). */
    static final Concept FOREIGN_OBJECT = phrase(near("bead|coin|peanut|nut|toy|seed|marble|button|stone|pea|grape|sweet|candy|toffee|chana|moongfali|small (object|part|piece)|piece of (food|apple|meat|chicken|sweet|toy)|sikka|सिक्का|dana|daana|moti|beej|दाना",
            "nose|nostril|throat|windpipe|lung|inhaled|breathed in|stuck|swallowed|nigal\\w*|nigl\\w*|निगल\\S*|naak|nak|नाक|gale|गले", 4));
    /**
     * Choking with an ineffective cough, a child who cannot speak, cry or breathe: severe airway
     * obstruction (Resuscitation Council UK, Paediatric and Adult basic life support 2021: call for
     * help at once and give back blows).
     */
    static final Concept CHOKING = phrase("chok\\w*|(something|food|\\w+) (is )?stuck in (his|her|my|their|the) (throat|windpipe)|(gale|gala) (mein|me|main) (\\S+ ){0,2}(atak|phas|fas)\\S*|गले में (\\S+ ){0,2}(अटक|फंस|फँस)\\S*");
    static final Concept AIRWAY_BLOCKED = phrase(
            "(cant|cannot|can not|" + UNABLE_TO + "|couldnt|could not|not) (speak|talk|cry|crying|breathe|breathing|cough|coughing|make a sound|make any sound)|silent cough|(turning|going|gone|went) (blue|purple)|blue (lips|face)"
                    + "|(bol|ro|saans le) (nahi|nahin) (pa|paa|sak)\\S*|(बोल|रो|सांस ले|साँस ले) (नहीं|नही) (पा|सक)\\S*");
    static final Concept BREATHING_NOISE = phrase(
            "(breathing|breathes|breath\\w*) (\\w+ )?(noisily|noisy|whistl\\w*|wheez\\w*)|noisy breathing|wheez\\w*|chok\\w*|(struggling|hard|difficult) to breathe|coughing (non ?stop|a lot|and coughing)"
                    + "|(saans|sans|saas|सांस|साँस) (\\S+ ){0,2}(dikkat|takleef|taklif|mushkil|ruk|awaaz|awaz|aawaz|दिक्कत|तकलीफ|मुश्किल|रुक|आवाज़)\\S*|seeti|सीटी|ghar ?ghar|घरघर\\S*");

    /** Vomiting with fluids not kept down and dizziness or no urine: dehydration needing fluids in hospital (NICE CKS Gastroenteritis: admit if severely dehydrated or unable to keep fluids down). */
    static final Concept CANT_KEEP_FLUIDS = phrase(
            "(cant|cannot|can not|couldnt|could not|" + UNABLE_TO + ") keep (any )?(water|fluids?|liquids?|drinks?|anything|food or water|even water) down|vomit\\w* (up )?(everything|even water|all fluids)");
    static final Concept DEHYDRATION_SIGN = phrase(
            "dizzy|dizziness|faint\\w*|lightheaded|light headed|(no|not) (passed )?(urine|pee|wee)|not peed|very weak|chakkar|चक्कर"
                    + "|(peeing|passing urine|passing water|weeing) (very )?little|(very )?little (urine|pee|wee)|hardly (any )?(urine|peeing|pee)|hardly passed (any )?urine");

    /** A known aneurysm with pain or fainting: possible rupture (NICE NG156 Abdominal aortic aneurysm: immediate transfer). */
    static final Concept ANEURYSM = phrase("aneurysm|aneurism|aaa");
    static final Concept RUPTURE_SIGN = phrase("pain\\w*|ache|faint\\w*|collapsed|passed out|dizzy");

    /** A suddenly cold, pale or blue, painful limb: acute limb ischaemia (NICE CG147 Peripheral arterial disease: emergency referral). */
    static final Concept COLD_PALE_LIMB = phrase(near("leg|legs|foot|feet|arm|hand",
            "cold|blue|white|pale|mottled", 4));

    /** Restricting food with fainting: a medical emergency in an eating disorder (RCPsych CR233, Medical emergencies in eating disorders, 2022). */
    static final Concept STARVING = phrase(
            "starv\\w* (myself|himself|herself)|not eating (for|in) (days|weeks)|anorexi\\w*|eating disorder|bulimi\\w*"
                    + "|(hasnt|hadnt|havent|has not|have not|not) eaten (anything |properly |much )?(for|in) (days|weeks|\\d+ days|a week)|(very|so|dangerously|extremely) (thin|skinny|underweight)|skin and bones");

    /** Puffy eyes with red, brown or little urine in a child: acute nephritis (NICE CKS Haematuria; same-day paediatric assessment for oedema, hypertension or oliguria). */
    static final Concept PUFFY_EYES = phrase(
            "(swelling|swollen|puffy|puffiness) (\\w+ ){0,2}(around|of|under) (his |her |my |the )?eyes|puffy (eyes|face)|(eyes|face) (is |are |look |looks )?(swollen|puffy)");
    static final Concept NEPHRITIC_URINE = phrase(
            "(red|brown|cola|bloody) (coloured |colored )?(urine|pee|wee)|blood in (his |her |my |the )?(urine|pee|wee)|(passing|passed|making|doing) (very )?little (\\w+ )?(urine|pee|wee)|hardly (passing|peeing|weeing)");

    /** Itching of the palms and soles in pregnancy: obstetric cholestasis (RCOG Green-top Guideline 43, 2022: bile acids within days). */
    static final Concept PALM_SOLE_ITCH = phrase(
            "itch\\w* (\\w+ ){0,3}(palms|soles|hands and feet|hands and soles|feet and hands)|(palms|soles|hands and feet) (\\w+ ){0,2}itch\\w*");

    /** Wild mushrooms, datura, oleander: plants that poison hours later (NPIS TOXBASE; Government of India STG, Poisoning). */
    static final Concept TOXIC_PLANT = phrase(near("ate|eaten|eating|drank|drunk|had|swallowed|chewed|kha|khaya|khaaya|खाया",
            "wild mushrooms?|mushrooms? (from|in|we|i|he|she) (\\w+ ){0,2}(picked|found|forest|garden|field)|toadstools?|poisonous (mushrooms?|berries|plant)|dhatura|datura|oleander|kaner|yellow oleander|castor (seeds?|beans?)|rosary pea", 4));

    /** Carbon monoxide: a headache, sickness or drowsiness near a fire, heater or alarm, often several people at once (NICE CKS Carbon monoxide poisoning: A&E, high-flow oxygen). */
    static final Concept CARBON_MONOXIDE = phrase(
            "carbon monoxide|co alarm|co detector|gas (heater|leak)|angithi|angeethi|sigri|anghiti|charcoal (stove|heater|brazier|fire)|coal (stove|fire|heater) (in|inside) (the |a )?(room|closed room)|(sleeping|slept) (\\w+ ){0,3}(coal|charcoal|kerosene|gas|wood) (heater|stove|burner|fire)( on| burning)?|(closed|shut) room with (a )?(fire|heater|stove|angithi)");
    static final Concept CO_SYMPTOM = phrase(
            "headaches?|sick|nause\\w*|vomit\\w*|dizzy|drowsy|sleepy|confused|collapsed|faint\\w*|unconscious|behosh|chakkar");

    /** Fever during chemotherapy: neutropenic sepsis until shown otherwise (NICE CG151/NG151 Neutropenic sepsis: assess in hospital immediately). */
    static final Concept CHEMOTHERAPY = phrase(
            "chemo\\w*|कीमो\\S*|on cancer treatment|cancer treatment|neutropeni\\w*|low (white cell|white blood cell|neutrophil) count");

    /** Stimulants with agitation, sweating, a racing heart or chest pain (NICE CKS; RCEM toxicology: sympathomimetic toxicity). */
    static final Concept STIMULANT = phrase("ecstasy|mdma|cocaine|amphetamine\\w*|meth|methamphetamine|crystal meth");
    static final Concept STIMULANT_SIGN = phrase(
            "shak\\w*|trembl\\w*|sweat\\w*|heart (\\w+ )?(racing|pounding|beating fast)|palpitation\\w*|chest pain|(very )?hot|overheat\\w*|confus\\w*|fit|fits|seizure\\w*|agitat\\w*|paranoi\\w*");

    /** Vomiting with a swollen, tight belly: bowel obstruction (NICE CKS; RCS commissioning guide, emergency general surgery). */
    private static final String VOMITING_WORDS = "vomit\\w*|throwing up|being sick|ulti|उल्टी";
    static final Concept VOMITING = phrase(VOMITING_WORDS);
    static final Concept DISTENDED_ABDOMEN = phrase(
            "(belly|tummy|abdomen|stomach) (is |feels |looks )?(very |so )?(swollen|distended|bloated) (and )?(tight|hard)|distended (belly|abdomen|tummy|stomach)|(belly|tummy|abdomen|stomach) (is |feels )?(swollen and |bloated and )?(tight as a drum|hard and swollen)");

    static final Concept SWOLLEN_BELLY = phrase(
            "(belly|tummy|abdomen|stomach) (is |feels |looks |has |getting )?(very |so )?(swollen|distended|bloated|big|swelling up)|swollen (belly|tummy|abdomen|stomach)|pet (phool|fool|phul)\\w*|पेट फूल\\S*");

    /** A lot of blood from the back passage, or with faintness (NICE CKS Rectal bleeding: emergency admission if haemodynamically unstable). */
    static final Concept RECTAL_BLEEDING = phrase(
            "bleeding from (my |his |her |the )?(back passage|bottom|rectum|anus|behind)|rectal bleeding|blood (from|out of) (my |his |her |the )?(back passage|bottom|rectum|anus)");
    static final Concept HEAVY_OR_FAINT = phrase(
            "a lot|lots|heavy|heavily|clots|pouring|faint\\w*|dizzy|collapsed|passed out|lightheaded|chakkar");

    /** Pills taken and now not responding normally. */
    static final Concept TOOK_PILLS = phrase(
            "(took|taken|swallowed|ate) (some|a few|the|his|her|my|a lot of|many)? ?(\\w+ )?(pills|tablets|tabs|meds|medicines?)"
                    + "|(goli|goliyan|goliyaan|tablet|tablets|dawai|dawa|गोली|गोलियां|गोलियाँ|दवा|दवाई) (kha|khaa|le|nigal|खा|ले|निगल) (li|lee|liya|liye|ली|लिया|लीं)");
    static final Concept NOT_RESPONDING_NORMALLY = phrase(
            "(wont|will not|doesnt|does not|cant|cannot|isnt|is not|not) (talk|talking|speak|speaking|respond\\w*|wake|waking|answer\\w*)|very (drowsy|sleepy|confused)|slurr\\w*|unconscious"
                    + "|(uth|utth|jag|jaag|bol) (nahi|nahin) (raha|rahi|rahe|pa)\\S*|hosh (nahi|nahin)|होश (नहीं|नही)|(उठ|जाग|बोल) (नहीं|नही) (रहा|रही|पा)\\S*");

    /** Breathless lying flat: acute heart failure (ESC 2021 Guidelines for heart failure: orthopnoea, oedema). */
    /**
     * Recently given birth: up to six weeks after, pre-eclampsia and eclampsia can still come
     * (NICE NG133 1.6), and sepsis is a leading direct cause of maternal death (MBRRACE-UK; RCOG
     * Green-top Guideline 64b, Bacterial sepsis following pregnancy: a fever after birth needs
     * hospital assessment; NICE NG51 counts the six weeks after birth as higher risk).
     */
    static final Concept POSTPARTUM = phrase(String.join("|",
            "post ?partum|post ?natal|after (the |my |her )?(delivery|c section|caesarean|cesarean)|since (the |my |her )?(delivery|c section|caesarean)|since giving birth",
            "just (gave birth|delivered|had (a |my |the |her )?baby)|since (my |the |her |our )?baby (was )?born|since the birth",
            "(gave birth|delivered|had (a |my |the |her )?baby|c section|caesarean|cesarean|delivery) (\\w+ ){0,3}((\\d+|a|an|one|two|three|four|five|six|few|couple of) (days?|weeks?)|(a|one|1) month) ago",
            // the six weeks after birth, in the Hindi order: "ek mahine pehle delivery hui", "10 din pehle bachcha hua"
            "((\\d+|ek|do|teen|char|paanch|chhe|kuch|एक|दो|तीन|चार|पांच|पाँच|छह|कुछ) (din|dino|hafte|hafta|दिन|हफ्ते|हफ़्ते)|(ek|1|एक) (mahina|mahine|महीना|महीने)) (pehle|pahle|पहले) (\\S+ ){0,2}(delivery|dilivery|prasav|bachcha|baccha|bachha|baby|डिलीवरी|प्रसव|बच्चा)",
            "(gave birth|delivered|had (a |my |the |her )?baby) (\\w+ ){0,2}(yesterday|last week|this week|recently)",
            "(\\d+|a|an|one|two|three|four|five|six|few|couple of) (days?|weeks?) (after|since) (giving birth|the birth|(my |the |her )?delivery|having (the |my |her )?baby|(my |the |her )?(c section|caesarean))",
            "(delivery|prasav|dilivery|bachha hone|baccha hone|baby hone) ke (\\S+ ){0,2}baad|डिलीवरी के (\\S+ ){0,2}बाद|प्रसव के (\\S+ ){0,2}बाद"));

    /** Dialysis missed, with weakness, palpitations or breathlessness: high potassium or fluid overload (UK Kidney Association, Treatment of acute hyperkalaemia in adults, 2020). */
    static final Concept MISSED_DIALYSIS = phrase(String.join("|",
            near("dialysis|haemodialysis|hemodialysis|डायलिसिस", "missed|skipped|miss|chhoot\\w*|chhut\\w*|छूट\\S*|(didnt|did not|couldnt|could not|cant|cannot|havent|have not|not) (go|gone|get|got|make it|had|been)", 6)));
    static final Concept HYPERKALAEMIA_SIGN = phrase(
            "weak\\w*|heart (\\w+ ){0,2}(skipping|racing|pounding|irregular|fluttering|slow)|palpitation\\w*|breathless\\w*|short of breath|(cant|cannot) breathe"
                    + "|swollen|swelling|chest pain|confus\\w*|drowsy|numb\\w*|tingl\\w*|(cant|cannot) (move|walk|stand)|collapsed|faint\\w*"
                    + "|(saans|sans|सांस|साँस) (\\S+ )?(phool|fool|ukhad|dikkat|फूल)\\S*|kamzori|कमज़ोरी|कमजोरी|dhadkan|धड़कन|sujan|सूजन|behosh\\S*|बेहोश\\S*");

    /**
     * Immune system suppressed by a transplant's drugs, long-term steroids, other immunosuppressants
     * or a missing spleen: a fever can be a fast, severe infection (NICE NG51 Sepsis, 1.1: impaired
     * immune function is a risk factor; BCSH 2011 guideline on the prevention and treatment of
     * infection in patients with an absent or dysfunctional spleen: fever is an emergency; BSR
     * 2017 DMARD guideline: fever on methotrexate needs an urgent blood count).
     */
    static final Concept IMMUNOSUPPRESSED = phrase(
            "transplant\\w*|immunosuppress\\w*|immunocompromised|tacrolimus|cyclosporin\\w*|ciclosporin|mycophenolate|azathioprine|methotrexate|rituximab|infliximab|adalimumab|biologic (drug|medicine|injection|treatment)s?"
                    + "|(long term|long time|high dose|daily) (oral )?(steroids?|prednisolone|prednisone)|no spleen|spleen (was )?removed|splenectomy|asplenia");

    /**
     * Yellow eyes or skin with a fever: cholangitis (Tokyo Guidelines 2018: fever and jaundice),
     * severe malaria (WHO Guidelines for malaria 2023: jaundice is a criterion of severe malaria),
     * leptospirosis (NCDC India, Guidelines for prevention and control of leptospirosis 2015: Weil's
     * disease) or acute hepatitis: hospital assessment today. "Yellow" alone is not jaundice here:
     * yellow phlegm with a fever is a chest infection.
     */
    static final Concept JAUNDICE_SIGN = phrase("yellow urine|" + JAUNDICE_WORDS);

    /**
     * Alcohol withdrawal with hallucinations, confusion or a fit: delirium tremens (NICE CG100
     * Alcohol-use disorders: physical complications, 1.1.3: admit people in acute withdrawal with,
     * or at high risk of, seizures or delirium tremens).
     */
    static final Concept ALCOHOL_WITHDRAWAL = phrase(String.join("|",
            "alcohol withdrawal|withdrawal from (alcohol|drink\\w*)|delirium tremens|dts|(heavy|daily) drink\\w*|drinking (heavily|a lot|every day|daily)|drink (heavily|a lot|every day|daily)|alcoholic",
            near("drink\\w*|alcohol|booze|daru|sharab|liquor|whisky|vodka", "stopped|quit|gave up|(havent|have not|hasnt|has not|not) (had|drunk|touched)|last drink|withdraw\\w*|chhod\\w*|chod\\w*", 5)));
    static final Concept WITHDRAWAL_DANGER = phrase(
            "hallucinat\\w*|seeing (things|insects|bugs|spiders|snakes|people|animals)|hearing (things|voices)|(insects|bugs|spiders) (\\w+ ){0,3}(crawling|on the wall|on me)|confus\\w*|fit|fits|seizure\\w*|fitting|not making sense|delirious"
                    + "|(cheezein|cheezen|cheeze|cheezon|keede|kide|log) (\\w+ )?dikh (rahi|rahe|raha)|dikh (raha|rahi|rahe) (\\S+ )?jo (nahi|nahin) (hai|hain)|awaa?zein? sun\\w*|(चीज़ें|चीजें|कीड़े) दिख\\S*|आवाज़ें सुन\\S*|daura|दौरा");

    /**
     * A swollen neck, jaw or floor of the mouth with trismus or inability to swallow: a spreading
     * dental or deep neck infection that can close the airway (NICE CKS Dental abscess, 2023: admit
     * with trismus, floor-of-mouth swelling or difficulty swallowing or breathing; NICE NG84: quinsy).
     */
    static final Concept NECK_OR_JAW_SWELLING = phrase(
            "(neck|jaw|face|cheek|chin|throat|under (my |his |her )?(tongue|chin|jaw)) (is |are |has |got |gone |became |getting )*(very |really |so )?(swollen|swelling|puffed up|puffy)|swollen (neck|jaw|face|cheek|chin|throat)|swelling (in|of|under|on) (my |his |her |the )?(neck|jaw|chin|tongue|face|cheek)"
                    + "|(gardan|gala|jabda|jabde|galaa|गर्दन|गला|जबड़ा) (\\S+ )?(suji|sooji|suja|sooja|sujan|soojan|phool|सूजी|सूजा|सूजन|फूल)\\S*");
    static final Concept SPREADING_INFECTION_SIGN = phrase(
            "(muh|munh|मुँह|मुंह) (nahi|nahin|नहीं) (khul|खुल)\\S*|(nigal|निगल) (nahi|nahin|नहीं) (pa|paa|sak|पा|सक)\\S*|(cant|cannot|can not|" + UNABLE_TO + ") (open (my |his |her |the )?mouth|swallow\\w*)|difficulty (swallowing|opening (my |his |her |the )?mouth|breathing)|trismus|drool\\w*|(cant|cannot) breathe");

    /**
     * A blow to the belly with worsening pain, pallor, faintness or vomiting: a bleed from the spleen,
     * liver or bowel (NICE NG39 Major trauma, 2016; ATLS 10th edition, blunt abdominal trauma).
     */
    static final Concept ABDOMINAL_BLOW = phrase(String.join("|",
            "(hit|kicked|punched|struck|injured|hurt|elbowed|kneed) (\\w+ ){0,6}(in|on|to) (the |his |her |my |their )?(tummy|belly|stomach|abdomen|ribs)",
            "(blow|injury|kick|punch|knock) (to|in|on) (the |his |her |my |their )?(tummy|belly|stomach|abdomen)",
            "handlebars? (\\w+ ){0,4}(tummy|belly|stomach|abdomen)|(tummy|belly|stomach|abdomen) (\\w+ ){0,4}handlebars?",
            "(pet|पेट) (mein|me|pe|par|में|पर) (\\S+ )?(chot|mukka|laat|चोट)"));
    static final Concept ABDOMINAL_INJURY_SIGN = phrase(
            "pale|faint\\w*|dizzy|(bad|severe|terrible|worse|worsening|very bad|getting worse|a lot of|lots of) pain|pain (is )?(getting )?worse|vomit\\w*|blood in (the |his |her |my )?(urine|pee|wee)|shoulder (tip )?pain"
                    + "|(tummy|belly|abdomen|stomach) (is )?(swollen|hard|rigid|tender|bloated)|collapsed|sweat\\w*|cold and clammy"
                    + "|(andar|अंदर) (se |से )?(khoon|खून)|behosh\\S*|बेहोश\\S*|chakkar|चक्कर|(pet|पेट) (\\S+ )?(phool|fool|sakht|फूल)\\S*|(tez|bahut tez|तेज़) dard|ulti|उल्टी");

    /** Red-currant-jelly stool, or legs drawn up with vomiting, in a young child: intussusception (NICE CKS; APLS): emergency department. */
    static final Concept JELLY_STOOL = phrase(
            "(red ?currant|redcurrant) jelly|(red|bloody) jelly (\\w+ ){0,3}(nappy|diaper|stool|stools|poo|potty)|(nappy|diaper|stool|stools|poo|potty) (\\w+ ){0,4}(red|bloody) jelly|jelly (like )?(blood|stool|poo)|blood and (mucus|slime) in (his |her |the )?(nappy|diaper|stool|poo)");
    static final Concept LEGS_DRAWN_UP = phrase("(drawing|pulling|pulls|draws|drew|pulled|brings|bringing) (his |her |their )?(legs|knees) up|(legs|knees) (up )?to (his |her |their )?(chest|tummy)");

    /** A kidney stone with a fever: an obstructed, infected kidney (NICE NG118 Renal and ureteric stones, 2019, 1.1.1: refer immediately). */
    static final Concept KIDNEY_STONE = phrase("kidney stones?|renal (stones?|colic)|ureteric (stones?|colic)|stone (in|pain) (my |his |her |the )?(kidney|ureter|tube)|pathri|पथरी");

    /**
     * Urinary symptoms with a fever and loin pain or rigors: pyelonephritis (NICE NG111, 2018):
     * within 24 h; with vomiting (oral antibiotics may not stay down) or with faintness, a sign of
     * sepsis (NG111 1.1.6: refer if sepsis is suspected; NICE NG51), hospital.
     */
    static final Concept URINARY_SYMPTOM = phrase(
            "(burning|pain|stinging|hurts) (\\w+ ){0,2}(when |while )?(i |he |she )?(pee|peeing|wee|weeing|urinat\\w*|passing urine|pass urine)|uti|urine infection|urinary (tract )?infection|bladder infection|water infection|(burning|painful|stinging) (urine|urination)"
                    + "|(peshab|pishab|peshaab) (karne )?(mein|me|main|par) (jalan|dard)|पेशाब (में|करने में|के समय) (जलन|दर्द)");
    /** Rigors: with urinary symptoms and a fever, an upper urinary tract infection (NICE NG111 Pyelonephritis (acute), 2018). */
    static final Concept RIGORS = phrase("rigou?rs|shivering|shaking (chills|all over)|chills|(kaanp|kanp|kamp)\\w*|kapkapi|thand (lag|lagna)\\S*|कांप\\S*|काँप\\S*|कंपकंपी|ठंड लग\\S*");
    static final Concept LOIN_PAIN = phrase(
            "(back|side|flank|loin|kidney) (pain|ache)|pain (in|on) (my |his |her |the )?(lower )?(back|side|flank|loin)|kamar (mein |me |main )?dard|कमर (में )?दर्द");

    /** Pain far worse than the skin looks, or skin going dark: necrotising fasciitis (NICE CKS Cellulitis, 2023; NICE NG141). */
    static final Concept PAIN_OUT_OF_PROPORTION = phrase(
            "pain (is )?(much |far |way |a lot )?(worse|more|bigger) than (it looks|the wound looks|the skin looks|expected)|(much |far |way )?(worse|more painful) than it looks|pain out of proportion"
                    + "|(skin|wound|leg|arm) (is |has )?(going|turning|gone|turned) (dark|black|purple|grey|gray|dusky)|crackling under the skin");

    /** Injecting drugs with a fever: sepsis, endocarditis, a deep abscess (NICE NG51: intravenous drug use is a sepsis risk factor). */
    static final Concept INJECTING_DRUGS = phrase(
            "(injected|inject|injecting|injects|shooting|shoot|shot) (\\w+ ){0,2}(drugs|heroin|brown sugar|smack|speed|meth)|(drugs|heroin) (by )?inject\\w*|iv drug\\w*|intravenous drug\\w*|injecting drug\\w*|shooting up|drug injection");

    /** Ischaemic priapism over 4 hours (EAU Guidelines on sexual and reproductive health, priapism, 2022; BAUS): emergency department. */
    static final Concept PRIAPISM = phrase(
            "priapism|(erect\\w*|erection|hard) (\\w+ ){0,3}(for|over|more than|lasting|since) (([4-9]|\\d\\d)|four|five|six|seven|eight|nine|ten|twelve|several|many) (hours|hrs)|erection (that )?(wont|will not|doesnt|does not|has not|hasnt|still hasnt) go(ne)? (down|away)");

    /** Addison's or other adrenal insufficiency with vomiting, diarrhoea or collapse: adrenal crisis (NICE NG243 Adrenal insufficiency, 2024; Society for Endocrinology adrenal crisis guidance, 2020). */
    static final Concept ADRENAL_INSUFFICIENCY = phrase(
            "addisons|addison disease|addisons disease|adrenal (insufficiency|crisis|failure)|hypoadrenal\\w*|congenital adrenal hyperplasia|steroid dependent|hypopituitar\\w*|(on|take|takes|taking) hydrocortisone(?! (cream|ointment|lotion|skin|eye|ear|suppositor\\w*|1))|hydrocortisone (tablets|dependent)");
    static final Concept ADRENAL_CRISIS_SIGN = phrase(
            "vomit\\w*|throwing up|being sick|diarrh\\w*|(cant|cannot|can not|couldnt|could not|" + UNABLE_TO + ") keep (my |his |her )?(steroids?|tablets|pills|medicines?|medication|hydrocortisone|anything) down|collapsed|faint\\w*|very weak|dizzy|confus\\w*|drowsy|ulti|dast");

    /** Sickle cell disease with a fever, chest pain, breathlessness, a crisis or neurological signs (NICE CG143 Sickle cell disease, 2012; BSH acute chest syndrome guideline, 2015). Not the trait. */
    static final Concept SICKLE_CELL = phrase("sickle cell(?! trait)( disease| anaemia| anemia)?|sickler|hbss");
    static final Concept SICKLE_DANGER = phrase(FEVER_WORDS
            + "|chest pain|pain in (my |his |her |the )?chest|breathless\\w*|short of breath|(pain )?crisis|severe pain|(very )?bad pain|weak\\w*|numb\\w*|(cant|cannot) (move|speak|walk)|slurr\\w*|priapism|erection|very pale|yellow");


    /** Sudden double vision, or sudden vertigo with unsteadiness: a posterior circulation stroke (NICE NG128 Stroke, 2019/2022: BE-FAST balance and eyes). */
    static final Concept DIPLOPIA = phrase("double vision|seeing double|see double|seeing two of everything|do (dikh|dikhai)|दो दिख");
    static final Concept VERTIGO = phrase("spinning|vertigo|dizz\\w*|chakkar|चक्कर");
    static final Concept ATAXIA = phrase(
            "(cant|cannot|can not|couldnt|" + UNABLE_TO + ") (walk|stand) (straight|properly|without falling|up straight)|(lost|losing|lose) (my |his |her )?balance|staggering|stumbling|unsteady|falling to one side|veering|walking like (i am|im|he is|she is) drunk");

    /** Temple pain or a new headache from 50 with jaw pain on chewing or vision change: giant cell arteritis (BSR guideline 2020; NICE CKS Giant cell arteritis: visual symptoms → same-day ophthalmology). */
    static final Concept TEMPLE_PAIN = phrase(
            "(pain|ache|tender\\w*|sore|soreness|throbbing) (\\w+ ){0,3}(in |on |at |over )(my |his |her |the )?(temples?|temple area)|temples? (\\w+ ){0,2}(pain\\w*|ache\\w*|tender\\w*|sore|hurt\\w*)"
                    + "|scalp (is )?(tender|sore|painful) (when|to)|jaw (pain|ache|hurts) (when|while) (chewing|eating)|temporal arteritis|giant cell arteritis");

    /** Blood thinners with bleeding: an INR or dose check today; bleeding in the urine, stool or vomit or coughed up, an emergency (NICE CKS Anticoagulation - oral, 2023: major bleeding → admit). */
    static final Concept MINOR_BLEEDING = phrase(
            "(gums?|nose) (are |is |keep |keeps )?bleed\\w*|bleeding (gums|nose|from (my |his |her |the )?(gums|nose))|nose ?bleeds?|bruis\\w* (all over|everywhere|easily|without)|(lots of|many|big) bruises");
    static final Concept MAJOR_BLEEDING = phrase(
            "(peeing|passing|pee|urine|wee|urinating) (\\w+ )?blood|blood in (my |his |her |the )?(urine|pee|wee|stools?|poo|vomit|sick)|blood(y)? (urine|pee|stools?|poo)|red (urine|pee)|black (stools?|poo)|vomit\\w* (up )?blood|cough\\w* (up )?blood");

    /** Diarrhoea or vomiting with faintness on standing or unable to stand: severe dehydration (NICE CKS Gastroenteritis: admit if severely dehydrated). */
    static final Concept GASTROENTERITIS = phrase("diarrh\\w*|loose (motions?|stools?)|dast|दस्त|" + VOMITING_WORDS);
    static final Concept CANT_STAND_FAINT = phrase(
            "(dizzy|faint\\w*|lightheaded|light headed) (\\w+ ){0,3}(cant|cannot|can not|couldnt|could not|" + UNABLE_TO + ") (stand|get up|walk)|(cant|cannot|can not|unable to) (stand|get up|walk) (\\w+ ){0,3}(dizzy|faint\\w*|lightheaded)"
                    + "|faint\\w* (when|whenever|every time|if) (i |he |she )?(stand|get up|sit up)|collapsed|passed out"
                    + "|(cant|cannot|can not|couldnt|unable to|not able to) (stand|stand up|get up|get out of bed)(?! (the|it|this|that|him|her|them|being|anyone|people|up for))");

    /** A wound from an operation that is red, swollen, hot or discharging pus: surgical site infection, seen within 24 hours (NICE NG125 Surgical site infections, 2019). */
    static final Concept SURGICAL_WOUND = phrase(
            "(operation|surgery|surgical|op|caesarean|c section|incision|keyhole) (\\w+ ){0,3}(wound|site|scar|cut|stitches)|wound from (my |his |her |the )?(\\w+ )?(operation|surgery|op)|(stitches|staples) (from|after)");
    static final Concept WOUND_INFECTED = phrase(
            "pus|oozing|(red|hot|swollen) (and|&) (swollen|hot|red|angry)|infected|smell\\w*|discharg\\w*|opening up|came apart|coming apart");

    /**
     * Strangling or choking by another person: a marker of lethal domestic violence and a cause of
     * delayed airway and carotid injury (Training Institute on Strangulation Prevention; NICE PH50 Domestic violence and abuse); a disclosure of being hurt, for a
     * child: safeguarding today (NICE CG89/NG76 Child maltreatment).
     */
    static final Concept STRANGULATION = phrase(
            "(choked|strangled|throttled|chokes|strangles) (me|her|him|them|my \\w+)|(hands?|rope|belt|cord|arms?) (\\w+ ){0,2}(around|round) (my |her |his |their )?(neck|throat)|strangulation|gala (daba|dabaya|dabane)\\w*|गला दबा\\S*");
    static final Concept DOMESTIC_ABUSE = phrase(
            "(husband|partner|boyfriend|girlfriend|wife|ex|pati|father in law|mother in law|son) (\\w+ ){0,2}(hit|hits|beat|beats|beaten|kicked|kicks|punched|punches|slapped|slaps|hurt|hurts|burned|burnt|threatens|threatened) (me|her|him)(?! (back|arm|arms|leg|legs|knee|knees|hand|hands|foot|feet|neck|head|shoulder|ankle|wrist|finger|toe|hip|elbow|self|own)\\w*)"
                    + "|(scared|afraid|frightened) (to go|of going) (back )?home|domestic (violence|abuse)|(pati|husband) (maarta|marta|peet\\w*)");
    static final Concept CHILD_DISCLOSES_HARM = phrase(
            "(daddy|dad|father|papa|mummy|mum|mom|mother|mama|stepdad|stepfather|stepmum|stepmom|stepmother|uncle|aunt|aunty|teacher|babysitter|nanny|grandpa|grandad|mums boyfriend|moms boyfriend) (\\w+ ){0,2}(hurts|hurt|hits|hit|beats|beat|burns|burned|burnt|touches|touched|kicks|kicked|chokes|choked) (her|him|me|them)(?! (back|arm|arms|leg|legs|knee|knees|hand|hands|foot|feet|neck|head|shoulder|ankle|wrist|finger|toe|hip|elbow|self|own)\\w*)");

    /** A parent's thoughts of harming the baby or child: urgent perinatal mental health assessment (NICE CG192 Antenatal and postnatal mental health, 1.10; RCPsych, postpartum psychosis). */
    static final Concept THOUGHTS_OF_HARMING_CHILD = phrase(
            "(thoughts?|thinking|urges?|want\\w*|scared (that )?i (will|might|could)|afraid (that )?i (will|might|could)|feel like) (\\w+ ){0,2}(of |about )?(harm\\w*|hurt\\w*|kill\\w*|smother\\w*|drown\\w*|shak\\w*) (my |the |our )?(baby|newborn|infant|child|children|kids?|son|daughter)");
    static final Concept THOUGHTS_OF_HARMING = phrase(
            "(thoughts?|thinking|urges?) (of |about )(harm\\w*|hurt\\w*|kill\\w*|smother\\w*|drown\\w*) (her|him|them)");

    /** Organophosphate or carbamate pesticide exposure with cholinergic signs (Eddleston et al., Lancet 2008; Government of India STG, Poisoning): ambulance, atropine. */
    static final Concept PESTICIDE_EXPOSURE = phrase(near("sprayed|spraying|spray|exposed|exposure|splashed|inhaled|breathed|fumes|spilt|spilled|working with|chhidkav\\w*",
            "pesticides?|insecticides?|organophosphates?|keetnashak|कीटनाशक|crop spray|dawai (ka )?chhidkav", 4));
    static final Concept CHOLINERGIC_SIGN = phrase(
            "sweat\\w*|drool\\w*|salivat\\w*|(small|pinpoint|tiny) pupils|pupils (are )?(small|tiny|pinpoint)|vomit\\w*|twitch\\w*|breathless\\w*|short of breath|wheez\\w*|diarrh\\w*|confus\\w*|collapsed|fit|fits|seizure\\w*|(chest )?tight\\w*|ulti|पसीना|उल्टी");

    /** Lithium or digoxin toxicity: drug level and ECG today (BNF; NICE CG185 Bipolar disorder, 1.10: lithium toxicity). */
    static final Concept LITHIUM = phrase("lithium|priadel|camcolit|lithosun");
    static final Concept LITHIUM_TOXICITY_SIGN = phrase(
            "(shak\\w*|trembl\\w*|tremor\\w*) (badly|a lot|so much|worse|severe\\w*|all over)|(bad|severe|coarse|worse|worsening) (shak\\w*|tremor\\w*|trembl\\w*)|confus\\w*|vomit\\w*|diarrh\\w*|unsteady|(cant|cannot) walk (straight|properly)|slurr\\w*|drowsy|twitch\\w*|fit|fits|seizure\\w*");
    static final Concept DIGOXIN = phrase("digoxin|lanoxin");
    static final Concept DIGOXIN_TOXICITY_SIGN = phrase(
            "yellow (vision|halos?|tinge|tint)|(seeing|see|sees|saw) (\\w+ ){0,2}(yellow|green)|halos?|blurr\\w*|vision|sick|nause\\w*|vomit\\w*|(slow|irregular) (pulse|heart\\w*)|(pulse|heart\\w*) (is )?(slow|irregular)|confus\\w*|faint\\w*|dizzy");

    /** High altitude with unsteadiness, confusion or breathlessness at rest: HACE or HAPE (Wilderness Medical Society guidelines, 2019): descend, hospital. */
    static final Concept ALTITUDE = phrase(
            "altitude|(at|above|over|reached|reach|climbed to|height of) (\\w+ )?\\d{4,5} ?(m|metres|meters|ft|feet)|ladakh|leh|everest|base camp|himalaya\\w*|(high|up) (in the )?mountains|mountain pass|trek\\w* (\\w+ ){0,3}(pass|peak|summit)");
    static final Concept ALTITUDE_DANGER = phrase(
            "(cant|cannot|can not|couldnt|" + UNABLE_TO + ") (walk|stand) (straight|properly|without falling)|unsteady|staggering|stumbling|(lost|losing) (my |his |her )?balance|confus\\w*|drowsy"
                    + "|breathless (\\w+ ){0,2}(at rest|resting|lying)|short of breath (\\w+ ){0,2}(at rest|resting)|cough\\w* (up )?(pink|froth\\w*|blood)|gurgl\\w*");

    /** Pelvic pain with a fever and discharge or pain in sex: pelvic inflammatory disease (NICE CKS PID, 2023: treat the same day). */
    static final Concept PELVIC_PAIN = phrase(
            "(lower )?(belly|tummy|abdominal|pelvic|stomach) (pain|ache|cramps?)|pain (in|on) (my |her |the )?(lower belly|lower tummy|pelvis|lower abdomen)|pain (during|with|after|in) (sex|intercourse)");
    static final Concept PID_SIGN = phrase(
            "(vaginal )?discharge|pain (during|with|after|in) (sex|intercourse)|bleeding (after|during) sex");

    /** Pain getting worse in a cast or after a limb injury, or numb or cold fingers or toes: compartment syndrome (BOA BOAST 10, 2016): emergency department. */
    static final Concept CAST = phrase("cast|plaster|splint|pop|bandage (is )?(tight|too tight)");
    static final Concept COMPARTMENT_SIGN = phrase(
            "(pain|it) (\\w+ ){0,2}(getting |is getting |becoming )?(unbearable|worse and worse|much worse|excruciating|severe)|(toes|fingers) (\\w+ ){0,2}(numb|tingl\\w*|blue|white|cold|purple|dusky)|(numb|tingling|blue|white|cold) (toes|fingers)|(cant|cannot|" + UNABLE_TO + ") (move|wiggle|feel) (my |his |her )?(toes|fingers)");

    /** A bone through the skin: an open fracture (BOA BOAST 4 Open fractures, 2017): ambulance. */
    static final Concept OPEN_FRACTURE = phrase(
            "bone (is |was )?(sticking|poking|showing|coming|come|came|broken) (out|through)|(see|seeing|can see) (the )?bone|open fracture|compound fracture|haddi (\\S+ ){0,3}bahar|हड्डी (\\S+ ){0,3}बाहर");

    /** Fainting during exercise, or with a family history of sudden death young: a cardiac cause until shown otherwise (ESC 2018 Syncope guidelines: high-risk features; NICE CG109). */
    static final Concept EXERTION = phrase(
            "while (playing|running|exercising|training|swimming|climbing|lifting|cycling|dancing)|during (exercise|sport|sports|football|cricket|a match|the match|training|a race|the race|running|gym|exertion|pe|a game)|on exertion|at the gym|(playing|running|exercising) (football|cricket|hockey|sport)");
    static final Concept FAMILY_SUDDEN_DEATH = phrase(
            "(died|death) (suddenly|unexpectedly|in (his|her|their) sleep) (\\w+ ){0,2}(young|at \\d\\d)|sudden (cardiac |unexplained )?death|died (suddenly|young) (of|from)? ?(a )?(heart|cardiac)");

    /** Weakness or numbness spreading up from the feet: Guillain-Barré syndrome (NICE CKS; Leonhard et al., Nat Rev Neurol 2019): emergency department. */
    static final Concept ASCENDING_WEAKNESS = phrase(
            "(weak\\w*|numb\\w*|tingl\\w*|pins and needles) (\\w+ ){0,8}(climbing|spreading|moving|going|creeping|rising|travelling|traveling) up|guillain|gbs");

    /** Myasthenia with weak breathing or swallowing: myasthenic crisis (Association of British Neurologists, myasthenia gravis guidelines 2015). */
    static final Concept MYASTHENIA = phrase("myasthenia\\w*|myasthenic");
    static final Concept BULBAR_OR_BREATHING = phrase(
            "breath\\w*|swallow\\w*|chok\\w*|(cant|cannot) (speak|talk)|speech|voice");

    /** An overactive thyroid with a fever and a racing heart, agitation or confusion: thyroid storm (Japan Thyroid Association/JES 2016; Burch-Wartofsky). */
    static final Concept OVERACTIVE_THYROID = phrase("graves|hyperthyroid\\w*|overactive thyroid|thyrotoxic\\w*|thyroid (is )?(overactive|high)");
    static final Concept THYROID_STORM_SIGN = phrase(
            "(heart|pulse) (\\w+ ){0,2}(racing|pounding|very fast)|palpitation\\w*|agitat\\w*|confus\\w*|restless|diarrh\\w*|vomit\\w*|delirious|collapsed");

    /** Low platelets with bleeding or a new pinprick rash (ASH 2019 ITP guideline; BSH): emergency department. */
    static final Concept LOW_PLATELETS = phrase(
            "platelets? (count )?(are |is |were |was )?(very |extremely |really )?(low|dropping|falling|down)|low platelets?|itp|thrombocytopeni\\w*");
    static final Concept PETECHIAE = phrase(
            "(red |purple |tiny |small )?(spots|dots|rash) (\\w+ ){0,2}(all over|everywhere|on (my |his |her )?(legs|arms|body|skin))|petechia\\w*|purpura|pinprick (rash|spots)");

    /** Little or no urine for a day or more: acute kidney injury or shock (NICE NG148 Acute kidney injury; NICE NG51: no urine for 18 hours). */
    static final Concept OLIGURIA = phrase(
            "(hardly|barely) (passed|passing|peed|peeing|any) (\\w+ )?(urine|pee|wee|water)( (in|for) (\\w+ )?(days?|24 hours))?|(no|very little|hardly any) (urine|pee) (for|in|since) (\\w+ )?(day|days|24 hours|yesterday)"
                    + "|(not|hasnt|has not|havent|have not) (passed|passing|peed|peeing) (any )?(urine|pee|wee|water)? ?(for|in|since) (\\w+ )?(day|days|24 hours|yesterday)");

    /** Thirst with passing a lot of urine, bedwetting again or weight loss: new diabetes (NICE NG18 1.1.1: same-day referral of a child); with vomiting, deep breathing or drowsiness, DKA. */
    static final Concept THIRST = phrase("(always|very|constantly|so|really|extremely) thirsty|thirsty all the time|drinking (a lot|lots|loads|so much|litres)|bahut pyaas|बहुत प्यास");
    static final Concept POLYURIA_OR_WEIGHT_LOSS = phrase(
            "wetting the bed( again)?|bedwetting|wet the bed|peeing (a lot|lots|all the time|so much|constantly)|passing (a lot of )?urine (a lot|all the time|often)|(lost|losing) (a lot of |so much )?weight|weight loss|baar baar peshab|बार बार पेशाब");

    /** Fever for 5 days or more: NICE NG143 amber in a child, and with Kawasaki features, hospital; in adults, tests for typhoid, malaria, dengue or TB (ICMR Standard Treatment Workflows, acute febrile illness, 2019). */
    static final Concept LONG_FEVER = phrase(
            "(fever|fevers|temperature|temp|bukhar) (\\w+ ){0,3}(for|since|over|past|last|of) (the )?([5-9]|\\d\\d|five|six|seven|eight|nine|ten|fourteen) (days|din)|([5-9]|\\d\\d|five|six|seven|eight|nine|ten) days (of|with) (a )?(fever|temperature)"
                    + "|(fever|fevers|temperature|bukhar) (\\w+ ){0,2}(for |since |over )(a |one |over a |more than a |two |2 )(week|weeks|hafte|hafta)|(ek|do) (hafte|hafta) se (\\w+ )?bukhar|(a|one|two|2) weeks? (of|with) (a )?fever");
    static final Concept KAWASAKI_SIGN = phrase(
            "red eyes|bloodshot eyes|eyes (are )?(red|bloodshot)|(cracked|red|dry|peeling) (and )?(red |cracked )?lips|strawberry tongue|rash|swollen (hands|feet)|(hands|feet) (are )?swollen|peeling (skin|fingers|toes)");
    static final Concept WEAK_OR_FAINT = phrase(
            "very weak|bahut kamzori|faint\\w*|behosh\\w*|collapsed|confus\\w*|very drowsy|बहुत कमज़ोरी|बेहोश\\S*");

    /** A calf that is painful, swollen, red or hot: deep vein thrombosis (NICE NG158, 2020: scan within 4 hours, or interim anticoagulation and a scan within 24). */
    static final Concept SWOLLEN_CALF = phrase(
            "(calf|leg) (is |became |has become |got )?(\\w+ (and )?)?swollen|swollen (\\w+ ){0,3}(calf|calves)|swelling (in|of) (my |his |her |the )?(left |right )?calf"
                    + "|(pindli|pindali|पिंडली) (\\S+ )?(suji|sooji|sujan|soojan|phool|fool|सूज|फूल)\\S*");

    /** A jaw stuck open: dislocation, reduced in the emergency department (NICE CKS; Oxford Handbook of Emergency Medicine). */
    static final Concept JAW_LOCKED_OPEN = phrase(
            "jaw (\\w+ ){0,4}(stuck|locked) open|(stuck|locked) open after (a )?(yawn\\w*|laugh\\w*|eating|dental)|(stuck|locked) open (\\w+ ){0,2}(jaw|mouth)|dislocated (my |his |her )?jaw|(cant|cannot|" + UNABLE_TO + ") close (my |his |her )?mouth");

    /** A swollen red eyelid with pain on moving the eye, bulging, double or reduced vision, or a fever: orbital cellulitis (NICE CKS Cellulitis, periorbital: same-day admission). */
    static final Concept EYELID_SWELLING = phrase(
            "(eyelid|eye lid|eyelids|around (my |his |her |the )?eye|eye) (is |are |has )?(very |really )?(swollen|puffy) (and |& )?(red|hot)?|swollen (red )?(eyelid|eye)|red (and )?swollen (eyelid|eye)"
                    + "|(eye|eyes|eyelid) (\\w+ ){0,2}(swollen|swelled|swell|swelling) (shut|closed)|(swollen|swelled) (shut|closed)");
    static final Concept ORBITAL_SIGN = phrase(
            "(hurts|pain|painful) (\\w+ ){0,2}(to move|moving|when (i |he |she )?moves?) (my |his |her |the )?eye|eye (is )?(bulging|sticking out|pushed out)|(double|blurred|blurry) vision|(cant|cannot) (open|see)");

    /** Chickenpox with a spreading red skin infection or a child who becomes very unwell: invasive group A streptococcus (NICE CKS Chickenpox; UKHSA 2023). */
    static final Concept CHICKENPOX = phrase("chicken ?pox|varicella|chhoti mata|छोटी माता");
    static final Concept CHICKENPOX_DANGER = phrase(
            "(redness|red area|red skin|swelling) (\\w+ ){0,2}spreading|spreading (redness|red|swelling)|(spot|spots|blister|blisters|area) (is |are )?(\\w+ ){0,2}(very red|red and (hot|swollen)|hot and swollen)|(very|really) unwell|very drowsy|breathless\\w*|(not|wont|refusing to) (drink|drinking)|fever (came )?back|second fever|confus\\w*");

    static final Concept ORTHOPNOEA = phrase(
            "(cant|cannot|can not|" + UNABLE_TO + ") lie (down )?flat|breathless (when )?lying (down|flat)|(sleep|sleeping) (sitting up|on (\\w+ )?pillows)|wake (up )?(gasping|breathless|short of breath)"
                    + "|(seedha|sidha|seedhe|sidhe|सीधा) (let|lait|lete|leta|leti|लेट)\\S* (ke |kar |par |pe |के |कर |पर )?(\\S+ ){0,2}(saans|sans|साँस|सांस) (nahi|nahin|नहीं) (aati|aata|aa|le|आती)\\S*"
                    + "|(baith|baithkar|baith ke|बैठ|बैठकर) (ke |kar |के |कर )?(sona|sote|soti|sota|सोना) (padta|padti|pad raha|padta hai|पड़ता)\\S*|(letne|leitne|लेटने) (par|pe|se|पर) (\\S+ )?(saans|sans|साँस|सांस) (phool|fool|फूल|ruk|nahi)\\S*");

    /**
     * A possible hip fracture: a fall at 60 or over with hip or groin pain, not able to stand or
     * bear weight, or a shortened, turned-out leg (NICE CG124 Hip fracture: management, 2011,
     * updated 2023; NICE CKS Falls: risk assessment).
     */
    static final Concept HIP_PAIN = phrase(near("hip|hips|groin|upper thigh|kulha|kulhe|कूल्हे|कूल्हा",
            "pain|pains|ache|aching|hurts?|hurting|sore|painful|dard|दर्द|broken|broke|fractur\\w*|toot\\S*|tut\\S*|टूट\\S*", 3));
    static final Concept CANT_BEAR_WEIGHT = phrase(String.join("|",
            "(" + UNABLE_TO + "|cant|cannot|can not|could not|couldnt|wont|will not) (\\w+ )?(stand|walk|get up|put (any )?weight|bear (any )?weight)",
            "(uth|utth|chal|khade ho) (nahi|nahin) (pa|sak)\\w*|(उठ|चल) (नहीं) (पा|सक)\\S*"));
    static final Concept SHORTENED_LEG = phrase("(leg|foot) (\\w+ ){0,3}(shorter|rotated|(turned|twisted|pointing|rolled) out(wards?)?)");

    /**
     * A swollen joint with a fever, or a feverish child who limps or will not walk or use a
     * limb: septic arthritis or osteomyelitis (NICE CKS Septic arthritis: suspected → same-day
     * admission; NICE NG143 Table 1, amber: non-weight bearing limb, not using an extremity;
     * Queensland Paediatric Emergency Care guideline "Limp": septic arthritis is an orthopaedic
     * emergency in any limping child with joint pain and fever).
     */
    static final Concept HOT_SWOLLEN_JOINT = phrase(near("knee|hip|ankle|elbow|wrist|shoulder|joint|ghutna|ghutne|घुटना|घुटने",
            "swollen|swelling|sujan|soojan|सूजन", 4));
    static final Concept CHILD_LIMP = phrase(String.join("|",
            "limp|limps|limping|non weight bearing|not weight bearing|langda\\w*|लंगड़ा\\S*",
            "(wont|will not|doesnt|does not|refus\\w*|refusing|not|cant|cannot|" + UNABLE_TO + ") (want to |to )?(walk|stand|put weight|bear weight|weight bear|us(e|ing) (his|her|the|their|an|one|my) (left |right )?(arm|leg|hand|foot))"));

    /**
     * Signs of organ damage with a very high blood pressure: the American Heart Association's list
     * for a hypertensive crisis (chest pain, shortness of breath, back pain, numbness or weakness, a
     * change in vision, difficulty speaking), NICE NG136's new confusion, and the vomiting and
     * seizures of hypertensive encephalopathy (Whelton et al., 2017 ACC/AHA guideline, 11.2).
     */
    static final Concept HYPERTENSIVE_ORGAN_SIGN = phrase(String.join("|",
            "chest (\\w+ ){0,2}(pain|ache|tight\\w*|pressure|heaviness)|breathless\\w*|short of breath|shortness of breath|(difficulty|trouble|hard) (\\w+ )?breath\\w*",
            "back (\\w+ ){0,2}(pain|ache|hurts?)|backache|numb\\w*|weak\\w*|tingl\\w*|pins and needles",
            "(blurred|blurry|double|cloudy|dim|losing|lost|loss of) (vision|sight|eyesight)|(vision|sight|eyesight) (\\w+ ){0,2}(blurred|blurry|changed|changes|problem\\w*|going|gone|dim|double)|(cant|cannot|can not|unable to) see|seeing double",
            "(difficulty|trouble|problem\\w*|hard) (\\w+ )?(speaking|talking|to speak|to talk|with (my |his |her )?speech)|slurr\\w*|confus\\w*|not making sense",
            "seene (mein |me )?dard|saans (phool|fool)\\w*|dhundhla|kamzori|sunn|सीने (में )?दर्द|धुंधला|कमजोरी|कमज़ोरी|सुन्न",
            // hypertensive encephalopathy: vomiting, seizures (ACC/AHA 2017 hypertension guideline, 11.2)
            "vomit\\w*|throwing up|being sick|ulti|उल्टी|fit|fits|seizure\\w*|convuls\\w*"));

    /**
     * Red flags, most urgent first within each group. Each flag names its source.
     *
     * <ul>
     *   <li>Stroke: FAST / BE-FAST signs → ambulance (NICE NG128 Stroke and TIA, 1.1; Aroor et al.,
     *       Stroke 2017, BE-FAST).</li>
     *   <li>Chest pain: with any cardiac feature → ambulance; alone from 30 years → emergency
     *       department; younger → within 24 hours (NICE CG95 Chest pain of recent onset, 1.1 and Table 1).
     *       Pain in the arm or jaw with sweating, nausea or breathlessness from 30 years → ambulance
     *       (NICE CG95, 1.1.1.1: pain in the chest and/or other areas).</li>
     *   <li>Pulmonary embolism: breathlessness or chest pain with haemoptysis, a swollen calf,
     *       pleuritic pain or a risk factor → emergency department (NICE NG158, 1.1).</li>
     *   <li>Anaphylaxis → ambulance (Resuscitation Council UK, Emergency treatment of anaphylaxis, 2021).</li>
     *   <li>Breathing: severe difficulty, cyanosis, or asthma not relieved by the reliever → ambulance;
     *       an asthma attack → emergency department; breathlessness → within 24 hours (BTS/SIGN 158
     *       British guideline on the management of asthma, acute asthma; NHS 111 breathing pathway).</li>
     *   <li>Sepsis: named, mottled skin, or no urine for 18 hours → emergency department (NICE NG51,
     *       high-risk criteria); a fever with "it feels like I'm going to die" likewise (UK Sepsis
     *       Trust, Spot the signs); qSOFA from the vital signs is {@link SepsisRule}.</li>
     *   <li>Meningitis: fever with neck stiffness or photophobia, or a non-blanching rash → ambulance
     *       (NICE NG240 Meningitis (bacterial) and meningococcal disease, 2024).</li>
     *   <li>Thunderclap headache → ambulance (NICE CG150 Headaches, 1.1.1: possible subarachnoid
     *       haemorrhage).</li>
     *   <li>Seizure over 5 minutes, repeated, not waking, first ever or with a head injury → ambulance;
     *       any other seizure → within 24 hours (NICE NG217 Epilepsies, 2022: status epilepticus from 5 minutes).</li>
     *   <li>Unconscious → ambulance; new confusion → emergency department (ACVPU, RCP NEWS2 2017).</li>
     *   <li>Infants under 1 year: floppy, hard to wake, weak or high-pitched cry, a bulging
     *       fontanelle, or signs of dehydration → emergency department (NICE NG143 Table 1, red
     *       features; NICE CG84); a child of 1 to 5 with a fever who is floppy, very drowsy or hard
     *       to wake → emergency department (NG143 Table 1 covers all under 5s).</li>
     *   <li>Testicular pain, sudden or severe → emergency department; otherwise within 24 hours
     *       (NICE CKS Scrotal pain and swelling: suspected torsion needs surgery within 6 hours).</li>
     *   <li>Pregnancy with abdominal pain, bleeding, shoulder-tip pain or fainting (ectopic) → emergency
     *       department (NICE NG126 Ectopic pregnancy and miscarriage, 1.4); with severe headache,
     *       visual disturbance, sudden swelling or pain under the ribs (pre-eclampsia) → emergency
     *       department (NICE NG133 Hypertension in pregnancy, 1.5); a seizure (eclampsia) → ambulance
     *       (NICE NG133); reduced or absent fetal movements → maternity unit now (RCOG Green-top
     *       Guideline 57); waters breaking → maternity unit now (NICE NG25 for preterm, NICE NG235 at term).</li>
     *   <li>Self-harm: overdose or poison → ambulance; suicidal intent or self-harm → emergency
     *       department with crisis lines (NICE NG225 Self-harm, 2022).</li>
     *   <li>Green (bile-stained) vomit under 5 → emergency department (NICE NG143 Table 1, red);
     *       a swallowed button battery or magnet, any age → ambulance (NHS England Patient Safety
     *       Alert on button batteries, 2014).</li>
     *   <li>Poisoning under 12: any swallowed medicine (any amount), an overdose or a household
     *       chemical → ambulance, without the self-harm crisis lines (NICE CKS Poisoning or
     *       overdose; Bar-Oz et al., Paediatr Drugs 2004: one tablet can kill a toddler).</li>
     *   <li>Bleeding that will not stop → ambulance; vomiting blood or black stools → emergency
     *       department (NICE CG141 Acute upper gastrointestinal bleeding).</li>
     *   <li>Diabetes with ketones, vomiting, abdominal pain, deep breathing or drowsiness → emergency
     *       department (NICE NG17/NG18; JBDS-IP DKA guideline 2023).</li>
     *   <li>Major trauma or spinal injury → ambulance (NICE NG39 Major trauma; NICE NG41 Spinal injury);
     *       head injury with loss of consciousness, vomiting, a seizure or anticoagulants → emergency
     *       department (NICE NG232 Head injury, 2023, 1.1).</li>
     *   <li>Snakebite → ambulance (Government of India, Standard Treatment Guidelines: Management of
     *       snakebite, 2017; WHO snakebite strategy 2019).</li>
     *   <li>Heat stroke → ambulance (NDMA India Heat Wave guidelines 2019; WHO heat-health guidance).</li>
     *   <li>Acute abdomen: severe abdominal pain, or pain migrating to the right lower quadrant →
     *       emergency department (NICE CKS Appendicitis; Alvarado, Ann Emerg Med 1986).</li>
     *   <li>Fever after travel to a malaria area → emergency department (NICE CKS Malaria: suspected
     *       malaria needs same-day testing; WHO Guidelines for malaria 2023); fever after a tick bite
     *       → emergency department (rickettsioses: ICMR scrub typhus guidance; CDC spotted fever).</li>
     *   <li>Dengue with a warning sign → emergency department; dengue alone → within 24 hours
     *       (WHO Dengue guidelines 2009, warning signs; NCVBDC India national guidelines).</li>
     *   <li>Coughing up blood → emergency department (NICE NG12, haemoptysis; GI bleeding is
     *       vomited or passed blood only).</li>
     *   <li>Stridor, or drooling and unable to swallow → ambulance (NICE CKS Croup; NICE NG84 Sore
     *       throat: epiglottitis); low blood sugar with confusion, shaking or drowsiness, or too much
     *       insulin → emergency department (NICE NG17/NG28; JBDS hypoglycaemia guideline); jaundice
     *       in the first 24 hours of life → within hours (NICE CG98); heavy menstrual bleeding with
     *       faintness → emergency department (NICE NG88).</li>
     *   <li>Sudden or severe tearing chest or back pain → ambulance (ESC 2014 Guidelines on aortic diseases); back pain
     *       with saddle numbness, loss of bladder or bowel control or weakness in both legs →
     *       emergency department (NICE CKS Sciatica; GIRFT suspected cauda equina pathway 2023);
     *       unable to pass urine → emergency department (NICE CKS LUTS in men, acute retention).</li>
     *   <li>Chemicals in the eye, or a painful red eye with halos, blurred vision or vomiting →
     *       emergency department (NICE CKS Red eye).</li>
     *   <li>Deep, large, chemical or electrical burns or burns of the face or genitals →
     *       emergency department (NICE CKS Burns and scalds); electric shock with symptoms, near
     *       drowning → emergency department (Resuscitation Council UK / ERC Guidelines 2021).</li>
     *   <li>A fall at 60 or over with hip pain, unable to bear weight or a shortened leg →
     *       emergency department (NICE CG124); a swollen joint with fever, or a feverish child
     *       who limps → emergency department (NICE CKS Septic arthritis; NICE NG143 amber; QPEC Limp);
     *       indigestion with sweating, breathlessness or faintness from 30 → ambulance (NICE CG95).</li>
     *   <li>Collapsed and breathing abnormally → ambulance (Resuscitation Council UK 2021);
     *       a spiked drink → emergency department (NHS, Spiking); palpitations with fainting →
     *       emergency department (NICE CKS Palpitations; ESC 2018 syncope); a missed period with
     *       one-sided or shoulder-tip pain → emergency department (NICE NG126).</li>
     *   <li>An infection or fever with new confusion or marked drowsiness → emergency department
     *       (NICE NG51); a child of 1 to 5 with dry nappies or not drinking → within 24 hours (NICE
     *       NG143 amber: reduced urine output; NICE CG84); a blow to the eye with lost or blurred
     *       vision → emergency department (NICE CKS).</li>
     *   <li>Hives with faintness → ambulance (RCUK anaphylaxis 2021); a scorpion sting → emergency
     *       department (MoHFW STG); threats to kill or a weapon → ambulance and police (NICE NG10);
     *       an object in the nose or airway with noisy breathing → emergency department; unable to
     *       keep fluids down and dizzy → emergency department (NICE CKS Gastroenteritis); a known
     *       aneurysm with pain or fainting → ambulance (NICE NG156); a sudden cold, pale, painful
     *       limb → emergency department (NICE CG147); fainting while starving oneself → emergency
     *       department (RCPsych CR233).</li>
     *   <li>Puffy eyes with red or little urine in a child → emergency department (NICE CKS
     *       Haematuria); itching palms and soles in pregnancy → within 24 hours (RCOG GTG 43); wild
     *       mushrooms, datura or oleander eaten → emergency department (NPIS); carbon monoxide with
     *       symptoms → emergency department (NICE CKS); fever during chemotherapy → emergency
     *       department (NICE NG151); stimulants with sympathomimetic signs → emergency department;
     *       heavy rectal bleeding or with faintness → emergency department (NICE CKS); breathless
     *       lying flat → emergency department (ESC 2021 heart failure).</li>
     *   <li>A head injury on anticoagulants or antiplatelets other than aspirin alone, or a fall
     *       followed by marked drowsiness, confusion or repeated vomiting → emergency department
     *       (NICE NG232 1.4.12 and 1.1); a blow to the belly with worsening pain, pallor or faintness
     *       → emergency department (NICE NG39; ATLS); fever, pre-eclampsia signs or a fit in the
     *       weeks after birth → emergency department or ambulance (RCOG GTG 64b; NICE NG133 1.6;
     *       MBRRACE-UK); missed dialysis with weakness, palpitations or breathlessness → emergency
     *       department (UKKA hyperkalaemia 2020); fever with a transplant, immunosuppressants,
     *       long-term steroids or no spleen → emergency department (NICE NG51; BCSH 2011; BSR
     *       2017); fever with jaundice → emergency department (Tokyo Guidelines 2018; WHO malaria
     *       2023; NCDC leptospirosis 2015); alcohol withdrawal with hallucinations, confusion or a
     *       fit → emergency department (NICE CG100); a swollen neck or jaw with trismus or unable
     *       to swallow → emergency department (NICE CKS Dental abscess; NICE NG84).</li>
     *   <li>Red-currant-jelly stool, or legs drawn up with vomiting, under 6 → emergency department
     *       (NICE CKS; APLS); a kidney stone with a fever → emergency department (NICE NG118); a
     *       urine infection with a fever and loin pain → within 24 h, with vomiting → emergency
     *       department (NICE NG111); pain out of proportion or darkening skin → emergency department
     *       (NICE CKS Cellulitis; NG141); a fever after injecting drugs → emergency department
     *       (NICE NG51); an erection over 4 hours → emergency department (EAU 2022); adrenal
     *       insufficiency with vomiting, diarrhoea or faintness → emergency department (NICE NG243;
     *       Society for Endocrinology 2020); sickle cell disease with a fever, chest pain, a crisis
     *       or weakness → emergency department (NICE CG143; BSH 2015); a headache with a stiff neck
     *       and pain from light → emergency department (NICE NG240, NG228); sudden double vision, or
     *       sudden vertigo with unsteadiness → ambulance (NICE NG128, BE-FAST); temple pain from 50
     *       → within 24 h, with a change in vision → emergency department (BSR 2020); bleeding on
     *       blood thinners → within 24 h, in the urine, stool or vomit or coughed up → emergency
     *       department (NICE CKS Anticoagulation - oral); an infected operation wound → within 24 h
     *       (NICE NG125); diarrhoea or vomiting and too faint to stand → emergency department
     *       (NICE CKS Gastroenteritis).</li>
     *   <li>Strangulation → emergency department (Training Institute on Strangulation Prevention;
     *       NICE PH50), being hit at home → within 24 h; a child who says an adult hurts them →
     *       emergency department (NICE CG89/NG76); thoughts of harming one's baby or child →
     *       emergency department (NICE CG192); pesticide spraying with cholinergic signs → ambulance
     *       (Eddleston, Lancet 2008; MoHFW STG); lithium or digoxin with signs of toxicity →
     *       emergency department (BNF; NICE CG185); high altitude with unsteadiness, confusion or
     *       breathlessness at rest → emergency department (WMS 2019); pelvic pain, fever and
     *       discharge → within 24 h (NICE CKS PID); worsening pain or numb toes in a cast →
     *       emergency department (BOAST 10); a bone through the skin → ambulance (BOAST 4); fainting
     *       on exertion or with a family history of sudden death → emergency department (ESC 2018);
     *       ascending weakness → emergency department (Guillain-Barré); myasthenia with weak
     *       breathing or swallowing → ambulance (ABN 2015); thyroid storm → emergency department
     *       (JTA/JES 2016); low platelets with bleeding → emergency department (ASH 2019); little or
     *       no urine for a day → emergency department (NICE NG148, NG51); thirst with polyuria or
     *       weight loss → within 24 h for a child, with DKA signs → emergency department (NICE
     *       NG18); fever for 5 days or more → within 24 h, with Kawasaki features in a child or
     *       with great weakness or faintness → emergency department (NICE NG143; ICMR STW 2019); a
     *       swollen calf → within 24 h (NICE NG158); a jaw stuck open → emergency department; a
     *       swollen red eyelid with orbital signs or a fever → emergency department (NICE CKS);
     *       chickenpox with spreading redness or a very unwell child → emergency department (NICE
     *       CKS; UKHSA 2023).</li>
     *   <li>A shadow or curtain across the vision → emergency department or eye casualty today; new
     *       flashes with floaters → within 24 hours (NICE CKS Retinal detachment, 2022). Lockjaw or
     *       spasms after a wound (tetanus) and fear of water or air after a bite (rabies) → emergency
     *       department (WHO fact sheets, 2024). An electric shock reads in Indian English too ("got
     *       current"), a seizure "since 10 minutes" is status epilepticus, and aluminium phosphide
     *       (Celphos, Sulphas) and other poisons common in India count as swallowed poison.</li>
     *   <li>Malaria with a severe sign (jaundice, dark urine, impaired consciousness, fits,
     *       prostration, breathlessness or bleeding) → emergency department (WHO Guidelines for
     *       malaria 2023; NVBDCP 2013). A child of 1 to 5 with diarrhoea or vomiting who is
     *       lethargic → emergency department (WHO IMCI 2014: lethargy is a general danger sign and,
     *       with sunken eyes, severe dehydration; NICE CG84 red flags). Blood or fluid from the ear
     *       after a head injury → emergency (NICE NG232 1.4.7, basal skull fracture). A child of 1
     *       to 5 with a fever who will not drink at all → emergency department (WHO IMCI: not able
     *       to drink is a general danger sign).</li>
     *   <li>A fit with a fever under 6 → emergency department (NICE CKS Febrile seizure, 2023:
     *       emergency admission for a first febrile seizure; whether it is the first is not known
     *       here). Palpitations with dizziness or lightheadedness → emergency department (NICE CKS
     *       Palpitations: presyncope). Cold, clammy hands and feet with a very low blood pressure
     *       → emergency department (NICE NG51; RCUK ABCDE). Hindi typed as chat ("bht dard h",
     *       "sans nhi aa rhi") is respelt first by {@link Spelling}.</li>
     *   <li>From 65, "off their legs" and "not themselves" together → emergency department, either
     *       alone → within 24 hours (NICE NG51 1.3; BGS Silver Book II). A fever with a sore or
     *       swollen belly within weeks of an operation → emergency department (NICE NG51).
     *       Peeling or blistering skin after a new medicine or with sore eyes or mouth →
     *       emergency department (BAD SJS/TEN 2016). A limb bent the wrong way or out of place
     *       after a fall or blow → emergency department (NICE NG38). Shocks from an implanted
     *       defibrillator → emergency department (BHRS; ESC 2022). Hallucinations or disturbed
     *       behaviour after birth → emergency (NICE CG192). From 60, sudden severe back or belly
     *       pain → ambulance (NICE NG156: suspect a ruptured aneurysm). Appendicitis or
     *       peritonitis named → emergency department.</li>
     *   <li>Hinglish and Hindi, tenth round: chest indrawing ("pasliyan andar ja rahi hain", WHO
     *       IMCI chart book 2014: severe pneumonia) → ambulance; wheeze with a child who cannot talk
     *       → severe asthma (BTS/SIGN 158); a hand caught in a machine, or a finger cut off →
     *       major trauma (BSSH Standards for the management of open injuries and amputations);
     *       a whole bottle or strip swallowed, "10 minute se" fitting, "peshab nahi hua", and the
     *       Hindi words for a rash that does not fade, a large scald and pre-eclampsia's blurred
     *       vision and severe headache (NICE NG133) read as their English twins.</li>
     *   <li>Sexual assault → emergency department today (WHO 2013: emergency contraception and HIV
     *       post-exposure prophylaxis within 72 hours); an animal bite → within 24 hours, today
     *       (WHO rabies position paper 2018; NCDC National Guidelines for Rabies Prophylaxis 2019).</li>
     * </ul>
     */
    public static final List<TextRedFlag> FLAGS = Stream.of(
            TextRedFlag.anyOf("stroke_signs", "stroke", EMERGENCY_AMBULANCE,
                    "Face drooping, arm or leg weakness on one side, or slurred speech can be a stroke: every minute counts.",
                    List.of(STROKE),
                    List.of(FACE, DROOP),
                    List.of(STRONG_SPEECH_DEFICIT),
                    List.of(SPEECH, SPEECH_DEFICIT, SUDDEN_OR_ONE_SIDED),
                    List.of(LIMB, LIMB_DEFICIT, SUDDEN_OR_ONE_SIDED),
                    List.of(SUDDEN, DIPLOPIA),
                    List.of(SUDDEN, VERTIGO, ATAXIA)),
            TextRedFlag.anyOf("acs_chest_pain", "chest_pain", EMERGENCY_AMBULANCE,
                    "Chest pain with sweating, breathlessness, sickness or pain spreading to the arm or jaw: possible heart attack.",
                    List.of(CHEST_PAIN, CARDIAC_FEATURE),
                    List.of(CHEST_WORD, PAIN_WORD, CARDIAC_FEATURE)),
            List.of(TextRedFlag.of("acs_chest_pain", "chest_pain", EMERGENCY_AMBULANCE,
                    "Pain in the arm or jaw with sweating, sickness or breathlessness: possible heart attack.",
                    ARM_OR_JAW_PAIN, AUTONOMIC_FEATURE).fromAge(30)),
            List.of(TextRedFlag.of("acs_chest_pain", "chest_pain", EMERGENCY_AMBULANCE,
                    "What feels like indigestion, acidity or gas, with sweating, breathlessness or faintness: possible heart attack.",
                    INDIGESTION, ACS_ALARM).fromAge(30)),
            List.of(TextRedFlag.of("chest_pain", "chest_pain", EMERGENCY,
                    "New chest pain in an adult needs an urgent check for a heart problem.",
                    CHEST_PAIN).fromAge(30)),
            List.of(TextRedFlag.of("chest_pain_young", "chest_pain", CONSULTATION_24,
                    "Chest pain should be checked by a clinician today.",
                    CHEST_PAIN)),
            List.of(TextRedFlag.of("possible_pulmonary_embolism", "pulmonary_embolism", EMERGENCY,
                    "Breathlessness with coughing blood, a swollen calf or sharp pain on breathing: possible blood clot in the lung.",
                    BREATHLESS, PE_SIGN)),
            List.of(TextRedFlag.of("possible_pulmonary_embolism", "pulmonary_embolism", EMERGENCY,
                    "Chest pain with coughing blood, a swollen calf or sharp pain on breathing: possible blood clot in the lung.",
                    CHEST_PAIN, PE_SIGN)),
            // NICE NG158 (2020): an operation in the last 12 weeks, or pregnancy and the weeks after birth, are risks for a clot
            TextRedFlag.anyOf("possible_pulmonary_embolism", "pulmonary_embolism", EMERGENCY,
                    "Sudden breathlessness in the weeks after an operation or a birth: possible blood clot in the lung.",
                    List.of(SUDDEN_BREATHLESS, RECENT_SURGERY),
                    List.of(SUDDEN_BREATHLESS, POSTPARTUM)),
            List.of(TextRedFlag.of("anaphylaxis", "anaphylaxis", EMERGENCY_AMBULANCE,
                    "Swelling of the lips, tongue or throat can block the airway: possible anaphylaxis.",
                    ANAPHYLAXIS)),
            List.of(TextRedFlag.of("anaphylaxis_breathing", "anaphylaxis", EMERGENCY_AMBULANCE,
                    "An allergic reaction with breathing trouble: possible anaphylaxis.",
                    ALLERGIC_TRIGGER, BREATHLESS)),
            List.of(TextRedFlag.of("anaphylaxis_circulation", "anaphylaxis", EMERGENCY_AMBULANCE,
                    "Hives or a rash all over with feeling faint or dizzy: possible anaphylaxis.",
                    HIVES, CIRCULATION_FAILING)),
            TextRedFlag.anyOf("severe_breathing_difficulty", "breathing", EMERGENCY_AMBULANCE,
                    "Severe difficulty breathing, gasping or blue lips: the body may not be getting enough oxygen.",
                    List.of(SEVERE_BREATHING),
                    List.of(BREATH, BREATH_SEVERE),
                    List.of(CYANOSIS)),
            TextRedFlag.anyOf("severe_asthma", "breathing", EMERGENCY_AMBULANCE,
                    "Asthma that the reliever inhaler does not help is a life-threatening attack.",
                    List.of(SEVERE_ASTHMA),
                    List.of(INHALER_FAILING),
                    List.of(ASTHMA_ATTACK, CANT_TALK),
                    List.of(WHEEZE, CANT_TALK)),
            List.of(TextRedFlag.of("asthma_attack", "breathing", EMERGENCY,
                    "An asthma attack needs urgent treatment.",
                    ASTHMA_ATTACK)),
            List.of(TextRedFlag.of("breathlessness", "breathing", CONSULTATION_24,
                    "Breathlessness should be assessed by a clinician today.",
                    BREATHLESS)),
            TextRedFlag.anyOf("sepsis_signs", "sepsis", EMERGENCY,
                    "Signs of sepsis (mottled skin, no urine, feeling like dying with a fever, confusion or drowsiness with an infection, or sepsis named): the body may be reacting dangerously to an infection.",
                    List.of(SEPSIS),
                    List.of(FEVER, FEELS_LIKE_DYING),
                    List.of(INFECTION, ALTERED_MENTAL_STATE),
                    List.of(FEVER, ALTERED_MENTAL_STATE)),
            TextRedFlag.anyOf("meningitis_rash", "meningitis", EMERGENCY_AMBULANCE,
                    "A rash that does not fade under a pressed glass can be meningococcal sepsis.",
                    List.of(NON_BLANCHING_RASH),
                    List.of(RASH, BRUISE_LIKE)),
            List.of(TextRedFlag.of("meningitis_signs", "meningitis", EMERGENCY_AMBULANCE,
                    "Fever with a stiff neck or pain from light can be meningitis.",
                    FEVER, NECK_STIFFNESS)),
            TextRedFlag.anyOf("thunderclap_headache", "headache", EMERGENCY_AMBULANCE,
                    "A sudden, severe 'worst ever' headache can be bleeding in the brain.",
                    List.of(THUNDERCLAP_HEADACHE),
                    List.of(HEADACHE, SUDDEN, WORST)),
            TextRedFlag.anyOf("prolonged_seizure", "seizure", EMERGENCY_AMBULANCE,
                    "A seizure lasting over 5 minutes, repeating, a first ever seizure, or not waking afterwards needs emergency care.",
                    List.of(SEIZURE, SEIZURE_DANGER),
                    List.of(SEIZURE, CANT_WAKE)),
            List.of(TextRedFlag.of("febrile_seizure", "seizure", EMERGENCY,
                    "A fit with a fever in a young child needs to be checked in hospital now, for meningitis and other causes.",
                    SEIZURE, FEVER).forAges(0, 6)),
            // From 6 a fit with a fever is not a febrile seizure (NICE CKS Febrile seizure: consider other causes) and meets
            // WHO's case definition of acute encephalitis syndrome (fever with new seizures, simple febrile seizures under 6
            // excluded; WHO-recommended standards for surveillance: Japanese encephalitis, 2018)
            List.of(TextRedFlag.of("encephalitis_signs", "seizure", EMERGENCY,
                    "A fit with a fever in an older child or an adult can be an infection of the brain (encephalitis or meningitis): go to hospital now.",
                    SEIZURE, FEVER).fromAge(6)),
            List.of(TextRedFlag.of("seizure", "seizure", CONSULTATION_24,
                    "A seizure should be reviewed by a clinician today.",
                    SEIZURE)),
            TextRedFlag.anyOf("unconscious", "consciousness", EMERGENCY_AMBULANCE,
                    "The person is unconscious or cannot be woken.",
                    List.of(UNCONSCIOUS),
                    List.of(CANT_WAKE)),
            List.of(TextRedFlag.of("collapse_abnormal_breathing", "collapse", EMERGENCY_AMBULANCE,
                    "Collapsed and breathing strangely or gasping can be a cardiac arrest: call an ambulance and start CPR if they do not respond.",
                    COLLAPSED, ABNORMAL_BREATHING)),
            List.of(TextRedFlag.of("drink_spiking", "spiking", EMERGENCY,
                    "A drink that may have been spiked needs medical help now: the drugs used can slow breathing.",
                    SPIKED)),
            TextRedFlag.anyOf("palpitations_syncope", "palpitations", EMERGENCY,
                    "Palpitations with fainting or nearly fainting can be a dangerous heart rhythm.",
                    List.of(PALPITATIONS, SYNCOPE),
                    List.of(PALPITATIONS, PRESYNCOPE)),
            List.of(TextRedFlag.of("shock_signs", "circulation", EMERGENCY,
                    "Cold, clammy hands and feet with a very low blood pressure can be shock: go to hospital now, or call an ambulance if they collapse.",
                    COLD_EXTREMITIES, LOW_BP)),
            List.of(TextRedFlag.of("older_adult_acute_decline", "older_adult", EMERGENCY,
                    "An older person who is suddenly off their legs and not themselves may have an infection, delirium or another serious illness: they need to be seen in hospital today.",
                    OFF_LEGS, NOT_THEMSELVES).fromAge(65)),
            TextRedFlag.anyOf("older_adult_change", "older_adult", CONSULTATION_24,
                    "An older person who is suddenly off their legs, or not themselves, needs to be seen today.",
                    List.of(OFF_LEGS),
                    List.of(NOT_THEMSELVES)).stream().map(f -> f.fromAge(65)).toList(),
            List.of(TextRedFlag.of("new_confusion", "consciousness", EMERGENCY,
                    "New confusion is a sign of serious illness.",
                    NEW_CONFUSION)),
            List.of(TextRedFlag.of("infant_unwell", "infant", EMERGENCY,
                    "A baby who is floppy, hard to wake or has a weak or high-pitched cry needs urgent assessment.",
                    INFANT_DANGER).forAges(0, 1)),
            List.of(TextRedFlag.of("febrile_child_unwell", "infant", EMERGENCY,
                    "A young child with a fever who is floppy, very drowsy or hard to wake needs urgent assessment.",
                    FEVER, DROWSY_OR_FLOPPY).forAges(1, 5)),
            List.of(TextRedFlag.of("febrile_child_not_drinking", "infant", EMERGENCY,
                    "A young child with a fever who will not drink at all needs to be seen in hospital now.",
                    FEVER, NOT_DRINKING_AT_ALL).forAges(1, 5)),
            List.of(TextRedFlag.of("infant_dehydration", "infant", EMERGENCY,
                    "A baby who is not feeding or has dry nappies may be dangerously dehydrated.",
                    DEHYDRATION).forAges(0, 1)),
            // WHO IMCI chart book 2014: lethargic with sunken eyes or no urine is severe dehydration, for urgent referral
            TextRedFlag.anyOf("child_diarrhoea_lethargic", "infant", EMERGENCY,
                    "A young child with diarrhoea or vomiting, or with dry nappies or sunken eyes, who is floppy, very drowsy or hard to wake may be severely dehydrated: go to hospital now.",
                    List.of(GASTROENTERITIS, DROWSY_OR_FLOPPY),
                    List.of(DEHYDRATION, DROWSY_OR_FLOPPY)).stream().map(f -> f.forAges(1, 5)).toList(),
            List.of(TextRedFlag.of("child_dehydration", "infant", CONSULTATION_24,
                    "A young child who is not drinking or has dry nappies may be dehydrated and needs to be seen today.",
                    DEHYDRATION).forAges(1, 5)),
            List.of(TextRedFlag.of("bilious_vomiting", "child_vomiting", EMERGENCY,
                    "Green vomit in a young child can be a blocked or twisted bowel and needs an emergency check.",
                    BILIOUS_VOMIT).forAges(0, 5)),
            List.of(TextRedFlag.of("swallowed_battery_or_magnet", "swallowed_object", EMERGENCY_AMBULANCE,
                    "A swallowed button battery or magnet can burn or pierce the gut within hours: go to hospital now.",
                    SWALLOWED_BATTERY_OR_MAGNET)),
            // EAU Guidelines on Paediatric Urology (2023): nausea or vomiting with acute scrotal pain points to torsion
            TextRedFlag.anyOf("testicular_torsion", "testicular", EMERGENCY,
                    "Sudden or severe testicle pain, or testicle pain with vomiting, can be a twisted testicle, which needs surgery within hours.",
                    List.of(TESTICULAR_PAIN, SUDDEN_OR_SEVERE),
                    List.of(TESTICULAR_PAIN, VOMITING)),
            List.of(TextRedFlag.of("testicular_pain", "testicular", CONSULTATION_24,
                    "Testicle pain or swelling should be examined today.",
                    TESTICULAR_PAIN)),
            TextRedFlag.anyOf("eclampsia", "pregnancy", EMERGENCY_AMBULANCE,
                    "A seizure in pregnancy or just after birth can be eclampsia: call an ambulance.",
                    List.of(PREGNANT, SEIZURE),
                    List.of(POSTPARTUM, SEIZURE)),
            List.of(TextRedFlag.of("antepartum_haemorrhage", "pregnancy", EMERGENCY,
                    "Bleeding in the second half of pregnancy needs a check at the maternity unit now.",
                    PREGNANT, LATER_PREGNANCY, PREGNANCY_BLEEDING)),
            TextRedFlag.anyOf("ectopic_pregnancy_signs", "pregnancy", EMERGENCY,
                    "Pain, bleeding or fainting in early pregnancy, or pain with a missed period, can be an ectopic pregnancy.",
                    List.of(PREGNANT, ECTOPIC_SIGN),
                    List.of(MISSED_PERIOD, ECTOPIC_PAIN_SIGN)),
            TextRedFlag.anyOf("pre_eclampsia_signs", "pregnancy", EMERGENCY,
                    "Severe headache, vision changes or sudden swelling in pregnancy or in the weeks after birth can be pre-eclampsia.",
                    List.of(PREGNANT, PRE_ECLAMPSIA_SIGN),
                    List.of(POSTPARTUM, PRE_ECLAMPSIA_SIGN)),
            List.of(TextRedFlag.of("postpartum_psychosis", "postpartum_mental_health", EMERGENCY,
                    "Hearing or seeing things, or behaving very differently, in the weeks after birth can be postpartum psychosis: it needs emergency care today.",
                    POSTPARTUM, PSYCHOSIS_SIGN)),
            List.of(TextRedFlag.of("postpartum_psychosis", "postpartum_mental_health", EMERGENCY,
                    "Hearing or seeing things, or behaving very differently, in the weeks after birth can be postpartum psychosis: it needs emergency care today.",
                    POSTPARTUM, BABY_REJECTED)),
            List.of(TextRedFlag.of("post_operative_abdomen", "sepsis", EMERGENCY,
                    "A fever with a sore or swollen belly in the weeks after an operation can be a leak or infection inside: go to hospital now.",
                    RECENT_SURGERY, FEVER, BELLY_SORE_OR_SWOLLEN)),
            List.of(TextRedFlag.of("postpartum_sepsis", "sepsis", EMERGENCY,
                    "A fever in the weeks after giving birth can be a serious infection of the womb or blood: it needs hospital assessment now.",
                    POSTPARTUM, FEVER)),
            List.of(TextRedFlag.of("reduced_fetal_movements", "fetal_movements", EMERGENCY,
                    "A baby moving less than usual, or not at all, needs a check at the maternity unit now, not tomorrow.",
                    PREGNANT, REDUCED_FETAL_MOVEMENT)),
            List.of(TextRedFlag.of("waters_broken", "waters", EMERGENCY,
                    "Waters breaking in pregnancy need a check at the maternity unit now.",
                    PREGNANT, WATERS_BROKEN)),
            TextRedFlag.anyOf("child_ingestion", "poisoning", EMERGENCY_AMBULANCE,
                    "A child who has swallowed medicine or a household chemical needs emergency care now, even if they seem well.",
                    List.of(CHILD_INGESTION),
                    List.of(OVERDOSE),
                    List.of(POISON)).stream().map(f -> f.forAges(0, CHILD_INGESTION_BELOW_YEARS)).toList(),
            TextRedFlag.anyOf("overdose", "self_harm", EMERGENCY_AMBULANCE,
                    "An overdose or swallowed poison needs emergency treatment even if the person feels well now.",
                    List.of(OVERDOSE),
                    List.of(POISON),
                    List.of(TOOK_PILLS, NOT_RESPONDING_NORMALLY)).stream().map(f -> f.fromAge(CHILD_INGESTION_BELOW_YEARS)).toList(),
            TextRedFlag.anyOf("suicidal_intent", "self_harm", EMERGENCY,
                    "Thoughts of suicide or self-harm need urgent help from a professional today.",
                    List.of(SUICIDAL),
                    List.of(SELF_CUTTING)),
            List.of(TextRedFlag.of("uncontrolled_bleeding", "bleeding", EMERGENCY_AMBULANCE,
                    "Bleeding that will not stop needs emergency care.",
                    HEAVY_BLEEDING)),
            TextRedFlag.anyOf("gi_bleeding", "bleeding", EMERGENCY,
                    "Vomiting blood or passing black or bloody stools can be bleeding in the gut.",
                    List.of(GI_BLEEDING),
                    List.of(BLACK, STOOL)),
            List.of(TextRedFlag.of("diabetic_ketoacidosis_signs", "diabetes", EMERGENCY,
                    "Diabetes with vomiting, tummy pain, deep breathing or ketones can be diabetic ketoacidosis.",
                    DIABETIC, DKA_SIGN)),
            TextRedFlag.anyOf("major_trauma", "trauma", EMERGENCY_AMBULANCE,
                    "A high-energy injury (road accident, fall from height, stabbing) can cause hidden injuries.",
                    List.of(MAJOR_TRAUMA),
                    List.of(IMPACT, VEHICLE)),
            TextRedFlag.anyOf("spinal_injury", "trauma", EMERGENCY_AMBULANCE,
                    "Neck or back injury, or numbness or weakness after an injury: the spine may be hurt. Do not move the person.",
                    List.of(FALL, SPINE, NEURO_DEFICIT),
                    List.of(SPINAL_INJURY)),
            TextRedFlag.anyOf("head_injury", "trauma", EMERGENCY,
                    "A head injury with loss of consciousness, vomiting, drowsiness or blood thinners, or a fall followed by drowsiness, confusion or vomiting, needs a scan.",
                    List.of(HEAD_INJURY, LOSS_OF_CONSCIOUSNESS),
                    List.of(HEAD_INJURY, ANTICOAGULANT),
                    List.of(FELL_DOWN, AFTER_FALL_DANGER)),
            List.of(TextRedFlag.of("abdominal_trauma", "trauma", EMERGENCY,
                    "A blow to the belly with worsening pain, paleness, faintness or vomiting can be bleeding inside.",
                    ABDOMINAL_BLOW, ABDOMINAL_INJURY_SIGN)),
            TextRedFlag.anyOf("snakebite", "snakebite", EMERGENCY_AMBULANCE,
                    "Any snakebite needs hospital care at once, even without pain or swelling.",
                    List.of(SNAKEBITE),
                    List.of(SNAKE, BITE)),
            TextRedFlag.anyOf("heat_stroke", "heat", EMERGENCY_AMBULANCE,
                    "Collapse, confusion or hot dry skin in the heat can be heat stroke.",
                    List.of(HEAT_EXPOSURE, HEAT_ILLNESS_SIGN),
                    List.of(HEAT_STROKE)),
            TextRedFlag.anyOf("acute_abdomen", "abdomen", EMERGENCY,
                    "Severe tummy pain, pain moving to the lower right side, or vomiting with a swollen belly can be appendicitis, a blocked bowel or another surgical emergency.",
                    List.of(ABDOMINAL_PAIN, SURGICAL_ABDOMEN),
                    List.of(APPENDIX_OR_PERITONITIS),
                    List.of(VOMITING, DISTENDED_ABDOMEN),
                    List.of(VOMITING, SWOLLEN_BELLY, SURGICAL_ABDOMEN)),
            List.of(TextRedFlag.of("fever_after_travel", "travel_fever", EMERGENCY,
                    "Fever after being in a malaria area needs a malaria test today: falciparum malaria can turn severe within hours.",
                    FEVER, TRAVEL_MALARIA)),
            List.of(TextRedFlag.of("fever_after_tick_bite", "travel_fever", EMERGENCY,
                    "Fever after a tick bite can be a rickettsial infection (scrub typhus, spotted fever) that needs treatment now.",
                    FEVER, TICK_BITE)),
            List.of(TextRedFlag.of("dengue_warning_signs", "dengue", EMERGENCY,
                    "Dengue with tummy pain, repeated vomiting, bleeding or drowsiness can turn severe.",
                    DENGUE, DENGUE_WARNING)),
            List.of(TextRedFlag.of("dengue", "dengue", CONSULTATION_24,
                    "Dengue needs a check and a blood count within 24 hours.",
                    DENGUE)),
            List.of(TextRedFlag.of("haemoptysis", "haemoptysis", EMERGENCY,
                    "Coughing up blood needs an urgent check today; a lot of blood, or blood with breathlessness or chest pain, is an emergency.",
                    HAEMOPTYSIS)),
            List.of(TextRedFlag.of("upper_airway_obstruction", "airway", EMERGENCY_AMBULANCE,
                    "A high-pitched noise when breathing in, or drooling and not able to swallow, can mean the airway is closing: call an ambulance.",
                    UPPER_AIRWAY)),
            TextRedFlag.anyOf("possible_hip_fracture", "hip_fracture", EMERGENCY,
                    "A fall at an older age with hip or groin pain, not able to stand or walk, or a shortened, turned-out leg can be a broken hip: it needs an X-ray today; call an ambulance if they cannot be moved safely.",
                    List.of(FALL, HIP_PAIN),
                    List.of(FALL, CANT_BEAR_WEIGHT),
                    List.of(FALL, SHORTENED_LEG)).stream().map(f -> f.fromAge(60)).toList(),
            List.of(TextRedFlag.of("septic_arthritis_signs", "joint", EMERGENCY,
                    "A swollen joint with a fever can be an infected joint, which can destroy it within days: it needs hospital care today.",
                    FEVER, HOT_SWOLLEN_JOINT)),
            List.of(TextRedFlag.of("febrile_limp", "joint", EMERGENCY,
                    "A child with a fever who limps or will not walk or use a limb can have a bone or joint infection: it needs hospital care today.",
                    FEVER, CHILD_LIMP).forAges(0, 16)),
            List.of(TextRedFlag.of("hypoglycaemia", "sugar", EMERGENCY,
                    "Low blood sugar with confusion, shaking or drowsiness, or too much insulin: take sugar now if able to swallow safely, and get emergency help.",
                    LOW_SUGAR, HYPO_SIGN)),
            List.of(TextRedFlag.of("newborn_jaundice", "newborn", EMERGENCY,
                    "Yellow skin in a baby's first day of life needs a check within hours.",
                    JAUNDICE).forAges(0, NEWBORN_JAUNDICE_BELOW_DAYS / 365.25)),
            List.of(TextRedFlag.of("heavy_bleeding_faint", "bleeding_faint", EMERGENCY,
                    "Heavy bleeding with feeling faint or dizzy can mean a lot of blood has been lost: get emergency care now.",
                    HEAVY_PERIOD, FAINTNESS)),
            List.of(TextRedFlag.of("aortic_dissection_signs", "aorta", EMERGENCY_AMBULANCE,
                    "Sudden tearing pain in the chest or back can be a tear in the main artery: call an ambulance.",
                    TEARING_PAIN, CHEST_OR_BACK, SUDDEN_OR_SEVERE)),
            List.of(TextRedFlag.of("cauda_equina_signs", "back", EMERGENCY,
                    "Back pain with numbness between the legs, loss of bladder or bowel control or weakness in both legs needs emergency care.",
                    BACK_PAIN, CAUDA_EQUINA_SIGN)),
            List.of(TextRedFlag.of("urinary_retention", "urine", EMERGENCY,
                    "Not being able to pass urine needs a check and often a catheter today.",
                    URINARY_RETENTION)),
            List.of(TextRedFlag.of("chemical_eye_injury", "eye", EMERGENCY,
                    "Chemicals in the eye: rinse with clean water for at least 15 minutes now, then go to hospital.",
                    CHEMICAL_EYE)),
            List.of(TextRedFlag.of("nephritic_signs", "kidney", EMERGENCY,
                    "Puffy eyes with red, brown or very little urine in a child can be kidney inflammation: it needs a check today.",
                    PUFFY_EYES, NEPHRITIC_URINE).forAges(0, 16)),
            List.of(TextRedFlag.of("obstetric_cholestasis_signs", "pregnancy_itch", CONSULTATION_24,
                    "Itching of the palms and soles in pregnancy needs a blood test within a day or two.",
                    PREGNANT, PALM_SOLE_ITCH)),
            List.of(TextRedFlag.of("toxic_plant_ingestion", "plant_poison", EMERGENCY,
                    "Wild mushrooms, datura or oleander can poison hours later, even after feeling better: go to hospital now.",
                    TOXIC_PLANT)),
            List.of(TextRedFlag.of("carbon_monoxide", "carbon_monoxide", EMERGENCY,
                    "Headache, sickness or drowsiness near a fire, heater or gas can be carbon monoxide poisoning: get everyone into fresh air and go to hospital.",
                    CARBON_MONOXIDE, CO_SYMPTOM)),
            List.of(TextRedFlag.of("neutropenic_sepsis", "sepsis", EMERGENCY,
                    "A fever during chemotherapy can be a life-threatening infection: go to hospital now.",
                    CHEMOTHERAPY, FEVER)),
            List.of(TextRedFlag.of("immunosuppressed_fever", "sepsis", EMERGENCY,
                    "A fever with a transplant, long-term steroids, other immune-suppressing medicines or no spleen can be a fast, severe infection: go to hospital now.",
                    IMMUNOSUPPRESSED, FEVER)),
            List.of(TextRedFlag.of("fever_with_jaundice", "jaundice", EMERGENCY,
                    "A fever with yellow eyes or skin can be an infection of the liver or bile ducts, severe malaria or leptospirosis: it needs hospital care today.",
                    FEVER, JAUNDICE_SIGN)),
            List.of(TextRedFlag.of("severe_malaria_signs", "malaria", EMERGENCY,
                    "Malaria with yellow eyes, dark urine, drowsiness, fits, breathlessness, bleeding or great weakness is severe malaria: it needs hospital treatment now.",
                    MALARIA, SEVERE_MALARIA_SIGN)),
            List.of(TextRedFlag.of("missed_dialysis", "kidney", EMERGENCY,
                    "Missed dialysis with weakness, an irregular heartbeat or breathlessness can mean dangerous potassium or fluid levels: go to hospital now.",
                    MISSED_DIALYSIS, HYPERKALAEMIA_SIGN)),
            List.of(TextRedFlag.of("alcohol_withdrawal", "alcohol", EMERGENCY,
                    "Seeing or hearing things, confusion or a fit after stopping heavy drinking can be delirium tremens, which can kill: it needs hospital care now.",
                    ALCOHOL_WITHDRAWAL, WITHDRAWAL_DANGER)),
            List.of(TextRedFlag.of("deep_neck_infection", "airway", EMERGENCY,
                    "A swollen neck or jaw with difficulty opening the mouth or swallowing can be a spreading infection that blocks the airway: go to hospital now.",
                    NECK_OR_JAW_SWELLING, SPREADING_INFECTION_SIGN)),
            List.of(TextRedFlag.of("stimulant_toxicity", "stimulant", EMERGENCY,
                    "Shaking, sweating, a racing heart or chest pain after stimulant drugs can be dangerous poisoning.",
                    STIMULANT, STIMULANT_SIGN)),
            List.of(TextRedFlag.of("spinal_cord_compression", "spine", EMERGENCY,
                    "Cancer with new weakness of the legs, trouble walking or not being able to pass urine can be pressure on the spinal cord: go to hospital now, before it becomes permanent.",
                    CANCER, CORD_COMPRESSION_SIGN)),
            List.of(TextRedFlag.of("not_drinking_drowsy", "dehydration", EMERGENCY,
                    "Not drinking and now very drowsy or confused: severe dehydration or a serious illness that needs hospital care now.",
                    NOT_DRINKING, ALTERED_MENTAL_STATE).fromAge(16)),
            List.of(TextRedFlag.of("hypothermia", "cold", EMERGENCY,
                    "An older person who is cold to the touch and confused or drowsy may have hypothermia: warm them gently and get help now.",
                    BODY_COLD, ALTERED_MENTAL_STATE).fromAge(65)),
            List.of(TextRedFlag.of("methanol_poisoning", "methanol", EMERGENCY,
                    "Blurred vision, vomiting or breathlessness after country or home-made liquor, or others ill from the same drink, can be methanol poisoning: go to hospital now.",
                    ILLICIT_LIQUOR, METHANOL_SIGN)),
            List.of(TextRedFlag.of("diphtheria_signs", "diphtheria", EMERGENCY,
                    "A grey coating over the tonsils or a swollen 'bull neck' can be diphtheria, which can block the airway and harm the heart: go to hospital now.",
                    DIPHTHERIA)),
            List.of(TextRedFlag.of("severe_anaemia_breathless", "anaemia", EMERGENCY,
                    "A haemoglobin below 7 with breathlessness means the heart may not cope: go to hospital now.",
                    HB_VERY_LOW, BREATHLESS)),
            List.of(TextRedFlag.of("solvent_toxicity", "solvent", EMERGENCY,
                    "Chest pain, a racing heart or fainting after sniffing glue, petrol, whitener or gas can mean the heart rhythm is in danger: go to hospital now.",
                    SOLVENT, SOLVENT_SIGN)),
            List.of(TextRedFlag.of("diabetic_foot_emergency", "diabetic_foot", EMERGENCY,
                    "A black toe, gangrene, or a foot ulcer with pus, a foul smell or fever in diabetes can threaten the leg: go to hospital today.",
                    DIABETIC, DIABETIC_FOOT_DANGER)),
            List.of(TextRedFlag.of("post_tonsillectomy_bleeding", "bleeding_after_surgery", EMERGENCY,
                    "Any bleeding after a tonsil operation can become heavy quickly: go to the emergency department now.",
                    TONSILLECTOMY, BLEEDING_ANY)),
            TextRedFlag.anyOf("spreading_cellulitis", "skin_infection", EMERGENCY,
                    "Red, swollen skin that is spreading fast with a fever or shivering: an infection that needs hospital treatment now.",
                    List.of(SPREADING_FAST, FEVER),
                    List.of(SPREADING_FAST, RIGORS)),
            List.of(TextRedFlag.of("rectal_bleeding_heavy", "bleeding", EMERGENCY,
                    "A lot of bleeding from the back passage, or bleeding with faintness, needs emergency care.",
                    RECTAL_BLEEDING, HEAVY_OR_FAINT)),
            List.of(TextRedFlag.of("heart_failure_signs", "heart_failure", EMERGENCY,
                    "Breathlessness that is worse lying flat can be fluid on the lungs from heart failure.",
                    BREATHLESS, ORTHOPNOEA)),
            List.of(TextRedFlag.of("scorpion_sting", "scorpion", EMERGENCY,
                    "A scorpion sting can poison the heart within hours: go to hospital now.",
                    SCORPION_STING)),
            List.of(TextRedFlag.of("risk_to_others", "violence", EMERGENCY_AMBULANCE,
                    "Someone is threatening to kill or hurt others, or has a weapon: call the emergency services now.",
                    RISK_TO_OTHERS)),
            List.of(TextRedFlag.of("choking", "airway", EMERGENCY_AMBULANCE,
                    "Choking and not able to speak, cry, cough or breathe: call an ambulance now and give back blows.",
                    CHOKING, AIRWAY_BLOCKED)),
            List.of(TextRedFlag.of("inhaled_foreign_body", "airway", EMERGENCY,
                    "An object in the nose or airway with noisy breathing or choking can block breathing.",
                    FOREIGN_OBJECT, BREATHING_NOISE)),
            TextRedFlag.anyOf("dehydration_fluids_down", "dehydration", EMERGENCY,
                    "Not able to keep fluids down and dizzy or not passing urine, or too faint to stand after diarrhoea or vomiting: dehydration that needs fluids in hospital.",
                    List.of(CANT_KEEP_FLUIDS, DEHYDRATION_SIGN),
                    List.of(GASTROENTERITIS, CANT_STAND_FAINT)),
            List.of(TextRedFlag.of("aneurysm_rupture", "aorta", EMERGENCY_AMBULANCE,
                    "A known aneurysm with new pain or fainting can be bursting: call an ambulance.",
                    ANEURYSM, RUPTURE_SIGN)),
            List.of(TextRedFlag.of("acute_limb_ischaemia", "limb", EMERGENCY,
                    "A suddenly cold, pale or blue, painful limb can have lost its blood supply.",
                    COLD_PALE_LIMB, PAIN_WORD, SUDDEN)),
            List.of(TextRedFlag.of("eating_disorder_syncope", "eating_disorder", EMERGENCY,
                    "Fainting while not eating enough can mean a dangerous heart rhythm or low blood salts.",
                    STARVING, SYNCOPE)),
            TextRedFlag.anyOf("eye_injury_vision_loss", "eye", EMERGENCY,
                    "A blow to the eye with blurred or lost vision, or blood inside the eye, needs an eye specialist today.",
                    List.of(EYE_TRAUMA, VISION_LOSS),
                    List.of(EYE_TRAUMA, BLOOD_IN_EYE)),
            List.of(TextRedFlag.of("retinal_detachment_signs", "eye", EMERGENCY,
                    "A shadow or curtain across the vision can be a detached retina: see an eye specialist today, now if possible.",
                    VISION_CURTAIN)),
            List.of(TextRedFlag.of("new_flashes_floaters", "eye", CONSULTATION_24,
                    "New flashes of light with floaters can come from a tear in the retina: have the eye examined within 24 hours.",
                    FLASHES_AND_FLOATERS)),
            TextRedFlag.anyOf("acute_glaucoma_signs", "eye", EMERGENCY,
                    "A painful red eye with halos, blurred or lost vision or vomiting can be acute glaucoma, which can blind within hours.",
                    List.of(EYE_PAIN, GLAUCOMA_SIGN),
                    List.of(EYE_PAIN, VISION_LOSS)),
            List.of(TextRedFlag.of("serious_burn", "burn", EMERGENCY,
                    "A deep, large, chemical or electrical burn, or one on the face or genitals, needs hospital care.",
                    BURN, SERIOUS_BURN_SIGN)),
            List.of(TextRedFlag.of("electrical_injury", "electrical", EMERGENCY,
                    "An electric shock with chest, heart or other symptoms needs a heart check (ECG) today.",
                    ELECTRIC_SHOCK, SHOCK_SYMPTOM)),
            List.of(TextRedFlag.of("near_drowning", "drowning", EMERGENCY,
                    "After nearly drowning, breathing can get worse hours later: get checked in hospital now.",
                    NEAR_DROWNING)),
            List.of(TextRedFlag.of("sexual_assault", "assault", EMERGENCY,
                    "After a sexual assault, emergency contraception and HIV prevention work best within 72 hours: get care today.",
                    SEXUAL_ASSAULT)),
            TextRedFlag.anyOf("intussusception_signs", "abdomen_child", EMERGENCY,
                    "Red-currant-jelly stool, or a young child drawing up the legs with vomiting, can be a telescoped bowel (intussusception): go to hospital now.",
                    List.of(JELLY_STOOL),
                    List.of(LEGS_DRAWN_UP, VOMITING)).stream().map(f -> f.forAges(0, 6)).toList(),
            List.of(TextRedFlag.of("infected_kidney_stone", "kidney_infection", EMERGENCY,
                    "A kidney stone with a fever can be a blocked, infected kidney: go to hospital now.",
                    KIDNEY_STONE, FEVER)),
            TextRedFlag.anyOf("pyelonephritis_vomiting", "kidney_infection", EMERGENCY,
                    "A urine infection with a fever, back or side pain and vomiting, or with faintness, can be a kidney or blood infection that needs antibiotics in hospital.",
                    List.of(URINARY_SYMPTOM, FEVER, LOIN_PAIN, VOMITING),
                    List.of(URINARY_SYMPTOM, FEVER, FAINTNESS)),
            TextRedFlag.anyOf("pyelonephritis_signs", "kidney_infection", CONSULTATION_24,
                    "A urine infection with a fever and back or side pain, or shivering, can be a kidney infection: see a clinician today.",
                    List.of(URINARY_SYMPTOM, FEVER, LOIN_PAIN),
                    List.of(URINARY_SYMPTOM, FEVER, RIGORS)),
            List.of(TextRedFlag.of("necrotising_fasciitis_signs", "skin_infection", EMERGENCY,
                    "Pain much worse than the skin looks, or skin turning dark, can be a fast, deep infection: go to hospital now.",
                    PAIN_OUT_OF_PROPORTION)),
            List.of(TextRedFlag.of("injecting_drugs_fever", "sepsis", EMERGENCY,
                    "A fever after injecting drugs can be a blood or heart-valve infection or a deep abscess: go to hospital now.",
                    INJECTING_DRUGS, FEVER)),
            List.of(TextRedFlag.of("priapism", "priapism", EMERGENCY,
                    "An erection that lasts over 4 hours needs emergency treatment to save the penis.",
                    PRIAPISM)),
            List.of(TextRedFlag.of("adrenal_crisis", "adrenal", EMERGENCY,
                    "Addison's or adrenal insufficiency with vomiting, diarrhoea or faintness can be an adrenal crisis: use the emergency hydrocortisone injection if you have it and go to hospital now.",
                    ADRENAL_INSUFFICIENCY, ADRENAL_CRISIS_SIGN)),
            List.of(TextRedFlag.of("sickle_cell_crisis", "sickle_cell", EMERGENCY,
                    "Sickle cell disease with a fever, chest pain, breathlessness, a severe pain crisis or weakness needs hospital care now.",
                    SICKLE_CELL, SICKLE_DANGER)),
            // A headache with a stiff neck and pain from light: meningitis or a bleed, with or without
            // a fever (NICE NG240 Meningitis, 2024; NICE NG228 Subarachnoid haemorrhage, 2022).
            List.of(TextRedFlag.of("meningism", "meningitis", EMERGENCY,
                    "A headache with a stiff neck and pain from light can be meningitis or a bleed in the brain, even without a fever.",
                    HEADACHE, NECK_STIFF, PHOTOPHOBIA)),
            TextRedFlag.anyOf("giant_cell_arteritis_vision", "arteritis", EMERGENCY,
                    "Pain at the temples or on chewing with a change in vision can be giant cell arteritis, which can blind: it needs treatment today.",
                    List.of(TEMPLE_PAIN, VISION_LOSS),
                    List.of(TEMPLE_PAIN, DIPLOPIA)).stream().map(f -> f.fromAge(50)).toList(),
            List.of(TextRedFlag.of("giant_cell_arteritis", "arteritis", CONSULTATION_24,
                    "A new headache with pain or tenderness at the temples, or jaw pain on chewing, from 50 can be giant cell arteritis: see a clinician today.",
                    TEMPLE_PAIN).fromAge(50)),
            List.of(TextRedFlag.of("anticoagulant_major_bleeding", "anticoagulant_bleeding", EMERGENCY,
                    "Blood in the urine, stool or vomit, or coughed up, while on blood thinners needs emergency care.",
                    ANTICOAGULANT, MAJOR_BLEEDING)),
            List.of(TextRedFlag.of("anticoagulant_bleeding", "anticoagulant_bleeding", CONSULTATION_24,
                    "Bleeding gums, nosebleeds or easy bruising on blood thinners need a blood test (INR) or dose check today.",
                    ANTICOAGULANT, MINOR_BLEEDING)),
            List.of(TextRedFlag.of("surgical_wound_infection", "wound", CONSULTATION_24,
                    "An operation wound that is red, swollen, hot or leaking pus needs a check today; with a fever, shivering or feeling very unwell, go to hospital.",
                    SURGICAL_WOUND, WOUND_INFECTED)),
            List.of(TextRedFlag.of("strangulation", "violence", EMERGENCY,
                    "Being choked or strangled can injure the airway or neck arteries hours later, and is a sign of dangerous abuse: get checked in hospital now and tell the staff.",
                    STRANGULATION)),
            List.of(TextRedFlag.of("domestic_abuse", "violence", CONSULTATION_24,
                    "Being hit or threatened at home: a nurse will call today; if you are in danger now, call the emergency number.",
                    DOMESTIC_ABUSE)),
            List.of(TextRedFlag.of("child_harm_disclosed", "safeguarding", EMERGENCY,
                    "A child who says an adult hurts them needs to be seen and kept safe today.",
                    CHILD_DISCLOSES_HARM).forAges(0, 16)),
            TextRedFlag.anyOf("thoughts_of_harming_child", "perinatal_mental_health", EMERGENCY,
                    "Thoughts of harming your baby or child need urgent help today; you are not alone and it can be treated.",
                    List.of(THOUGHTS_OF_HARMING_CHILD),
                    List.of(POSTPARTUM, THOUGHTS_OF_HARMING)),
            List.of(TextRedFlag.of("organophosphate_poisoning", "poisoning", EMERGENCY_AMBULANCE,
                    "Sweating, drooling, small pupils, vomiting or breathlessness after pesticide spraying can be organophosphate poisoning: wash the skin, remove the clothes and call an ambulance.",
                    PESTICIDE_EXPOSURE, CHOLINERGIC_SIGN)),
            List.of(TextRedFlag.of("lithium_toxicity", "drug_toxicity", EMERGENCY,
                    "Shaking, confusion, vomiting or unsteadiness on lithium can be a toxic level: go to hospital now.",
                    LITHIUM, LITHIUM_TOXICITY_SIGN)),
            List.of(TextRedFlag.of("digoxin_toxicity", "drug_toxicity", EMERGENCY,
                    "Sickness, yellow or blurred vision or a slow pulse on digoxin can be a toxic level: go to hospital now.",
                    DIGOXIN, DIGOXIN_TOXICITY_SIGN)),
            List.of(TextRedFlag.of("high_altitude_illness", "altitude", EMERGENCY,
                    "Unsteadiness, confusion or breathlessness at rest at high altitude can be brain or lung swelling: go down now and get to hospital.",
                    ALTITUDE, ALTITUDE_DANGER)),
            List.of(TextRedFlag.of("pid_signs", "pelvic", CONSULTATION_24,
                    "Lower tummy pain with a fever and discharge or pain during sex can be a pelvic infection: see a clinician today.",
                    PELVIC_PAIN, FEVER, PID_SIGN)),
            List.of(TextRedFlag.of("compartment_syndrome_signs", "limb", EMERGENCY,
                    "Pain in a cast or injured limb that keeps getting worse, or numb or cold fingers or toes, needs checking in hospital now.",
                    CAST, COMPARTMENT_SIGN)),
            List.of(TextRedFlag.of("open_fracture", "trauma", EMERGENCY_AMBULANCE,
                    "A bone through the skin needs emergency surgery: cover it with a clean cloth and call an ambulance.",
                    OPEN_FRACTURE)),
            TextRedFlag.anyOf("exertional_syncope", "syncope", EMERGENCY,
                    "Fainting during exercise, or with a family history of sudden death at a young age, can be a heart problem: it needs a heart check today.",
                    List.of(SYNCOPE, EXERTION),
                    List.of(SYNCOPE, FAMILY_SUDDEN_DEATH)),
            List.of(TextRedFlag.of("ascending_weakness", "neuro", EMERGENCY,
                    "Weakness or numbness spreading up from the feet can be Guillain-Barré syndrome, which can stop breathing: go to hospital now.",
                    ASCENDING_WEAKNESS)),
            List.of(TextRedFlag.of("myasthenic_crisis", "neuro", EMERGENCY_AMBULANCE,
                    "Myasthenia with weak breathing or swallowing can be a crisis: call an ambulance.",
                    MYASTHENIA, BULBAR_OR_BREATHING)),
            List.of(TextRedFlag.of("thyroid_storm", "thyroid", EMERGENCY,
                    "An overactive thyroid with a fever and a racing heart, agitation or confusion can be a thyroid storm: go to hospital now.",
                    OVERACTIVE_THYROID, FEVER, THYROID_STORM_SIGN)),
            TextRedFlag.anyOf("low_platelets_bleeding", "bleeding_platelets", EMERGENCY,
                    "Low platelets with bleeding or a new rash of tiny spots need emergency care.",
                    List.of(LOW_PLATELETS, MINOR_BLEEDING),
                    List.of(LOW_PLATELETS, MAJOR_BLEEDING),
                    List.of(LOW_PLATELETS, PETECHIAE)),
            List.of(TextRedFlag.of("oliguria", "urine_output", EMERGENCY,
                    "Passing little or no urine for a day or more can mean the kidneys are failing: go to hospital now.",
                    OLIGURIA)),
            List.of(TextRedFlag.of("possible_dka", "diabetes", EMERGENCY,
                    "Thirst with passing a lot of urine or weight loss, and now vomiting, deep breathing or drowsiness, can be diabetic ketoacidosis: go to hospital now.",
                    THIRST, POLYURIA_OR_WEIGHT_LOSS, DKA_SIGN)),
            List.of(TextRedFlag.of("possible_type1_diabetes", "diabetes", CONSULTATION_24,
                    "A child who is very thirsty and passing a lot of urine, wetting the bed again or losing weight needs a blood sugar test today.",
                    THIRST, POLYURIA_OR_WEIGHT_LOSS).forAges(0, 16)),
            List.of(TextRedFlag.of("kawasaki_signs", "long_fever", EMERGENCY,
                    "A fever for 5 days or more with red eyes, red lips, a rash or swollen hands or feet can be Kawasaki disease: it needs hospital care today.",
                    LONG_FEVER, KAWASAKI_SIGN).forAges(0, 16)),
            List.of(TextRedFlag.of("prolonged_fever_unwell", "long_fever", EMERGENCY,
                    "A fever for 5 days or more with great weakness, faintness or confusion needs hospital care today.",
                    LONG_FEVER, WEAK_OR_FAINT)),
            List.of(TextRedFlag.of("prolonged_fever", "long_fever", CONSULTATION_24,
                    "A fever for 5 days or more needs a clinician and blood tests (typhoid, malaria, dengue and others) within 24 hours.",
                    LONG_FEVER)),
            List.of(TextRedFlag.of("dvt_signs", "dvt", CONSULTATION_24,
                    "A painful, swollen calf can be a blood clot (DVT): it needs a scan today; if you become breathless or have chest pain, call an ambulance.",
                    SWOLLEN_CALF)),
            List.of(TextRedFlag.of("jaw_dislocation", "jaw", EMERGENCY,
                    "A jaw stuck open is usually dislocated and needs putting back in hospital.",
                    JAW_LOCKED_OPEN)),
            TextRedFlag.anyOf("orbital_cellulitis_signs", "eye", EMERGENCY,
                    "A swollen red eyelid with pain on moving the eye, changed vision or a fever can be an infection behind the eye: go to hospital now.",
                    List.of(EYELID_SWELLING, ORBITAL_SIGN),
                    List.of(EYELID_SWELLING, FEVER)),
            List.of(TextRedFlag.of("chickenpox_complication", "chickenpox", EMERGENCY,
                    "Chickenpox with spreading redness, or a child who becomes very unwell, can be a serious bacterial infection: go to hospital now.",
                    CHICKENPOX, CHICKENPOX_DANGER)),
            List.of(TextRedFlag.of("rabies_signs", "bite", EMERGENCY,
                    "Fear of water or air, drooling, confusion or spasms after an animal bite can be rabies: go to hospital now.",
                    BITE_AT_ANY_TIME, RABIES_SIGN)),
            List.of(TextRedFlag.of("tetanus_signs", "wound", EMERGENCY,
                    "A stiff jaw that will not open, or muscle spasms, after a wound can be tetanus: go to hospital now.",
                    LOCKJAW, WOUND_OR_PUNCTURE)),
            List.of(TextRedFlag.of("severe_skin_reaction", "skin_reaction", EMERGENCY,
                    "Peeling or blistering skin after a new medicine, or with sore eyes or mouth, can be a severe drug reaction: stop the new medicine and go to hospital now.",
                    SKIN_PEELING, NEW_DRUG_OR_MUCOSA)),
            TextRedFlag.anyOf("deformed_limb", "trauma_limb", EMERGENCY,
                    "A limb bent the wrong way or out of place after an injury needs an X-ray and treatment in hospital now.",
                    List.of(DEFORMED_LIMB, FALL),
                    List.of(DEFORMED_LIMB, IMPACT)),
            List.of(TextRedFlag.of("icd_shock", "heart_device", EMERGENCY,
                    "Shocks from an implanted defibrillator need a heart check today; more than one shock, or feeling unwell, is an emergency.",
                    ICD_SHOCK)),
            TextRedFlag.anyOf("possible_aaa_rupture", "aorta_abdominal", EMERGENCY_AMBULANCE,
                    "Sudden severe back, side or tummy pain from the age of 60 can be a leaking aortic aneurysm: call an ambulance.",
                    List.of(BACK_PAIN, SUDDEN, WORST),
                    List.of(ABDOMINAL_PAIN, SUDDEN, WORST)).stream().map(f -> f.fromAge(60)).toList(),
            List.of(TextRedFlag.of("animal_bite", "bite", CONSULTATION_24,
                    "An animal bite: wash it with soap and running water for 15 minutes now and get it checked today; where rabies occurs, as in India, it needs rabies vaccine.",
                    ANIMAL_BITE)))
            .flatMap(List::stream)
            .toList();
}
