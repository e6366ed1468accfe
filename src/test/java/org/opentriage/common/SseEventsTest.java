package org.opentriage.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's JSON, written by hand for speed, is byte for byte what Jackson writes for the record. */
class SseEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"", "level\": 4", "back\\slash", "line\nbreak\ttab\r", "\u0001\u001f", "बुखार", "🙂 emoji", "</script>"})
    void aTokenIsTheJsonJacksonWrites(String text) throws Exception {
        String json = SseEvents.tokenJson(text);

        assertThat(json).isEqualTo(JSON.writeValueAsString(new StreamEvent.Token(text)));
        assertThat(JSON.readTree(json).path("text").asText()).isEqualTo(text);
    }
}
