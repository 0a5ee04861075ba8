package io.github.pledgebook.fts;

import java.math.BigDecimal;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The whole JSON text as plain maps, lists, exact decimals, strings and booleans: how the tests read FTS responses
 * on their own, without the reader under test.
 */
final class JsonTree {

    private JsonTree() {
    }

    static Object parse(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING: return p.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return new BigDecimal(p.getString());
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** The tree as JSON text, numbers as written. */
    static String write(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            write(g, tree);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object o) {
        if (o instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : object(o).entrySet()) {
                g.writeName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (o instanceof List) {
            g.writeStartArray();
            for (Object v : list(o)) {
                write(g, v);
            }
            g.writeEndArray();
        } else if (o instanceof String) {
            g.writeString((String) o);
        } else if (o instanceof BigDecimal) {
            g.writeNumber((BigDecimal) o);
        } else if (o instanceof Boolean) {
            g.writeBoolean((Boolean) o);
        } else {
            g.writeNull();
        }
    }

    /** The same tree with the properties of every object in a random order. */
    static Object shuffled(Object o, Random random) {
        if (o instanceof Map) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(object(o).entrySet());
            Collections.shuffle(entries, random);
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : entries) {
                m.put(e.getKey(), shuffled(e.getValue(), random));
            }
            return m;
        }
        if (o instanceof List) {
            List<Object> l = new ArrayList<>();
            for (Object v : list(o)) {
                l.add(shuffled(v, random));
            }
            return l;
        }
        return o;
    }

    /** An id as text, whether FTS wrote it as text or as a number. */
    static String id(Object o) {
        return o instanceof BigDecimal ? ((BigDecimal) o).toPlainString() : (String) o;
    }
}
