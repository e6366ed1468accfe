package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "sine me bht dard h|seene me bahut dard hai",
            "5 saal phle heart attack|5 saal pehle heart attack",
            "angur gle me atk gya|angur gale me atak gaya",
            "kmr drd k bad pairo k bich sunn|kamar dard ke bad pairon ke bich sunn",
            "jwab nhi de rha|jawab nahi de raha",
            "sans nhi aa rhi|sans nahi aa rahi",
            "bche ne zehar kha lia|bacche ne zeher kha liya",
            "papa behosh ho gye|papa behosh ho gaye",
            "dil ki dhdkn bht tej|dil ki dhadkan bahut tez",
            "pasli andr ja rhi|pasli andar ja rahi",
            "breathng is hard|breathing is hard",
    })
    void chatHindiAndMisspeltEnglishBecomeThePhrasesTheFlagsUse(String typed, String read) {
        assertThat(Spelling.correct(typed)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "please help me",
            "i need to lie down",
            "the pain is in my side",
            "my hands are cold",
            "he is cooking dinner",
            "blurred vision since morning",
            "everything is blurring",
            "he keeps hitting his brother",
            "pitting swelling of both ankles",
            "keeps dropping things from his left hand",
            "a contusion on the knee",
            "he made a threat to his boss",
            "fell against the tables",
            "afraid I might collapse from tiredness",
            "we are rushing to the clinic",
    })
    void englishWordsStayAsTheyAre(String text) {
        assertThat(Spelling.correct(text)).isEqualTo(text);
    }
}
