package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The core red flags fire on the words patients use, and stay silent when negated or absent. */
class RedFlagRulesTest {

    static final SafetyFloorEngine ENGINE = Fixtures.engine();

    static SafetyFloor floor(String complaint) {
        return ENGINE.evaluate(Fixtures.adult(complaint));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "stroke_signs | My dad's face is drooping on one side and his speech is slurred",
            "stroke_signs | sudden weakness in my left arm and I can't lift it",
            "unconscious | No one can wake her",
            "stroke_signs | since an hour he keeps dropping things from his left hand",
            "acs_chest_pain | worried I am having a heart attack, chest is tight",
            "acs_chest_pain | scared it is a heart attack, crushing chest pain and sweating",
            "unconscious | nobody can wake him up",
            "thunderclap_headache | I never had a headache this bad, came on in seconds",
            "uncontrolled_bleeding | Still bleeding from the cut, it's spurting, won't stop even with pressure",
            "unconscious | mummy ko koi utha nahi pa raha, saans dheere chal rahi hai",
            "unconscious | पापा को कोई जगा नहीं पा रहा",
            "thunderclap_headache | sar mein aisa dard kabhi nahi hua, achanak se shuru hua",
            "uncontrolled_bleeding | chot lagne ke baad khoon ruk hi nahi raha",
            "uncontrolled_bleeding | haath kat gaya, khoon dhaar ki tarah nikal raha hai",
            "suicidal_intent | mujhe ab jeena nahi hai, goliyan ikatthi kar li hain",
            "major_trauma | gaadi ne takkar maar di, pet phool raha hai aur chakkar aa rahe",
            "meningitis_rash | dane dabane par bhi nahi jaa rahe, bukhar bhi hai",
            "acs_chest_pain | aaj phir se seene mein dard aur saans phool rahi",
            // Hindi "par" is "on" after a part of the body and "but" after a statement
            "head_injury | sir par chot lagi aur bahut neend aa rahi hai",
            "stroke_signs | no fever par achanak ek taraf ka haath kaam nahi kar raha",
            "stroke_signs | she suddenly cant speak properly, words come out garbled",
            "stroke_signs | mouth is crooked and arm weak on the right side",
            "stroke_signs | papa ka munh tedha ho gaya aur haath mein kamzori",
            "stroke_signs | अचानक मुंह टेढ़ा हो गया और लकवा जैसा लग रहा है",
            "acs_chest_pain | Crushing chest pain for 30 minutes, sweating",
            "acs_chest_pain | pain in my chest going down my left arm",
            "acs_chest_pain | chest pian and feeling sick, cold sweat",
            "acs_chest_pain | seene mein dard hai aur pasina aa raha hai",
            "acs_chest_pain | सीने में दर्द और पसीना आ रहा है",
            "chest_pain | chest tightness since this morning",
            "anaphylaxis | ate peanuts and now my lips and tongue are swelling",
            "anaphylaxis | my throat is closing up after a bee sting",
            "anaphylaxis_breathing | allergic reaction with hives and wheezing",
            "severe_breathing_difficulty | I can't breathe properly and my lips are turning blue",
            "severe_breathing_difficulty | gasping for air, can't speak in full sentences",
            "severe_breathing_difficulty | saans nahi aa rahi hai",
            "severe_breathing_difficulty | सांस नहीं आ रही है",
            "suicidal_intent | I want to kill myself",
            "suicidal_intent | i dont want to live anymore",
            "suicidal_intent | been thinking about sucide",
            "suicidal_intent | mujhe marna chahta hoon, jeena nahi chahta",
            "suicidal_intent | मैं आत्महत्या करना चाहता हूँ",
            "overdose | I took all my sleeping pills an hour ago",
            "possible_pulmonary_embolism | short of breath and coughing up blood since my operation",
            "severe_asthma | my reliever inhaler isn't working and I'm wheezing",
            "asthma_attack | having an asthma attack",
            "sepsis_signs | his skin looks mottled and he is shivering",
            "meningitis_rash | rash that doesn't fade under a glass",
            "meningitis_signs | fever and a stiff neck",
            "thunderclap_headache | sudden explosive headache, worst headache of my life",
            "prolonged_seizure | she has been fitting for over 5 minutes",
            "seizure | had a seizure earlier, back to normal now",
            "unconscious | he is unconscious and won't wake up",
            "new_confusion | grandma is suddenly confused",
            "testicular_torsion | sudden pain in my right testicle",
            "gi_bleeding | black tarry stools since yesterday",
            "gi_bleeding | खून की उल्टी",
            "uncontrolled_bleeding | khoon nahi ruk raha",
            "diabetic_ketoacidosis_signs | I'm diabetic and vomiting with ketones",
            "major_trauma | fell from the second floor",
            "spinal_injury | dived into the pool, hit my head and can't move my arms",
            "head_injury | hit his head and was knocked out for a minute",
            "snakebite | सांप ने काटा",
            "heat_stroke | heat stroke after working in the sun",
            "dengue_warning_signs | dengue with bleeding gums and low platelets",
            "dengue | tested positive for dengue",
            "acute_abdomen | severe stomach pain, can't stand up straight",
            "fever_after_travel | fever since returning from Kenya",
            "fever_after_tick_bite | fever after a tick bite",
            "overdose | swallowed a whole strip of paracetamol tablets",
            "stroke_signs | he suddenly cant lift his right arm",
            "stroke_signs | her words come out jumbled since lunch",
    })
    void fires(String code, String complaint) {
        assertThat(floor(complaint).redFlags()).extracting(RedFlag::code).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "No chest pain, just a blocked nose",
            "denies chest pain or breathlessness",
            "Chest congestion and a cough with phlegm",
            "a mild headache after skipping lunch",
            "I am not short of breath, only a runny nose",
            "no suicidal thoughts, feeling a bit low after exams",
            "seene mein dard nahi hai, bas khansi hai",
            "without any swelling of the lips, itchy eyes from pollen",
            "sore throat and stiff muscles after the gym",
            "history of stroke, now a blocked nose",
            "my mother had a heart attack two years ago, I want a check-up",
            "coughing fits at night with a cold",
            "stiff neck from sleeping awkwardly, no fever",
            // a question answered no, typed as chat
            "seene me dard? nhi. bas khansi aur zukaam",
            "Chest pain? Nah, just a runny nose",
            // a heart attack feared or to be prevented is not one happening
            "I am worried about a heart attack because my uncle had one, but I feel fine",
            "what can I do to prevent a heart attack",
    })
    void staysSilent(String complaint) {
        assertThat(floor(complaint).redFlags()).isEmpty();
        assertThat(floor(complaint).floor()).isEqualTo(TriageLevel.SELF_CARE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no fever but crushing chest pain with sweating",
            "bleeding that does not stop and I can't breathe",
            // a comma before a new statement ends a negation, as "and" does
            "no fever, my chest pain is crushing and I am sweating",
            "not eating, his face is drooping on one side",
    })
    void negationEndsAtTheClause(String complaint) {
        assertThat(floor(complaint).floor()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Had chest pain last year, it is back now, very bad, sweating|acs_chest_pain",
            "I had chest pain last year. It is back now and I am sweating.|acs_chest_pain",
            "history of crushing chest pain with sweating, and it has come back today|acs_chest_pain",
            "had a stroke 2 years ago, now again his face is drooping on one side|stroke_signs",
            "pichle saal seene mein dard aur paseena hua tha, aaj phir se ho raha hai|acs_chest_pain",
            "2 saal pehle lakwa hua tha, aaj dobara muh tedha ho gaya|stroke_signs",
    })
    void aPastFindingThatHasComeBackIsCurrent(String complaint, String flag) {
        assertThat(floor(complaint).redFlags()).extracting(RedFlag::code).contains(flag);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "My son had a seizure when he was a baby, now he has a mild cold",
            "I had fits as a child, now I need a sick note for a cold",
            "I had a stroke last year and I am back to normal now, I want a flu jab",
            "I had a stroke last year, now its back pain from lifting",
            "pichle saal dil ka daura aaya tha, ab theek hoon, dawai chahiye",
            "2 saal pehle lakwa hua tha, ab bas khansi hai",
            "bachpan mein mirgi ke daure aate the, ab sardi hai",
            "पाँच साल पहले दिल का दौरा पड़ा था, अब दवा चाहिए",
            "5 saal phle heart attack aaya tha, ab dwai chahiye",
            "haathon pe khujli wale dane, dabane par chale jaate hain",
    })
    void aFindingInChildhoodOrAYearAgoIsHistory(String complaint) {
        assertThat(floor(complaint).redFlags()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I have never had chest pain like this before, I am sweating",
            "never had such bad chest pain and sweating",
            "I have not had pain like this in my chest, sweating",
            "no fever and never had pain like this in my chest, sweating",
            "I've never felt chest pain this bad, and I'm sweating",
    })
    void aNegationThatSaysTheFindingIsNewDoesNotNegateIt(String complaint) {
        assertThat(floor(complaint).redFlags()).extracting(RedFlag::code).contains("acs_chest_pain");
        assertThat(floor(complaint).floor()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
    }

    @ParameterizedTest(name = "{0} years: {1}")
    @CsvSource(delimiter = '|', value = {
            "2|my toddler swallowed some of my tablets",
            "4|he ate a few of grandma's pills",
            "3|she accidentally drank the cough syrup",
            "3|she drank some kerosene",
            "2|bachhe ne galti se goli kha li",
            "11.9|I swallowed a handful of pills",
    })
    void aChildWhoSwallowedMedicineOrPoisonNeedsAnAmbulanceWithoutSelfHarmAdvice(double years, String complaint) {
        SafetyFloor floor = floor(years, complaint);
        assertThat(floor.redFlags()).extracting(RedFlag::code).containsExactly("child_ingestion");
        assertThat(floor.floor()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
        assertThat(floor.selfHarm()).isFalse();
    }

    @ParameterizedTest(name = "{0} years: {1}")
    @CsvSource(delimiter = '|', value = {"12|I swallowed a handful of pills", "16|I took too many pills"})
    void fromTwelveAnOverdoseIsSelfHarm(double years, String complaint) {
        SafetyFloor floor = floor(years, complaint);
        assertThat(floor.redFlags()).extracting(RedFlag::code).containsExactly("overdose");
        assertThat(floor.selfHarm()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"I feel like I am going to die with this fever", "I am going to die of boredom"})
    void feelingLikeDyingIsNotAWishToDie(String complaint) {
        assertThat(floor(complaint).redFlags()).extracting(RedFlag::code).doesNotContain("suicidal_intent");
        assertThat(floor(complaint).selfHarm()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "mere bete ko daura pada hai|seizure",
            "papa ko dil ka daura pada hai, seene mein dard|acs_chest_pain",
    })
    void dauraIsASeizureUnlessItIsOfTheHeart(String complaint, String flag) {
        assertThat(floor(complaint).redFlags()).extracting(RedFlag::code).containsExactly(flag);
    }

    static SafetyFloor pregnant(String complaint) {
        return ENGINE.evaluate(Fixtures.request(30, true, complaint, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I am 34 weeks and the baby has not moved since yesterday|reduced_fetal_movements|EMERGENCY",
            "the baby is moving less than usual|reduced_fetal_movements|EMERGENCY",
            "I can not feel the baby move|reduced_fetal_movements|EMERGENCY",
            "bachha hil nahi raha|reduced_fetal_movements|EMERGENCY",
            "my waters broke at 30 weeks|waters_broken|EMERGENCY",
            "I had a seizure this morning|eclampsia|EMERGENCY_AMBULANCE",
            "having fits|eclampsia|EMERGENCY_AMBULANCE",
    })
    void lateInPregnancy(String complaint, String flag, TriageLevel level) {
        assertThat(pregnant(complaint).redFlags()).extracting(RedFlag::code).contains(flag);
        assertThat(pregnant(complaint).floor()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"the baby is moving a lot today", "mild back ache, baby kicking well"})
    void aBabyMovingWellFiresNothing(String complaint) {
        assertThat(pregnant(complaint).redFlags()).isEmpty();
    }

    static SafetyFloor floor(double years, String complaint) {
        return ENGINE.evaluate(Fixtures.request(years, false, complaint, null));
    }

    @ParameterizedTest(name = "{0} years: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // after "and", a new statement ends a negation
            "45|he is not making sense and his face is drooping|stroke_signs",
            "45|no fever and my left arm is numb and weak|stroke_signs",
            "45|no vomiting and now my chest is crushing and I am sweating|acs_chest_pain",
            // "not able to" is "unable to"
            "45|not able to breathe|severe_breathing_difficulty",
            "45|she is not able to speak in full sentences|severe_breathing_difficulty",
            "45|he isn't able to lift his left arm|stroke_signs",
            // a head injury with repeated vomiting
            "45|I fell and hit my head and I keep vomiting|head_injury",
            "45|I hit my head yesterday and have been throwing up|head_injury",
            // sepsis and ketoacidosis in patients' words
            "45|I have had a fever for a week, I am shivering and I feel like I am going to die|sepsis_signs",
            "45|fever and I have not peed all day|sepsis_signs",
            "45|I have not passed urine since yesterday|sepsis_signs",
            "45|my blood sugar is very high and there are ketones in my urine|diabetic_ketoacidosis_signs",
            // Hinglish: unconsciousness, sudden headache, poisons
            "8|mere bete ko daura pada hai aur woh hosh mein nahi hai|unconscious",
            "45|sir mein achanak bahut tez dard hua|thunderclap_headache",
            "45|achanak se sar mein bahut tez dard|thunderclap_headache",
            "3|bachhe ne mitti ka tel pi liya|child_ingestion",
            "30|usne chuhe ki dawai kha li|overdose",
            "30|maine keetnashak pi liya|overdose",
            // a bulging fontanelle is a red feature
            "0.5|the soft spot on her head is bulging|infant_unwell",
            "0.3|bulging fontanelle and vomiting|infant_unwell",
            // cardiac pain outside the chest; Hinglish dengue warning signs
            "60|pain in my jaw and left arm and I am sweating|acs_chest_pain",
            "50|my left arm feels heavy and I feel sick|acs_chest_pain",
            "60|jabde mein dard aur pasina|acs_chest_pain",
            "30|dengue hai aur pet mein dard aur ulti|dengue_warning_signs",
            // "no longer", "not stopped", "no improvement" are no negations
            "45|I can no longer feel my legs after the fall|spinal_injury",
            "45|she is no longer responding|unconscious",
            "45|he is not eating and is very confused|new_confusion",
            "45|the bleeding has not stopped|uncontrolled_bleeding",
            "45|there is no improvement, still crushing chest pain and sweating|acs_chest_pain",
            "45|not just chest pain but also sweating|acs_chest_pain",
            "45|I have not been able to breathe properly since morning|severe_breathing_difficulty",
            // children: green vomit, batteries, indrawing
            "0.5|my baby is vomiting green bile|bilious_vomiting",
            "4.9|her vomit is bright green|bilious_vomiting",
            "3|he swallowed a button battery|swallowed_battery_or_magnet",
            "8|she swallowed two magnets|swallowed_battery_or_magnet",
            "3|bachhe ne battery nigal li|swallowed_battery_or_magnet",
            "2|she is sucking in under her ribs when she breathes|severe_breathing_difficulty",
            // aorta, back, bladder, eyes, burns, shocks, drowning, assault, bites
            "65|sudden tearing pain in my back going through to my chest|aortic_dissection_signs",
            "60|severe ripping pain between my shoulder blades|aortic_dissection_signs",
            "30|worst pain of my life in my back and my legs are numb|cauda_equina_signs",
            "50|back pain and I have wet myself|cauda_equina_signs",
            "70|I have not been able to pee since this morning and my belly is swollen|urinary_retention",
            "30|a chemical splashed in my eye and it burns|chemical_eye_injury",
            "4|chuna aankh mein chala gaya|chemical_eye_injury",
            "60|my eye is very painful and red and I see halos|acute_glaucoma_signs",
            "30|I burnt my arm with boiling oil and the skin is white|serious_burn",
            "30|my face got burnt by hot oil|serious_burn",
            "30|I got an electric shock and my chest feels odd|electrical_injury",
            "5|my child nearly drowned in the pool|near_drowning",
            "25|I was raped last night|sexual_assault",
            "30|a street dog bit me on the leg|animal_bite",
            "8|kutte ne kaat liya|animal_bite",
            // airway, sugar, newborn jaundice, heavy bleeding; more Hinglish and Hindi
            "3|my son has a barking cough and makes a high pitched noise when breathing in|upper_airway_obstruction",
            "6|she is drooling and cannot swallow and has a fever|upper_airway_obstruction",
            "50|I am diabetic, my sugar is low and I am shaking and confused|hypoglycaemia",
            "50|I took too much insulin and feel shaky|hypoglycaemia",
            "0.002|my newborn is yellow|newborn_jaundice",
            "35|my periods are very heavy and I feel faint|heavy_bleeding_faint",
            "20|मुझे मरने का मन करता है|suicidal_intent",
            "30|mujhe allergy ho gayi hai aur gala band ho raha hai|anaphylaxis",
            "4|bachhe ko bukhar hai aur gardan nahi mud rahi|meningitis_signs",
            "16|mere andkosh mein achanak bahut dard|testicular_torsion",
            "45|I coughed up some blood this morning|haemoptysis",
            "45|khansi mein khoon aa raha hai|haemoptysis",
            // text speak, and the count of tablets that makes an overdose (from 5)
            "45|chst pain n sweatin|acs_chest_pain",
            "45|he is unconsios|unconscious",
            "45|tuk 2 many pils|overdose",
            "45|I took 5 sleeping pills|overdose",
            "45|I took ten tablets|overdose",
            // a fall at 60 or over: hip pain, not able to stand or bear weight, a shortened leg
            "60|fell at home, pain in my hip|possible_hip_fracture",
            "78|my mother slipped in the bathroom and now cant stand|possible_hip_fracture",
            "70|fell yesterday, cant put weight on my right leg|possible_hip_fracture",
            "80|after a fall her leg looks shorter and turned out|possible_hip_fracture",
            "75|gir gayi aur ab uth nahi pa rahi|possible_hip_fracture",
            // a swollen joint with a fever; a feverish child who limps or will not walk or use a limb
            "45|fever and my knee is swollen|septic_arthritis_signs",
            "8|fever and refuses to walk, knee is swollen|septic_arthritis_signs",
            "6|limping and has a fever|febrile_limp",
            "4|wont put weight on her leg and has a high temperature|febrile_limp",
            "3|child not using his arm and has fever|febrile_limp",
            "5|fever 2 days and doesnt want to walk|febrile_limp",
            // a heart attack taken for indigestion, from 30
            "30|feels like bad indigestion but I'm cold and sweaty|acs_chest_pain",
            "60|heartburn and I feel faint|acs_chest_pain",
            "50|acidity and gas pain in my upper stomach with sweating|acs_chest_pain",
            "55|seene mein jalan aur pasina aa raha hai|acs_chest_pain",
            // a passive wish to be gone is asked about like any suicidal thought (C-SSRS item 1)
            "25|I'm not suicidal but I want to disappear|suicidal_intent",
            "25|I wish I could just vanish|suicidal_intent",
            "25|sometimes I think my family would be happier if I was gone|suicidal_intent",
            "19|I'd be better off gone|suicidal_intent",
            "30|i keep thinking everyone would be happier without me|suicidal_intent",
            "82|mum had a fall, now her leg is twisted outwards|possible_hip_fracture",
            // a glucometer's LO and HI: below and above what it can measure
            "45|sugar reading shows LO on the machine and he is sweating|hypoglycaemia",
            "45|glucometer shows HI and I am vomiting|diabetic_ketoacidosis_signs",
            // a young child with a fever who is floppy or very drowsy (NICE NG143 red, under 5)
            "1|temperature 40.2 and she is very sleepy and floppy|febrile_child_unwell",
            "4.9|fever and he is very drowsy|febrile_child_unwell",
            // from 5, NICE NG143 no longer applies; marked drowsiness with a fever is a sepsis sign at any age (NICE NG51)
            "5|fever and he is very drowsy|sepsis_signs",
            "85|grandpa is very drowsy and not eating, has a urine infection|sepsis_signs",
            "69|new confusion and fever 38.9|new_confusion",
            // an arm that goes limp is still a stroke
            "60|my right arm went limp suddenly|stroke_signs",
            // the second round's misses
            "68|my father collapsed in the bathroom and is breathing strangely|collapse_abnormal_breathing",
            "24|I think my drink was spiked|drink_spiking",
            "38|I'm having heart palpitations and I fainted|palpitations_syncope",
            "29|severe pain on one side of my lower belly, period is 3 weeks late|ectopic_pregnancy_signs",
            "40|I took 30 of my sleeping tablets an hour ago|overdose",
            "70|papa ki sugar 40 aa gayi, pasina aa raha hai|hypoglycaemia",
            "4|bacche ko 104 bukhar hai aur wo uth nahi raha|febrile_child_unwell",
            "60|bp 200/110 hai aur sar mein bahut dard, ulti bhi ho rahi|hypertensive_crisis",
            // the third round's misses
            "25|मैं अपनी जान देना चाहती हूँ|suicidal_intent",
            "1.5|toddler has been vomiting all day and hasn't had a wet nappy since morning|child_dehydration",
            "14|took all her mum's antidepressants|overdose",
            "63|sudden painful red eye and seeing halos, vomiting|acute_glaucoma_signs",
            "2|fell down the stairs, hit head, very sleepy now|head_injury",
            // "not himself" is a change in behaviour, not a negation of the drowsiness after it
            "1|He is not himself, drowsy and vomiting after falling off the bed onto his head|head_injury",
            "1|bachcha palang se sir ke bal gira, ab sust hai aur ulti kar raha|head_injury",
            // WHO IMCI: lethargic with dry nappies or sunken eyes is severe dehydration
            "1|no wet nappy since yesterday, very sleepy, sunken eyes|child_diarrhoea_lethargic",
            "4|she has been vomiting for 2 days, no pee since morning and very drowsy|child_diarrhoea_lethargic",
            "2|pulled a pot of hot dal on himself, chest and arms burnt|serious_burn",
            "10|swollen painful testicle since an hour, he is vomiting|testicular_torsion",
            // NHS: any vomiting since a head injury is for A&E
            "14|hit on the head with a cricket bat, vomited three times and sleepy|head_injury",
            "1|baby rolled off the bed, big swelling on head and vomiting|head_injury",
            "3|child found with an empty bottle of dad's BP tablets|child_ingestion",
            "5|cannot swallow, drooling and sitting forward, high fever|upper_airway_obstruction",
            "3|choked on a grape, coughing and now can't speak or cry|choking",
            "30|choking on a piece of meat, can't breathe|choking",
            "72|sudden breathlessness and fast heartbeat, had knee replacement 10 days ago|possible_pulmonary_embolism",
            "29|2 weeks after delivery, suddenly short of breath|possible_pulmonary_embolism",
            "60|diabetic, big toe black and foul smelling, fever|diabetic_foot_emergency",
            "55|sugar patient, foot ulcer with pus and fever|diabetic_foot_emergency",
            "8|bleeding from the mouth a week after tonsils were removed|post_tonsillectomy_bleeding",
            "50|fever and red swollen leg that is spreading fast, the red area doubled in a few hours|spreading_cellulitis",
            "40|the redness on my arm is spreading quickly and I am shivering|spreading_cellulitis",
            "19|sniffing glue, now chest pain and heart racing|solvent_toxicity",
            "14|whitener sungh raha tha, ab chakkar aur dhadkan tez|solvent_toxicity",
            "45|severe back pain after lifting, now numb between the legs|cauda_equina_signs",
            "0.25|baby har saans ke saath kraah raha hai, naak phool rahi hai|severe_breathing_difficulty",
            "0.17|bachche ki saans 20 second ke liye ruk gayi aur neela pad gaya|severe_breathing_difficulty",
            "0.75|bachcha bahut tez saans le raha, sir hil raha hai har saans pe|severe_breathing_difficulty",
            "2|garam chai bachche par gir gayi, chhati aur haath jal gaye, chhale pad gaye|serious_burn",
            "10|andkosh sooja hua hai aur dard, ulti bhi ho rahi|testicular_torsion",
            "1|bachcha bilkul dheela pad gaya hai, jawab nahi de raha|unconscious",
            "4|2 din se ulti, subah se peshab nahi kiya, bahut neend mein hai|child_diarrhoea_lethargic",
            "14|cricket ball sir pe lagi, teen baar ulti ki aur neend aa rahi|head_injury",
            "1|bachcha palang se gira, sir pe badi gaanth aur ulti|head_injury",
            "3|bachcha papa ki bp ki goliyon ki khali shishi ke saath mila|child_ingestion",
            "5|nigal nahi pa raha, laar gir rahi, aage jhuk ke baitha hai, tez bukhar|upper_airway_obstruction",
            "72|achanak saans phoolne lagi, 10 din pehle ghutne ka operation hua tha|possible_pulmonary_embolism",
            "60|sugar hai, pair ka angootha kaala pad gaya aur badbu aa rahi, bukhar|diabetic_foot_emergency",
            "50|pair laal aur sooja, tezi se phail raha hai, bukhar aur kanpkanpi|spreading_cellulitis",
            "16|whitener soongh raha tha, ab seene mein dard|solvent_toxicity",
            "45|kamar dard ke baad dono pairon ke beech sunn pad gaya|cauda_equina_signs",
            "68|seedha let ke saans nahi aati, baith ke sona padta hai, pair soojhe|heart_failure_signs",
            "55|aankh mein tez dard, roshni ke charon taraf rang dikh rahe, ulti|acute_glaucoma_signs",
            "35|drank country liquor last night, now can't see properly and vomiting, friends also sick|methanol_poisoning",
            "40|kachi daru pi thi, ab dhundhla dikh raha aur ulti|methanol_poisoning",
            "8|fever for 3 days then fits and not recognising us|encephalitis_signs",
            "6|sore throat, grey coating on the tonsils, neck is swollen like a bull|diphtheria_signs",
            "0.02|baby 7 days old, jaws locked, can't suck, stiff body|infant_unwell",
            "25|very pale, breathless even at rest, Hb was 5|severe_anaemia_breathless",
            "45|attacked by a swarm of bees, hundreds of stings, feeling dizzy and breathless|anaphylaxis_breathing",
            "40|scrub typhus on treatment, now breathless and confused|sepsis_signs",
            "60|working in the fields in 46 degrees, collapsed, very hot skin|heat_stroke",
            "70|not passing urine for 2 days, swelling all over, breathless|oliguria",
            "1|severe diarrhoea many times, baby very weak and not drinking|child_diarrhoea_lethargic",
            "28|I delivered a baby 1 month ago, now high fever and tummy pain|postpartum_sepsis",
            "28|ek mahine pehle delivery hui, ab tez bukhar aur pet dard|postpartum_sepsis",
            "50|had surgery 1 month ago, now fever and sore swollen belly|post_operative_abdomen",
            "50|ek mahine pehle operation hua, ab bukhar aur pet suja hua|post_operative_abdomen",
            "30|2 mahine pehle kutte ne kaata tha, ab pani se dar lag raha|rabies_signs",
            "30|1 saal pehle kutte ne kaata tha, ab pani se dar lagta hai|rabies_signs",
            "0.25|bchha har sans k sath krah rha h|severe_breathing_difficulty",
            "3|angur gle me atk gya, bol nhi pa rha|choking",
            "2|grm chai gir gyi bchhe pr, chati or hath jl gye|serious_burn",
            "1|bchha bilkul dhila pd gya, jwab nhi de rha|unconscious",
            "72|10 din phle ghutne ka operation hua tha, ab achank sans phul rhi|possible_pulmonary_embolism",
            "45|kmr drd k bad pairo k bich sunn ho gya|cauda_equina_signs",
            "6|gle me safed bhura parda, gardan bht suji hui|diphtheria_signs",
            "0.02|7 din ka bchha, muh nhi khul rha, doodh nhi chus pa rha, sharir akda hua|infant_unwell",
            "45|madhumakhi k jhund ne kata, chakkar or sans phul rhi|anaphylaxis_breathing",
            "60|46 degree me khet me kaam kr rha tha, gir gya, sharir bht grm|heat_stroke",
            "1|bht dast ho rhe, bchha bht kamzor or pani nhi pi rha|child_diarrhoea_lethargic",
            "19|gle me dard, ek taraf gardan suji or muh nhi khul rha|deep_neck_infection",
            "17|I have written goodbye letters to my friends|suicidal_intent",
            "25|bas ab sab khatam karna hai, kal subah tak|suicidal_intent",
            "24|I keep thinking of jumping in front of a train today|suicidal_intent",
            "60|retired, wife died and he bought rope yesterday|suicidal_intent",
            "31|husband threatened to burn me, poured kerosene|risk_to_others",
            "28|2 weeks after delivery, she says the baby is not hers and wants to leave it outside|postpartum_psychosis",
            "80|dadi subah se bister se nahi uthi, kuch bol nahi rahi|older_adult_acute_decline",
            "72|his legs gave way, now cannot walk at all and back pain, has prostate cancer|spinal_cord_compression",
            "65|not eaten or drunk anything for 3 days, very drowsy|not_drinking_drowsy",
            "78|dementia patient, suddenly very drowsy and not drinking, fever|not_drinking_drowsy",
            "90|very cold, skin cold to touch, confused, house has no heating|hypothermia",
            "14|सिर पर बल्ला लगा, तीन बार उल्टी हुई|head_injury",
            "72|घुटने के ऑपरेशन के 10 दिन बाद अचानक साँस फूलने लगी|possible_pulmonary_embolism",
            "8|टॉन्सिल के ऑपरेशन के बाद मुँह से खून आ रहा है|post_tonsillectomy_bleeding",
            "45|कमर दर्द के बाद दोनों पैरों के बीच सुन्न हो गया|cauda_equina_signs",
            "68|सीधा लेटने पर साँस नहीं आती, बैठकर सोना पड़ता है|heart_failure_signs",
            "80|घर में गिर गईं, उठ नहीं पा रहीं, कूल्हे में दर्द|possible_hip_fracture",
            "58|कीमो चल रही है, बुखार 38.5|neutropenic_sepsis",
            "28|पेट के निचले हिस्से में एक तरफ तेज़ दर्द, माहवारी नहीं आई, चक्कर|ectopic_pregnancy_signs",
            "30|चोट से खून रुक ही नहीं रहा, धार की तरह निकल रहा है|uncontrolled_bleeding",
            "44|my eye got hit by a cricket ball and now I can't see from it|eye_injury_vision_loss",
            "57|sudden loss of speech for 10 minutes, now better|stroke_signs",
            // the fourth round's misses
            "30|bichhu ne kaat liya, bahut dard aur pasina|scorpion_sting",
            "28|delivery ke baad bahut khoon aa raha hai|uncontrolled_bleeding",
            "33|she is hearing voices telling her to kill herself|suicidal_intent",
            "27|my brother is threatening to kill people and has a knife|risk_to_others",
            "35|the voices are telling me to kill my neighbour|risk_to_others",
            "3|my child pushed a bead up her nose and now breathing noisily|inhaled_foreign_body",
            "68|vomiting and pain in my belly, I haven't passed stool or wind for 3 days|acute_abdomen",
            "22|I have been vomiting for 2 days and can't keep water down, very dizzy|dehydration_fluids_down",
            "0.6|baby had a seizure, first time, with fever|prolonged_seizure",
            "58|sudden terrible back pain and I feel faint, known aneurysm|aneurysm_rupture",
            "41|my whole body is swollen with hives and I feel faint|anaphylaxis_circulation",
            "29|I was punched in the head and now I'm confused and vomiting|head_injury",
            "5|my son fell from the swing on his head and vomited 3 times|head_injury",
            "62|my legs are blue and cold and very painful suddenly|acute_limb_ischaemia",
            "53|sudden severe pain in my eye and I can't see properly|acute_glaucoma_signs",
            "65|I have TB and coughed up a cup of blood|haemoptysis",
            "15|I have been starving myself and fainted at school|eating_disorder_syncope",
            "34|pain and swelling in my calf, now I'm breathless|possible_pulmonary_embolism",
            // the fifth round's misses
            "7|my son has swelling around his eyes, passing very little red urine|nephritic_signs",
            "37|I ate wild mushrooms and now have bad stomach cramps and vomiting|toxic_plant_ingestion",
            "42|carbon monoxide alarm went off, everyone has a headache and feels sick|carbon_monoxide",
            "35|I'm on chemotherapy and have a fever of 38.2|neutropenic_sepsis",
            "20|I can't stop shaking, sweating and my heart is racing after taking ecstasy|stimulant_toxicity",
            "58|I've been vomiting and my belly is swollen and tight|acute_abdomen",
            "12|I've got a bad headache after being hit by a cricket bat on the head|head_injury",
            "63|bleeding from my back passage, a lot, feeling faint|rectal_bleeding_heavy",
            "3|my toddler drank from a bottle of dishwasher liquid|child_ingestion",
            "49|I'm very short of breath and my ankles are swollen, can't lie flat|heart_failure_signs",
            "16|my friend took some pills and won't talk to us|overdose",
            "53|my eye is red and very painful after a chemical splash|chemical_eye_injury",
            "68|my wife suddenly doesn't recognise me|new_confusion",
            // a sixth unseen round
            "66|hit my head on the cupboard door, I take apixaban|head_injury",
            "64|my husband is on clopidogrel and aspirin, he banged his head in the bathroom and now has a headache|head_injury",
            "72|fell yesterday, now very drowsy and vomiting|head_injury",
            "29|gave birth 5 days ago, now high fever and smelly discharge and feel very unwell|postpartum_sepsis",
            "31|delivered 2 weeks ago, terrible headache and seeing flashing lights|pre_eclampsia_signs",
            "27|had my baby last week and just had a fit|eclampsia",
            "40|on dialysis, missed two sessions, feel weak and my heart is skipping|missed_dialysis",
            "55|kidney transplant patient, fever 38.5 and feeling rough|immunosuppressed_fever",
            "38|I had my spleen removed and now have a high temperature|immunosuppressed_fever",
            "42|waded through flood water last week, now fever, calf pain and yellow eyes, passing very little urine|fever_with_jaundice",
            "50|I have been drinking heavily for years, stopped 2 days ago, now shaking, seeing insects on the wall and sweating|alcohol_withdrawal",
            "30|my neck is swollen after a tooth infection and I can't open my mouth or swallow properly|deep_neck_infection",
            "55|I'm on blood thinners and my nose has been bleeding for over an hour and won't stop|uncontrolled_bleeding",
            "12|my son was hit in the tummy by a cricket ball and now has bad pain and looks pale|abdominal_trauma",
            // a seventh unseen round
            "0.75|my baby keeps drawing his legs up screaming, and there was red jelly in his nappy|intussusception_signs",
            "1.5|my toddler has a barking cough and is making a harsh noise when breathing in, even at rest|upper_airway_obstruction",
            "45|kidney stone pain on the left and now fever and shivering|infected_kidney_stone",
            "38|my leg wound is very painful, much worse than it looks, and the skin is going dark|necrotising_fasciitis_signs",
            "62|suddenly the room is spinning, I can't walk straight and I'm seeing double|stroke_signs",
            "36|I have Addison's disease and I've been vomiting all day, can't keep my steroid tablets down|adrenal_crisis",
            "19|I have sickle cell and I'm in a pain crisis with chest pain and fever|sickle_cell_crisis",
            "24|my friend is hearing voices telling him to jump off the building|suicidal_intent",
            "70|my mother has a new severe headache and pain in her temple and her vision went blurry|giant_cell_arteritis_vision",
            "41|I have a terrible headache and my neck is stiff and I can't bear light|meningism",
            "30|my arm is swollen and hot after I injected drugs and I have a fever|injecting_drugs_fever",
            "48|severe pain in my penis, it has been erect for 5 hours|priapism",
            "52|my belly is swollen and I've been vomiting, I haven't pooed for 4 days|acute_abdomen",
            "60|I'm on warfarin and peeing blood and my gums are bleeding|anticoagulant_major_bleeding",
            "60|on warfarin, my gums bleed a little when I brush|anticoagulant_bleeding",
            "50|peshab karne mein jalan aur bukhar, kamar mein dard aur ulti|pyelonephritis_vomiting",
            "50|burning when I pee, fever and pain in my lower back|pyelonephritis_signs",
            "28|sharab chhodne ke baad haath kaanp rahe hain aur cheezein dikh rahi hain|alcohol_withdrawal",
            "65|papa gir gaye aur ab bahut neend aa rahi hai, ulti bhi ki|head_injury",
            "19|I've had diarrhoea and vomiting for 3 days and I'm so dizzy I can't stand|dehydration_fluids_down",
            "44|I have a fever and the wound from my operation last week is red and swollen and pus is coming out|surgical_wound_infection",
            "25|bitten by a rabid-looking dog on the face, deep wound bleeding|animal_bite",
            // an eighth unseen round
            "28|my husband hit me again tonight and choked me, I am scared to go home|strangulation",
            "28|my husband hit me again tonight|domestic_abuse",
            "4|my daughter has bruises all over and says daddy hurts her|child_harm_disclosed",
            "32|since my baby was born I have thoughts of harming her|thoughts_of_harming_child",
            "30|sprayed pesticide in the field, now sweating a lot, drooling, small pupils and vomiting|organophosphate_poisoning",
            "45|I took my lithium and now I'm shaking badly, confused and vomiting|lithium_toxicity",
            "68|on digoxin, seeing yellow halos and feeling sick and my pulse is slow|digoxin_toxicity",
            "26|trekking at 4500 m, severe headache, vomiting and I can't walk straight|high_altitude_illness",
            "24|I'm 10 weeks pregnant and can't keep anything down for 3 days, peeing very little|dehydration_fluids_down",
            "22|lower belly pain with fever and smelly vaginal discharge, pain during sex|pid_signs",
            "35|my leg is in a cast and the pain is getting unbearable, my toes are numb|compartment_syndrome_signs",
            "40|I fell and the bone is sticking out of my leg|open_fracture",
            "18|I fainted while playing football|exertional_syncope",
            "32|weakness started in my feet and is now climbing up my legs over 2 days|ascending_weakness",
            "38|I have myasthenia and my breathing and swallowing are getting weak|myasthenic_crisis",
            "44|I have Graves disease, now very high fever, heart racing, agitated and diarrhoea|thyroid_storm",
            "25|platelets are very low and now my nose is bleeding and I have spots all over|low_platelets_bleeding",
            "60|I've hardly passed any urine in 2 days and my legs are swelling|oliguria",
            "9|my son is always thirsty, wetting the bed again, lost weight and now vomiting and breathing deep|possible_dka",
            "9|my son is always thirsty and wetting the bed again|possible_type1_diabetes",
            "3|fever for 6 days, red eyes, cracked red lips and a rash, swollen hands|kawasaki_signs",
            "36|ek hafte se bukhar hai, pet dard aur dast, typhoid ka shak hai, ab bahut kamzori aur behoshi jaisi|prolonged_fever_unwell",
            "50|sudden painful red swollen leg calf after a long bus journey|dvt_signs",
            "45|I can't move my jaw, it's stuck open after yawning|jaw_dislocation",
            "37|my eyelid is very swollen and red, it hurts to move my eye and I have a fever|orbital_cellulitis_signs",
            "4|my son had chickenpox and now one spot is very red, spreading and he's very unwell with fever|chickenpox_complication",
            // round 9: Indian English, eyes, tetanus and rabies, poisons common in India
            "55|seeing a black curtain coming down over my left eye|retinal_detachment_signs",
            "60|a dark shadow is moving across the vision of my right eye|retinal_detachment_signs",
            "60|my vision is like a veil is over it since this morning|retinal_detachment_signs",
            "60|sudden flashes of light and lots of new floaters in right eye|new_flashes_floaters",
            "8|stepped on rusty nail last week, now jaw is stiff and cannot open mouth|tetanus_signs",
            "25|cut my foot on glass 10 days ago, now lockjaw and back stiff|tetanus_signs",
            "32|bitten by street dog 2 months ago, now scared of water and very restless|rabies_signs",
            "30|street dog bit me 3 months back, now cannot drink water, throat spasms|rabies_signs",
            "35|consumed celphos tablet after fight with wife|overdose",
            "35|he drank sulphas mixed in water|overdose",
            "20|consumed 30 tablets of my mother|overdose",
            "25|got current while fixing fan, hand is burnt and chest feels funny|electrical_injury",
            "4|having fits since 10 minutes not stopping|prolonged_seizure",
            "30|dog bit me 2 months ago, should I take the vaccine now|animal_bite",
            // round 10: Hinglish and Hindi
            "2|bacche ki saans bahut tez chal rahi hai aur pasliyan andar ja rahi hain|severe_breathing_difficulty",
            "4|bacche ne dawai ki puri bottle pee li|child_ingestion",
            "30|maine cough syrup ki puri bottle pee li|overdose",
            "22|maine bahut saari neend ki goliyan kha li|overdose",
            "28|pet mein ek taraf bahut tez dard aur period miss hai, chakkar aa rahe|ectopic_pregnancy_signs",
            "3|बच्चे को तेज़ बुखार और शरीर पर लाल चकत्ते जो दबाने पर नहीं जाते|meningitis_rash",
            "55|sugar 450 hai, ulti ho rahi hai aur saans tez|diabetic_ketoacidosis_signs",
            "6|bachha saans lene mein seeti ki awaaz, bol nahi pa raha|severe_asthma",
            "48|kal se peshab nahi hua, pet phool gaya|urinary_retention",
            "5|bacche ne sikka nigal liya, ab saans mein dikkat|inhaled_foreign_body",
            "33|dil bahut tez dhadak raha hai aur behoshi si lag rahi hai|palpitations_syncope",
            "44|tez kamar dard ke saath peshab aur latrine pe control nahi|cauda_equina_signs",
            "70|dadaji ko dora pada, 10 minute se jhatke aa rahe hain|prolonged_seizure",
            "50|factory mein haath machine mein aa gaya, ungli kat gayi|major_trauma",
            "30|my finger was cut off by the chaff cutter|major_trauma",
            "30|machine me ungli kat ke alag ho gyi|major_trauma",
            "3|बच्चा गर्म पानी से जल गया, पूरी छाती और पेट पर छाले|serious_burn",
            "62|aankh se achanak dikhna band ho gaya|stroke_signs",
            // round 11: Hinglish and Hindi again
            "2|bachhe ko bukhar ke saath jhatke aaye pehli baar|prolonged_seizure",
            "1|baccha bahut sust hai, aankhen andar dhans gayi, dast 10 baar|child_diarrhoea_lethargic",
            "4.9|toddler with diarrhoea all day, now floppy and very sleepy|child_diarrhoea_lethargic",
            "0.5|baby ka taalu ubhra hua hai aur bukhar hai|infant_unwell",
            "26|delivery ke 3 din baad tez bukhar aur badboo wala discharge|postpartum_sepsis",
            "40|pet mein bahut tez dard, pet patthar jaisa sakht ho gaya|acute_abdomen",
            "25|typhoid ke baad pet mein achanak tez dard aur ulti|acute_abdomen",
            "30|sar pe chot lagi, kaan se khoon aa raha hai|head_injury",
            "30|slipped in the bathroom and hit my head, blood coming out of my ear|head_injury",
            "19|ladke ne chaku maar diya pet mein|major_trauma",
            "6|bachha chhat se gir gaya|major_trauma",
            "35|khet mein naag ne das liya|snakebite",
            "30|madhumakkhi ke bahut saare dank, sujan aur saans mein takleef|anaphylaxis_breathing",
            "17|beti ne haath ki nas kaat li|suicidal_intent",
            "50|khansi mein bahut saara khoon aa raha hai|haemoptysis",
            "78|dadi ko kal se kuch samajh nahi aa raha, ulta seedha bol rahi hain|new_confusion",
            "32|keede maarne ki dawa pee li|overdose",
            "35|sharab ke saath neend ki goli kha li, ab uth nahi raha|overdose",
            "70|tez bukhar, kaanpna, peshab mein jalan aur behoshi si|pyelonephritis_vomiting",
            "70|high fever, shivering, burning urine and feeling faint|pyelonephritis_vomiting",
            "30|fever with shivering and burning urine|pyelonephritis_signs",
            "30|malaria tha, ab peeli aankhen, peshab kala aur behoshi|severe_malaria_signs",
            "30|malaria positive, now yellow eyes and very drowsy|severe_malaria_signs",
            "40|haath pe garam tel gira, bada chhala aur chamdi safed ho gayi|serious_burn",
            "45|sir mein aisa dard jaise kisi ne hathoda maara ho|thunderclap_headache",
            "16|testicle mein achanak bahut dard aur ulti|testicular_torsion",
            "4|bachha saans lete waqt gale se awaaz, laar tapak rahi, bukhar|upper_airway_obstruction",
            // round 12: Hinglish and Hindi again
            "60|saans ruk ruk ke aa rahi hai, honth kaale pad gaye|severe_breathing_difficulty",
            "0.25|bachhe ka rang neela pad gaya khansi ke baad|severe_breathing_difficulty",
            "3|garam paani ka bhagona bachhe ke upar gir gaya|serious_burn",
            "72|maa ki ek aankh se dikhna achanak band ho gaya, sir mein dard|stroke_signs",
            "40|dawai lene ke baad jeebh aur honth mote ho gaye|anaphylaxis",
            "25|mere bhai ne phansi lagane ki koshish ki|suicidal_intent",
            "30|he tried to hang himself last night|suicidal_intent",
            "30|dimaag mein awaazein keh rahi hain sabko maar do|risk_to_others",
            "18|kal raat ladki ke saath zabardasti hui|sexual_assault",
            "30|karant laga, ab dil ajeeb tarah se dhadak raha hai|electrical_injury",
            "25|5 din se tez bukhar, platelets gir rahe, pet mein dard aur ulti|dengue_warning_signs",
            "1|bachha bahut tez saans le raha, khana peena band, bukhar|febrile_child_not_drinking",
            "4.9|fever and he refuses to drink anything at all since morning|febrile_child_not_drinking",
            "80|budhe pitaji gir gaye, lagta hai kulha toot gaya|possible_hip_fracture",
            "8|sar mein chot ke baad do baar ulti aur neend aa rahi|head_injury",
            "60|peeth mein achanak chirne jaisa dard jo seene tak jaata hai|aortic_dissection_signs",
            "45|pair ki pindli suji aur laal, ab saans phool rahi hai|possible_pulmonary_embolism",
            "15|cricket ball se aankh mein chot, dikh nahi raha|eye_injury_vision_loss",
            "40|gale mein machhli ka kaanta atka, thook bhi nahi nigal pa raha|upper_airway_obstruction",
            // round 13: Hinglish as chat is typed, vowels dropped
            "58|sine me bht dard h, pseena aa rha h|acs_chest_pain",
            "25|zehar kha lia|overdose",
            "35|pet me bht tej dard h, ulti bhi|acute_abdomen",
            "30|sanp ne kat lia|snakebite",
            "45|sir me achank bht tej dard, ulti|thunderclap_headache",
            "0.03|bchha 10 din ka, bkhar h|infant_fever",
            "3|bachhe ko bkhar h 104 aur jhatke aa rhe|febrile_seizure",
            "5.9|high fever and he had a fit lasting 2 minutes|febrile_seizure",
            "28|pregnant hu, khun aa rha h bht|ectopic_pregnancy_signs",
            "35|dil ki dhdkn bht tej, chkkar aa rhe|palpitations_syncope",
            "40|my heart is pounding and I feel lightheaded|palpitations_syncope",
            "70|hath pair thande, behoshi, bp bht low|shock_signs",
            "60|cold clammy hands and his blood pressure is very low|shock_signs",
            "30|asthma ka attack, pump se aaram nhi|severe_asthma",
            "30|nind ki goli jyada kha li|overdose",
            "55|dhoop me chakkar aake gir gye, bdn bht grm|heat_stroke",
            "30|pet me chot lagi, andar se khun|abdominal_trauma",
            // round 14: chat Hindi again, after the respelling
            "1|bche ki sans bht tej chl rhi h, pasli andr ja rhi|severe_breathing_difficulty",
            "68|papa ka ek trf ka hath pair kam nhi kr rha|stroke_signs",
            "45|khasi me khun aa rha h bht|haemoptysis",
            "60|dil me dard h, baye hath me ja rha|acs_chest_pain",
            "28|mai khudkhushi krna chahta hu|suicidal_intent",
            "30|pati ne gla dbaya|strangulation",
            "45|lu lg gyi, behoshi, bdn tp rha|heat_stroke",
            "30|pair ki haddi tut gyi, bahar dikh rhi|open_fracture",
            "25|pet me chaku lga|major_trauma",
            "65|achank dikhna bnd ho gya ek aankh se|stroke_signs",
            "25|nashe ki goli jyada li, sans dhimi|overdose",
            "3|bache ne sikka nigla, sans me dikkat|inhaled_foreign_body",
            // round 15: English, operations, medicines, skin, bones, devices, older adults, after birth
            "85|mum is off her legs and not herself since this morning|older_adult_acute_decline",
            "70|my dad is not himself today|older_adult_change",
            "45|I had my gallbladder out 3 days ago and now I have a fever and my tummy is swollen and very sore|post_operative_abdomen",
            "45|3 weeks after my hernia op, I have a temperature and my tummy is sore|post_operative_abdomen",
            "60|I'm on methotrexate and have mouth ulcers and a temperature|immunosuppressed_fever",
            "35|started a new antibiotic and now my skin is peeling and blistering with sore eyes|severe_skin_reaction",
            "40|my tooth abscess has made my eye swell shut and I have a fever|orbital_cellulitis_signs",
            "22|my throat is so sore I can't open my mouth and my voice sounds muffled|upper_airway_obstruction",
            "8|my son fell off the trampoline and his arm looks bent the wrong way|deformed_limb",
            "30|I fell and my shoulder popped out of place|deformed_limb",
            "30|two weeks after giving birth I feel like I'm going mad and hearing things|postpartum_psychosis",
            "15|my 15 year old hasn't eaten for days and fainted at school, she is very thin|eating_disorder_syncope",
            "60|my defibrillator shocked me 3 times today|icd_shock",
            "70|I've been vomiting for two days and now I'm confused and can't stand|new_confusion",
            "70|I've got sudden severe pain in my lower back going to my groin|possible_aaa_rupture",
            "40|I can't stop shaking, sweating and my heart is racing after taking too much of my thyroid pills|overdose",
            "30|I've had diarrhoea with blood for 3 days and I'm feeling very weak and dizzy|gi_bleeding",
            "25|I think my appendix has burst, pain everywhere now and I'm hot|acute_abdomen",
            // round 16: Hindi in Devanagari
            "45|अचानक सिर में बहुत तेज़ दर्द और उल्टी|thunderclap_headache",
            "3|बच्चे ने केरोसिन पी लिया|child_ingestion",
            "35|दिल की धड़कन बहुत तेज़ है और चक्कर आ रहे हैं|palpitations_syncope",
            "60|शुगर बहुत कम है, पसीना और कंपकंपी|hypoglycaemia",
            "70|ठंडे हाथ पैर, बेहोशी, बीपी बहुत कम|shock_signs",
            "40|सीढ़ी से गिरे, कमर में दर्द, पैर नहीं हिल रहे|spinal_injury",
            "30|अस्थमा का दौरा, पंप से आराम नहीं|severe_asthma",
            "55|धूप में चक्कर आकर गिर गए, शरीर बहुत गरम|heat_stroke",
            "30|पेट में चोट लगी, अंदर से खून|abdominal_trauma",
            "25|पेट में चाकू लगा|major_trauma",
            "15|अंडकोष में अचानक बहुत तेज़ दर्द|testicular_torsion",
            "25|मिर्गी का दौरा दस मिनट से नहीं रुक रहा|prolonged_seizure",
            // round 17: longer messages in English
            "0.5|Baby has loose motions 8 times today. She is not taking feed and crying without tears.|infant_dehydration",
            "35|I was cleaning the drain with acid and some went in my mouth. Now my throat is burning and I can't swallow.|overdose",
            "32|We were sleeping with the coal heater on. Now the whole family has headache and vomiting.|carbon_monoxide",
            "1|The baby pulled a pot of boiling tea onto himself. His chest and arms are red and blistered.|serious_burn",
            "12|My son got hit in the eye with a cricket ball. He says he can see only blur and the eye is full of blood.|eye_injury_vision_loss",
            "50|Since 2 days I am not able to pass stool or gas and my stomach is bloated and I am vomiting.|acute_abdomen",
            "16|My daughter has not eaten properly for weeks, she fainted today and her heart is beating very slow.|eating_disorder_syncope",
            "5|My child fell into the pond. We took him out, he is coughing and breathing fast.|near_drowning",
            // round 18: chat Hindi again
            "3|bachi ne mummy ki bp ki goliya kha li|child_ingestion",
            "17|beti ne kha mai mar jaungi, apne kamre me band h|suicidal_intent",
            "35|mere pati ne chaku se khud ko kata|suicidal_intent",
            "40|dimag me awaaze aati h ki sabko maar du|risk_to_others",
            "65|papa 2 din se bistar se nhi uthe, kuch bol nhi rhe|older_adult_acute_decline",
            "70|dada ji ka pet phula h, 3 din se latrine nhi gye, ulti|acute_abdomen",
            "30|bijli ka jhatka laga, hath jal gya, dil ajeeb|electrical_injury",
            "12|cricket ball se aankh me chot, khun bhar gya aankh me|eye_injury_vision_loss",
            "4|bachi ki nak me dana fas gya, sans me awaz|inhaled_foreign_body",
            "20|nasha kiya, ab bilkul nhi jag rha|unconscious",
            "30|sharab chhodi 2 din pehle, ab kaanp rha, dikh rha jo nhi h|alcohol_withdrawal",
            "50|tej bkhar, kapkapi, pet dard, aankhe peeli|fever_with_jaundice",
            "60|kidney ke marij h, dialysis miss hua, sans phool rhi|missed_dialysis",
            "22|pet me neeche right side tej dard, chal nhi pa rhi, bkhar|acute_abdomen",
    })
    void firesAtAge(double years, String complaint, String flag) {
        assertThat(floor(years, complaint).redFlags()).extracting(RedFlag::code).contains(flag);
    }

    @ParameterizedTest(name = "{0} years: {1}")
    @CsvSource(delimiter = '|', value = {
            "50|my father died last month and we gave away his things",
            "70|cancer treatment finished last year, legs a bit tired after long walks? no, walking fine",
            "64|cold hands in winter, a little confused about the new phone",
            "30|I bought a rope for the clothes line",
            "8|he keeps hitting his brother and will not listen",
            "70|pitting swelling of both ankles in the evening",
            "30|a contusion on the knee from football",
            "30|blurred vision after reading all day, no headache",
            "28|2 mahine pehle delivery hui, ab halka bukhar",
            "28|dengue test negative, mild fever 2 days, eating well",
            "30|drank a bit too much last night, headache and thirsty",
            "20|white spots on my tonsils and a sore throat, can swallow",
            "30|hb 11, feeling fine, routine check",
            "30|naak se khoon 5 minute aaya, ab band hai",
            "20|bee sting on arm, a little swelling, no breathing problem",
            "40|papa phone ka jawab nahi de rahe, unhe halka bukhar hai",
            "30|chot ki jagah neeli pad gayi, halka dard",
            "3|table se takra gaya, maathe pe chhota sa gumad, ro ke chup ho gaya, khel raha",
            "1|bachche ka sir palang se takraya, turant roya, ab theek hai",
            "58|sugar ke mareez, khane ke baad sugar 180, theek lag raha",
            "45|raat ko pindli mein cramp, sujan nahi",
            "45|calf cramp at night, no swelling",
            "60|mild ankle swelling in the evening, goes down overnight, no breathlessness",
            "58|diabetic, sugar 180 after meal, feel fine",
            "58|diabetic, my feet are dry and cracked",
            "50|small red patch on leg from insect bite, not spreading, no fever",
            "30|my tonsils are swollen and red, no bleeding",
            "35|I had my tonsils removed as a child, now a sore throat",
            "30|I used to sniff glue as a teenager, now I have a cold",
            "3|rash that fades when I press the glass, he is playing, no fever",
            "3|small bump on the forehead after bumping into a table, cried straight away, playing now",
            "1|baby hits head on cot, cried immediately, now normal",
            "3|choked on a grape but coughed it out and is fine now",
            "4|no fever and very happy, just a runny nose",
            // a plain negation still negates
            // look-alikes of the sixth round's fixes
            "45|I take apixaban, can I have paracetamol for my headache",
            "30|I fell asleep on the sofa and woke up confused about the time",
            "30|delivered 2 weeks ago, mild headache from lack of sleep",
            "33|I had a c-section 2 years ago and now have a fever with a cold",
            "45|I take methotrexate for arthritis, feeling well, when is my next blood test",
            "30|yellow phlegm with a fever for 2 days",
            "50|I missed my dialysis bus but my son drove me, feel fine",
            "45|stopped drinking a month ago and feel great",
            "20|swollen glands in my neck with a sore throat, it hurts to swallow",
            "10|my son got hit by a cricket ball on his leg, a bruise",
            "14|my son was kicked in the stomach at football, a bit sore but playing again",
            "2|my toddler ate red jelly at the party and has a tummy ache",
            "0.5|my baby has colic and draws his legs up when crying",
            "40|I had a kidney stone last year, now I have a cold with a fever",
            "45|I use hydrocortisone cream for eczema and have a tummy bug with vomiting",
            "25|I have sickle cell trait and a fever with a cold",
            "30|headache and a stiff neck from sitting at the computer",
            "45|I take warfarin and have a small bruise on my arm",
            "30|I had my flu jab injected and have a mild fever",
            "35|I had diarrhoea yesterday, a bit dizzy but I can stand fine",
            "60|the room spins for a few seconds when I roll over in bed",
            "30|my baby choked on milk but is fine now",
            "40|my husband hurt his back lifting",
            "6|my son says daddy hugs him a lot",
            "40|I sprayed pesticide on my roses and feel fine",
            "45|I take lithium and have a slight tremor for years, level normal",
            "68|on digoxin and my urine is a bit yellow",
            "30|we live in Leh, my child has a mild cold",
            "30|my cast is a bit tight but my fingers are warm and pink",
            "20|I fainted while giving blood",
            "35|my platelets were a bit low last month, I feel fine",
            "8|my child is always thirsty in summer",
            "40|my calf is sore after running",
            "6|my son has chickenpox, spreading to his arms, otherwise fine",
            "60|I only pee a little at night",
            "40|my wife hurt her back lifting the baby",
            "40|I put my hand on my neck and feel a small lump",
            "30|I ran 5000 m today and feel a bit unsteady",
            "45|I have never had chest pain, I have a cough",
            "45|no chest pain, never felt this bad with a cough",
            "45|I never had a stroke before, just a headache",
            "45|no fever and never had pain like this in my knee",
            // "and" without a new statement keeps the negation
            "45|no fever and chest pain",
            "45|denies headache and face drooping",
            // sudden and severe without a headache
            "45|sudden severe pain in my knee",
            "45|explosive diarrhoea and severe cramps",
            // everyday Hinglish
            "45|woh hosh mein hai aur baat kar raha hai",
            "45|sir mein halka dard hai",
            "45|khana kha liya aur pet mein dard",
            // arm or jaw pain without a cardiac picture
            "40|jaw pain after the dentist, no sweating",
            "20|my left arm hurts after the gym and I am sweaty",
            "45|toothache in my jaw and feeling sick from the antibiotics",
            // "no longer" still negates what is gone
            "45|I no longer have chest pain, it went away yesterday",
            "45|he is not confused and is talking normally",
            "45|no chest pain and is not sweating",
            // green food, adults' bile, phone batteries
            "3|he threw up his green vegetables",
            "5|her vomit is bright green",
            "30|I have been vomiting bile after drinking too much",
            "40|my phone battery died and I have a headache",
            // everyday backs, eyes, burns, shocks, water and animals
            "45|my back hurts after lifting a box",
            "45|my eyes are tired and sore from the screen",
            "45|I have a small burn on my hand from the iron",
            "45|mild sunburn on my face",
            "45|I got a small static shock from the door",
            "5|my child was swimming and swallowed some water but is fine",
            "45|I cant pee much and it burns",
            "45|I feel a tearing in my heart since my breakup",
            "45|the cat scratched the sofa",
            "45|I cleaned the bathroom with bleach and now have a headache",
            "1|my baby is drooling because of teething",
            "45|I was hypo last week but fine now",
            "30|my sugar is low so I ate a biscuit and feel fine",
            "35|heavy periods this month, no other problem",
            "0.05|my two week old is a bit yellow and feeding well",
            "45|I sprained my back and the pain is tearing through me when I move",
            "45|I took 2 tablets of paracetamol for my headache",
            "45|I took 4 tablets for the pain",
            "45|my chst is a bit congested",
            // dosing is not an ingestion
            "5|he took his medicine this morning and has a cough",
            "5|he swallowed his tablet fine",
            "6|I gave him paracetamol syrup at 8",
            "45|I took some of my tablets for the pain",
            "12|I swallowed my tablets this morning",
            // falls, joints and limps that are not a broken hip or an infection
            "59|fell at home, pain in my hip",
            "30|fell while playing football, cant walk on my ankle",
            "65|fell last year and broke my hip, now fine",
            "70|hip pain for months, no fall",
            "70|I slipped and have a small cut on my hand, can walk fine",
            "35|my knee is swollen after a run, no fever",
            "40|swollen ankles and a fever",
            "30|fever with pain and swelling in all my joints",
            "8|limping after football, no fever",
            "16|limping and has a fever",
            // indigestion without an alarm feature, or too young
            "40|heartburn after spicy food",
            "40|acidity, no sweating, no breathlessness",
            "29|indigestion and sweating after a big meal",
            // things that may disappear
            "25|I want my rash to disappear",
            "25|when will this cough disappear",
            // a limp in a leg is a gait, not a stroke; a well child with a fever
            "8|my son limps on his right leg after football",
            "30|he has a limp in his right leg since a fall last year",
            "3|mild fever but playing normally",
            "40|sugar free biscuits, glucometer shows 110",
            "30|I fainted once years ago, palpitations when I drink coffee",
            "28|my period is late, mild cramps",
            "60|she collapsed yesterday but is breathing normally now",
            "30|spiking fever since 2 days",
            "30|I took 2 of my tablets",
            "40|he passed out after standing up quickly, fine now",
            "30|I cut my finger with a knife while cooking",
            "30|hands are cold and pale in winter, a bit painful",
            "30|hives after a new soap, itchy",
            "8|child pushed a bead up her nose, breathing fine",
            "30|vomited once, keeping water down fine",
            "70|I have a known aneurysm, no pain, routine check",
            "25|my eye hurts from the screen, vision fine",
            "40|I'm on chemo, no fever, feeling tired",
            "25|I drank a coke and feel shaky",
            "30|a little blood on the toilet paper, piles",
            "30|I took my tablets and feel sleepy",
            "8|my son has puffy eyes from crying and dark urine because he doesn't drink",
            "50|I sleep on 2 pillows because of acidity",
            "30|we ate mushrooms from the market, fine",
            // a comma does not end a list's negation
            "45|no fever, cough or breathlessness, just a sore throat",
            "45|no chest pain, sweating or sickness",
            // round 9 look-alikes
            "30|I am scared of water since childhood, cannot swim",
            "30|a dog bit me 20 years ago, the scar itches",
            "30|my jaw is stiff in the morning from grinding teeth",
            "30|wisdom tooth removed yesterday, cannot open mouth fully",
            "30|do I need a tetanus injection after stepping on a nail",
            "30|dark shadows under my eyes",
            "30|I have had floaters for years, no change",
            "30|got current from the switch, felt a tingle, fine now",
            "30|I got a shock when I saw my electricity bill",
            "30|window blinds hit my eye, it is a bit red",
            "30|the curtain rod hit my eye, a little sore",
            "30|wearing an eye shade to sleep, eyes itchy",
            "40|consumed 2 paracetamol for headache",
            "40|I have continuous cough for a week",
            // round 10 look-alikes
            "4|bacche ne dawai kha li, ab theek hai",
            "40|puri strip khatam ho gayi, nayi dawai chahiye",
            "30|cough syrup ki puri bottle khatam, doosri chahiye",
            "30|exercise ke baad dil tez dhadak raha hai",
            "28|period miss hai, pregnancy test positive, koi dard nahi",
            "30|10 minute se sar dard",
            "30|pasliyon mein dard khansi se",
            "30|ungli kat gayi sabzi kaatte hue, khoon ruk gaya",
            "5|lal daane hain, dabane par chale jaate hain, bukhar nahi",
            "50|sugar 250 hai, koi ulti nahi, theek hoon",
            "30|khansi aur halki seeti jaisi awaaz raat ko",
            "30|achanak chashma toot gaya, dhundhla dikh raha hai",
            "30|gala baith gaya, bol nahi pa raha, bukhar nahi",
            "70|peshab ruk ruk ke aata hai, raat ko baar baar",
            "8|bachhe ne sikka nigal liya, theek hai, saans normal",
            // round 11 look-alikes
            "30|mujhe samajh nahi aa raha kya karun, bukhar hai",
            "30|pehli baar sir dard hua aisa",
            "0.7|baby ke daant nikal rahe, laar tapak rahi hai",
            "30|pet mein halka dard khane ke baad",
            "30|sar pe halki chot lagi, theek hoon",
            "30|sabzi kaatte hue chaku se ungli kat gayi",
            "30|seedhi se phisal gaya, ghutne pe chot",
            "30|madhumakkhi ne kaata, thodi sujan, baaki theek",
            "30|I cut my wrist on broken glass by accident, small cut",
            "30|neend ki goli kha li, neend aa rahi hai",
            "30|malaria tha, ab theek hoon, thodi kamzori",
            "3|bachhe ko dast hai, khel raha hai, paani pee raha hai",
            "5|diarrhoea since morning, now very sleepy",
            "30|chai garam thi, haath pe gir gayi, thoda laal",
            "40|sir mein dard jaise bhaari pan",
            "25|pet tight lag raha hai gas se",
            "30|kaan se pani nikal raha hai, naha ke",
            "30|ped se aam tod raha tha, haath chhila",
            // round 12 look-alikes
            "30|thand mein honth kaale pad gaye, fat gaye",
            "30|naak band hai isliye saans atak rahi hai thodi",
            "30|chashma toot gaya, dikh nahi raha theek se",
            "30|bahar gaadiyon ki awaazein bahut hain, neend nahi aati",
            "30|platelets check karwane hain",
            "3|bachhe ko halka bukhar, doodh pee raha hai",
            "70|kulhe mein purana dard, gir ke nahi",
            "8|sar mein chot lagi thi, ab khel raha hai, ulti nahi",
            "40|pindli mein khinchaav daudne ke baad",
            "30|dawai se jeebh ka swad kadwa ho gaya",
            // round 13 look-alikes
            "30|bp low h, thoda chakkar",
            "30|haath pair thande rehte hain sardi mein",
            "30|chai ke baad dil ki dhadkan tez h",
            "30|pump se aaram mil gaya, ab theek",
            "30|shaadi mein zyada khana kha liya",
            "30|pet pe chot lagi khelte hue, halka dard",
            "30|dhoop me chakkar aaya, paani piya, theek hu",
            "27|pregnant hu, brush karte waqt masoodon se khoon aa raha hai",
            "30|kl se halka bkhar h",
            "30|sir me halka drd h",
            "3|bachhe ko bukhar tha, kal thand se kaanp raha tha",
            "30|my hands are cold in winter",
            // round 14 look-alikes
            "30|tut gaya mera phone, tension h",
            "30|5 km chala, pair me dard",
            "30|baye hath me halki chot lgi",
            "30|thik hu ab, kb tak dawa leni h",
            "30|goli jyada kadwi h",
            "3|bache ne sikka muh me dala, nikal diya, sans normal",
            // round 15 look-alikes
            "30|I had my appendix out 5 years ago, now a mild stomach ache",
            "30|I have a perforated eardrum from a cold",
            "30|my skin is peeling after sunburn",
            "30|blisters on my heel from new shoes",
            "30|started new tablets and my skin is a bit itchy",
            "30|my shoulder dislocated last year, it is fine now",
            "60|my ICD was checked today, no shocks",
            "30|a little blood on the tissue after diarrhoea, I have piles",
            "62|sudden back pain after lifting a box, can walk",
            "30|I'm confused about my tablets, which one first",
            "70|now he's confused about the dose of his inhaler",
            "30|I can't stand the smell of food in pregnancy",
            "50|surgery 2 years ago, now a fever and a tummy ache",
            "30|I have a temperature of 36.8, is that normal",
            "30|she didn't eat much today and vomited once",
            "30|he did not faint or collapse, just tired",
            // round 16 look-alikes
            "30|ठंडे हाथ पैर सर्दी में",
            "30|बीपी कम है, थोड़ा चक्कर",
            "50|शुगर कम है, अब ठीक हूँ",
            "30|पैर में सुन्नपन बैठने से",
            "30|दस मिनट से सिर दर्द, रुक नहीं रहा",
            "30|सीने में दर्द नहीं है, बस खांसी",
            // round 17 look-alikes
            "40|acid comes up into my mouth at night after dinner",
            "30|I fell into the pool while swimming, I'm fine",
            "30|boiling water spilled on my finger, small red mark",
            "30|we sleep with the gas heater on, everyone is fine",
            "30|everything looks blurry without my glasses",
            "30|a red patch of blood in my eye after coughing, no pain",
            "30|not able to pass gas, bloated after eating beans",
            "30|she hasn't eaten properly for weeks, feeling sad",
            "30|khoon nikla tha, ab band ho gaya, dard nahi",
            "30|I got hit in the eye playing cricket, it is a bit red, vision fine",
            // round 18 look-alikes
            "30|garmi se mar jaungi, itni dhoop hai",
            "30|dard se mar jaunga, kamar mein",
            "4|bache ne apni dawai kha li time pe",
            "30|sir me bahut dard, kaam ka tension",
            "70|papa aaj kam bol rahe, thake hue",
            "30|gas nahi nikli, pet bhara laga",
            "30|sabko maaf kar do",
            "30|bijli chali gayi, garmi lag rahi",
            "30|aankh me kachra gaya, thoda laal",
    })
    void staysSilentAtAge(double years, String complaint) {
        assertThat(floor(years, complaint).redFlags()).isEmpty();
    }

    @ParameterizedTest(name = "fever for {0} days -> {1}")
    @CsvSource({"4, SELF_CARE", "5, CONSULTATION_24", "7, CONSULTATION_24"})
    void aFeverForFiveDaysOrMoreIsSeenWithin24Hours(int days, TriageLevel level) {
        assertThat(floor(30, "fever for " + days + " days, otherwise ok").floor()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} years: thirst and bedwetting fires {1}")
    @CsvSource({"15.9, true", "16, false"})
    void newDiabetesSignsAreAChildsFlag(double years, boolean fires) {
        assertThat(floor(years, "always thirsty and wetting the bed again").redFlags().stream().map(RedFlag::code))
                .containsExactlyElementsOf(fires ? java.util.List.of("possible_type1_diabetes") : java.util.List.of());
    }

    @ParameterizedTest(name = "{0} years: temple pain -> {1}")
    @CsvSource({"49.9, SELF_CARE", "50, CONSULTATION_24"})
    void templePainIsGiantCellArteritisFromFifty(double years, TriageLevel level) {
        assertThat(floor(years, "a new headache with pain in my temples").floor()).isEqualTo(level);
        assertThat(floor(years, "pain in my temple and my vision went blurry").floor())
                .isEqualTo(years >= 50 ? TriageLevel.EMERGENCY : TriageLevel.SELF_CARE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "अस्थमा का दौरा, पंप से आराम मिल गया|asthma_attack",
            "dil ka daura pada hai|acs_chest_pain",
            "asthma ka daura pada|asthma_attack",
    })
    void anAsthmaOrHeartAttackIsNotAFit(String complaint, String flag) {
        assertThat(floor(30, complaint).redFlags()).extracting(RedFlag::code).contains(flag).doesNotContain("seizure", "prolonged_seizure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "khansi nahi ruk rahi, saans phool rahi hai|breathlessness",
            "jhatke aa rahe hain, 10 minute se nahi ruk rahe|prolonged_seizure",
            "खून बह रहा है, रुक नहीं रहा|uncontrolled_bleeding",
            "khoon beh raha hai, ruk nahi raha|uncontrolled_bleeding",
    })
    void aFindingThatWillNotStopIsNotNegated(String complaint, String flag) {
        assertThat(floor(30, complaint).redFlags()).extracting(RedFlag::code).contains(flag);
    }

    /** A test of the finding that came back negative negates it; a test not done, or a report not back, does not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "dengue test negative, mild fever|false",
            "dengue ns1 came negative yesterday|false",
            "dengue test nahi karaya, fever 3 days|true",
            "seene mein dard aur paseena, test nahi karaya|true",
            "chest pain and sweating, report not come yet|true",
    })
    void onlyATestThatCameBackNegativeNegates(String complaint, boolean fires) {
        assertThat(floor(30, complaint).redFlags()).extracting(RedFlag::code)
                .as(complaint).matches(codes -> codes.stream().anyMatch(c -> c.startsWith("dengue") || c.equals("acs_chest_pain")) == fires);
    }

    /** Hypothermia is an older adult's flag (NHS: older people are most at risk); boundary 64.9/65. */
    @ParameterizedTest(name = "{0} years -> {1}")
    @CsvSource({"64.9, false", "65, true"})
    void coldToTheTouchAndConfusedIsHypothermiaFromSixtyFive(double years, boolean fires) {
        assertThat(floor(years, "skin cold to touch and confused, no heating").redFlags()).extracting(RedFlag::code)
                .matches(codes -> codes.contains("hypothermia") == fires);
    }

    /** NICE NG158: sudden breathlessness after an operation is a possible clot; breathlessness on stairs is seen within 24 h. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "had surgery 3 weeks ago, wound healing well, a bit breathless climbing stairs|CONSULTATION_24",
            "had surgery 3 weeks ago, wound healing well, suddenly breathless this evening|EMERGENCY",
    })
    void onlySuddenBreathlessnessAfterAnOperationIsAPossibleClot(String complaint, TriageLevel level) {
        assertThat(floor(30, complaint).floor()).isEqualTo(level);
    }

    /** RCOG GTG 63: antepartum haemorrhage is bleeding from 24+0 weeks; earlier, pain or bleeding is ectopic or miscarriage territory. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "23 weeks pregnant, some bleeding|ectopic_pregnancy_signs",
            "24 weeks pregnant, some bleeding|antepartum_haemorrhage",
            "33 weeks pregnant, bleeding bright red from down below, no pain|antepartum_haemorrhage",
            "8 months pregnant, spotting since morning|antepartum_haemorrhage",
            "5 months pregnant, spotting since morning|ectopic_pregnancy_signs",
    })
    void bleedingFromTwentyFourWeeksIsAnAntepartumHaemorrhage(String complaint, String flag) {
        SafetyFloor floor = Fixtures.engine().evaluate(Fixtures.request(30, true, complaint, null));
        assertThat(floor.redFlags()).extracting(RedFlag::code).contains(flag);
        assertThat(floor.floor()).isEqualTo(TriageLevel.EMERGENCY);
    }

    /**
     * A fit with a fever is a febrile seizure from 6 months to under 6 years (NICE CKS); from 6 it
     * meets WHO's case definition of acute encephalitis syndrome. Both are emergencies; a fit
     * without a fever is seen within 24 hours.
     */
    @ParameterizedTest(name = "{0} years: {1} -> {2}")
    @CsvSource({
            "0.5, high fever and he had a fit, febrile_seizure",
            "5.9, high fever and he had a fit, febrile_seizure",
            "6, high fever and he had a fit, encephalitis_signs",
            "40, high fever and he had a fit, encephalitis_signs",
            "6, he had a fit this morning, seizure",
    })
    void aFitWithAFeverIsAnEmergencyAtAnyAge(double years, String complaint, String flag) {
        assertThat(floor(years, complaint).redFlags()).extracting(RedFlag::code).containsExactly(flag);
        assertThat(floor(years, complaint).floor()).isEqualTo(flag.equals("seizure") ? TriageLevel.CONSULTATION_24 : TriageLevel.EMERGENCY);
    }

    @ParameterizedTest(name = "{0} years: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.99|fever and he refuses to drink anything at all|false",
            "1|fever and he refuses to drink anything at all|true",
            "4.9|fever and he refuses to drink anything at all|true",
            "5|fever and he refuses to drink anything at all|false",
            "0.99|diarrhoea all day and now very sleepy|false",
            "1|diarrhoea all day and now very sleepy|true",
            "4.9|diarrhoea all day and now very sleepy|true",
            "5|diarrhoea all day and now very sleepy|false",
    })
    void theImciDangerSignsOfAYoungChildCoverOneToFive(double years, String complaint, boolean fires) {
        assertThat(floor(years, complaint).redFlags()).extracting(RedFlag::code)
                .matches(codes -> (codes.contains("febrile_child_not_drinking") || codes.contains("child_diarrhoea_lethargic")) == fires);
    }

    @ParameterizedTest(name = "{0} years: off her legs and not herself -> {1}")
    @CsvSource({"64.9, SELF_CARE", "65, EMERGENCY"})
    void anOlderAdultsSuddenDeclineCountsFromSixtyFive(double years, TriageLevel level) {
        assertThat(floor(years, "she is off her legs and not herself").floor()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} years: sudden severe back pain -> {1}")
    @CsvSource({"59.9, false", "60, true"})
    void suddenSevereBackPainIsAnAneurysmFromSixty(double years, boolean fires) {
        assertThat(floor(years, "sudden severe pain in my lower back").redFlags()).extracting(RedFlag::code)
                .matches(codes -> codes.contains("possible_aaa_rupture") == fires);
    }

    @ParameterizedTest(name = "{0} years: red-currant jelly stool fires {1}")
    @CsvSource({"0.5, true", "5.9, true", "6, false"})
    void intussusceptionIsAYoungChildsFlag(double years, boolean fires) {
        assertThat(floor(years, "redcurrant jelly in the stool").redFlags().stream().map(RedFlag::code))
                .containsExactlyElementsOf(fires ? java.util.List.of("intussusception_signs") : java.util.List.of());
    }

    @ParameterizedTest(name = "{0} years: a floppy or drowsy feverish child, NICE NG143 (under 5): {1}")
    @CsvSource({"0.99, false", "1, true", "4.9, true", "5, false"})
    void theFebrileYoungChildFlagCoversOneToFive(double years, boolean fires) {
        assertThat(floor(years, "fever and he is very drowsy").redFlags()).extracting(RedFlag::code)
                .matches(codes -> codes.contains("febrile_child_unwell") == fires);
    }

    @ParameterizedTest(name = "{0} days old: jaundice fires {1}")
    @CsvSource({"0, true", "1, true", "2, false", "7, false"})
    void jaundiceIsARedFlagInTheFirstDayOfLife(int days, boolean fires) {
        SafetyFloor floor = ENGINE.evaluate(Fixtures.request(days, org.opentriage.patient.AgeUnit.DAYS, "my baby is yellow", null));
        assertThat(floor.redFlags().stream().anyMatch(f -> f.code().equals("newborn_jaundice"))).isEqualTo(fires);
    }

    @org.junit.jupiter.api.Test
    void coughedUpBloodIsHaemoptysisNotBleedingInTheGut() {
        assertThat(floor("I am coughing up blood and short of breath").redFlags()).extracting(RedFlag::code)
                .contains("haemoptysis").doesNotContain("gi_bleeding");
        assertThat(floor("I vomited blood").redFlags()).extracting(RedFlag::code).containsExactly("gi_bleeding");
    }

    @ParameterizedTest(name = "{0} years -> {1}")
    @CsvSource({"29.9, chest_pain_young, CONSULTATION_24", "30, chest_pain, EMERGENCY"})
    void chestPainAloneDependsOnAge(double years, String code, TriageLevel level) {
        SafetyFloor f = ENGINE.evaluate(Fixtures.request(years, false, "chest pain since yesterday", null));
        assertThat(f.redFlags()).extracting(RedFlag::code).containsExactly(code);
        assertThat(f.floor()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"chest pain", "pain in chest"})
    void symptomNamesCountLikeTheComplaint(String symptom) {
        assertThat(ENGINE.evaluate(Fixtures.adult("feeling unwell, sweating", symptom)).floor())
                .isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"I want to kill myself", "I took an overdose"})
    void eachGroupReportsOneFlag(String complaint) {
        assertThat(floor(complaint).redFlags()).hasSize(1);
    }
}
