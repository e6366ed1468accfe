package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The misreadings outsiders reported (issue #28): counts with a qualifier, "non-" prefixes, and a
 * Hinglish list under one negation. Each row is a sentence a patient typed.
 */
class ReportedMisreadingsTest {

    static final SafetyFloorEngine ENGINE = Fixtures.engine();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm not suicidal, I just took about 40 paracetamol 500 tablets since this morning, feel a bit sick but otherwise fine",
            "I swallowed about 30 paracetamol tablets two hours ago",
            "took around 25 of my sleeping pills",
            "maine lagbhag 20 goli kha li hai",
            "kareeb 30 tablet kha liye subah",
    })
    void aCountWithAQualifierIsStillAnOverdose(String complaint) {
        SafetyFloor floor = ENGINE.evaluate(Fixtures.request(30, false, complaint, null));
        assertThat(floor.redFlags()).extracting(RedFlag::code).as(complaint).contains("overdose");
        assertThat(floor.floor()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "took 2 paracetamol for the headache|",
            "took about 2 tablets of paracetamol this morning|",
    })
    void aDoseIsNotAnOverdose(String complaint) {
        assertThat(ENGINE.evaluate(Fixtures.request(30, false, complaint, null)).redFlags())
                .extracting(RedFlag::code).doesNotContain("overdose");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "non-bloody diarrhoea for two days|gi_bleeding",
            "loose motions, non bloody, since yesterday|gi_bleeding",
    })
    void aNonPrefixNegatesTheWordAfterIt(String complaint, String silent) {
        assertThat(ENGINE.evaluate(Fixtures.request(30, false, complaint, null)).redFlags())
                .extracting(RedFlag::code).doesNotContain(silent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8 mahine ki pregnancy hai, halka pet dard, koi bleeding ya paani nahi",
            "pregnant 30 weeks, back ache, koi bleeding ya discharge nahi",
    })
    void aHinglishListUnderOneNegationIsNegatedWhole(String complaint) {
        assertThat(ENGINE.evaluate(Fixtures.request(28, true, complaint, null)).redFlags())
                .extracting(RedFlag::code).doesNotContain("antepartum_haemorrhage");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pregnant 30 weeks and bleeding a lot, paani nahi gira",
            "non stop bleeding from the cut",
    })
    void butTheListAndThePrefixReachNoFurther(String complaint) {
        assertThat(ENGINE.evaluate(Fixtures.request(28, true, complaint, null)).floor().level())
                .as(complaint).isLessThanOrEqualTo(2);
    }
}
