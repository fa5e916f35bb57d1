package cn.zhuanban.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every JSON string read, refused when it holds a character no column can keep ({@link StoredText}). The refusal is a
 * format error at the property's path, so the API's problem names the field ({@code title: ...}) as for a bad date.
 */
class StoredTextDeserializer extends StringDeserializer {

    /** A string refused for its characters: the API says so in the reader's language instead of "wrong format". */
    static final class RefusedText extends InvalidFormatException {

        RefusedText(JsonParser parser) {
            super(parser, "text holds U+0000 or an unpaired surrogate", null, String.class);
        }
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = super.deserialize(p, ctxt);
        if (StoredText.refused(value)) {
            throw new RefusedText(p);
        }
        return value;
    }
}
