package org.opentriage.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses text with a NUL character (U+0000) in request bodies: PostgreSQL cannot store it in
 * jsonb or text, so it is a 400 naming the field, never a 500 at storage time.
 */
@Singleton
public class JsonStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, "must not contain a NUL character", value, String.class);
                }
                return value;
            }
        }));
    }
}
