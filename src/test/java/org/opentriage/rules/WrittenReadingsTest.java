package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentriage.rules.WrittenReadings.Reading;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a reading in the patient's words, and what does not. */
class WrittenReadingsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "my oxygen is 85%|SPO2|85",
            "spo2 88 and breathless|SPO2|88",
            "sats are 89|SPO2|89",
            "oxygen level is around 90 on the oximeter|SPO2|90",
            "pulse ox shows 91|SPO2|91",
            "O2 sat 93 percent|SPO2|93",
            "85% oxygen on the machine|SPO2|85",
            "oxygen 95 in the morning, now sats 87|SPO2|87",
            "on 2 litres oxygen, sats 96|SPO2|96",
            "ऑक्सीजन 88 है|SPO2|88",
            "bp 210/120 and headache|SYSTOLIC|210",
            "bp 210/120 and headache|DIASTOLIC|120",
            "my blood pressure is 200 over 125|DIASTOLIC|125",
            "BP 140 by 90|SYSTOLIC|140",
            "B.P. 80/50|SYSTOLIC|80",
            "bp is low, 85|SYSTOLIC|85",
            "bp tablet 5 mg since 10 years, bp 150/90|SYSTOLIC|150",
            "heart rate 160 and dizzy|HEART_RATE|160",
            "pulse 35|HEART_RATE|35",
            "watch says 150 bpm|HEART_RATE|150",
            "dil ki dhadkan 140|HEART_RATE|140",
            "breathing 65 times a minute|RESPIRATORY_RATE|65",
            "40 breaths per minute|RESPIRATORY_RATE|40",
            "resp rate 30|RESPIRATORY_RATE|30",
            "fever of 39|TEMPERATURE|39.0",
            "temperature 38.5 C|TEMPERATURE|38.5",
            "temp 38,4|TEMPERATURE|38.4",
            "fever 102 since morning|TEMPERATURE|38.9",
            "fever for 2 days 104F|TEMPERATURE|40.0",
            "103 F|TEMPERATURE|39.4",
            "temp 95F and shivering|TEMPERATURE|35.0",
            "bukhar 101 hai|TEMPERATURE|38.3",
            "my temp is 98.6|TEMPERATURE|37.0",
            "tempreture 39|TEMPERATURE|39.0",
            "my 5 week old baby has 38.4 temp|TEMPERATURE|38.4",
            "102 fever since night|TEMPERATURE|38.9",
            "my heart is racing at 150|HEART_RATE|150",
            "Temp. 38.6 since night|TEMPERATURE|38.6",
            "temprature 102|TEMPERATURE|38.9"})
    void readsAReading(String words, Reading reading, double value) {
        assertThat(WrittenReadings.read(words).get(reading)).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(value));
    }

    @ParameterizedTest(name = "\"{0}\" has no reading")
    @ValueSource(strings = {
            "knee pain 8/10 after football",
            "pain 7 out of 10 for 3 days",
            "I took 50 mg of my bp tablet",
            "fever for 3 days",
            "fever since 10 am",
            "fever and sugar 40",
            "I am 39 years old with a cough",
            "oxygen cylinder 10 litres",
            "not satisfied with 90 doctors",
            "pressure in my chest 2/10",
            "2 hr 30 min ago",
            "temper tantrums, he is 40",
            "pain in my temple, 39 and worried",
            "i am 39 and have a fever",
            "my heart is racing and I feel dizzy"})
    void findsNoReadingOf(String words) {
        assertThat(WrittenReadings.read(words).values()).as(words).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} only")
    @CsvSource(delimiter = '|', value = {
            "heart rate and oxygen 85|SPO2",
            "my temp is normal, pulse 80|HEART_RATE",
            "fever, bp 150/100|SYSTOLIC"})
    void aNumberBelongsToTheNameNearestBeforeIt(String words, Reading only) {
        assertThat(WrittenReadings.read(words).values().keySet()).as(words)
                .allMatch(r -> r == only || r == Reading.DIASTOLIC).contains(only);
    }

    @ParameterizedTest(name = "\"{0}\": low {1}, high {2}")
    @CsvSource(delimiter = '|', value = {
            "sugar 3.9 mmol|true|false",
            "sugar 4.0 mmol|false|false",
            "sugar 71 mg/dl|true|false",
            "sugar 72 mg/dl|false|false",
            "glucose 11.0|false|false",
            "glucose 11.1|false|true",
            "sugar 198|false|false",
            "sugar 199|false|true",
            "sugar 500 and vomiting|false|true",
            "sugar 45|true|false",
            "sugar 30|true|true",
            "sugar 8|false|false",
            "sugar free diet for 10 years|false|false",
            "2 spoons of sugar, sugar 2 spoons|false|false"})
    void readsAGlucose(String words, boolean low, boolean high) {
        WrittenReadings r = WrittenReadings.read(words);
        assertThat(r.lowSugar()).as("low").isEqualTo(low);
        assertThat(r.highSugar()).as("high").isEqualTo(high);
    }
}
