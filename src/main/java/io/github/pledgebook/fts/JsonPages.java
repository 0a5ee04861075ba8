package io.github.pledgebook.fts;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads FTS API v1 flow pages with Jackson's streaming parser, one flow object at a time: nothing but the flow being
 * read is held, so a page of any size streams. The only class that touches the parser, so that the rest of the
 * package loads without it. Numbers are taken as {@code BigDecimal}s from their text ({@code getDecimalValue}), never
 * through {@code double}. The caller's reader or stream is left open: whoever opened it closes it.
 */
final class JsonPages {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonPages() {
    }

    /** What a page said about itself, and what stopped it early. */
    static final class PageEnd {
        String status;
        /** Why the page could not be read to its end, or null. */
        String failure;
        int flows;
        /** Flows read to their end. */
        int complete;
    }

    static PageEnd read(CharSequence json, int page, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json.toString()), page, flows);
    }

    static PageEnd read(Reader json, int page, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json), page, flows);
    }

    static PageEnd read(InputStream json, int page, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json), page, flows);
    }

    private interface Opening {
        JsonParser open();
    }

    private static PageEnd read(Opening opening, int page, Consumer<RawFlow> flows) {
        PageEnd end = new PageEnd();
        try (JsonParser p = opening.open()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                end.failure = "expected an FTS response object {status, data: {flows: [...]}, meta}, found "
                        + describe(p);
                return end;
            }
            boolean sawFlows = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("status") && value == JsonToken.VALUE_STRING) {
                    end.status = p.getString();
                } else if (name.equals("data") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = p.currentName();
                        JsonToken t = p.nextToken();
                        if (field.equals("flows") && t == JsonToken.START_ARRAY) {
                            sawFlows = true;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                end.flows++;
                                RawFlow f = new RawFlow();
                                f.page = page;
                                f.position = end.flows;
                                if (p.currentToken() == JsonToken.START_OBJECT) {
                                    flow(p, f);
                                } else {
                                    f.typeProblem = "a flow must be a JSON object, was " + describe(p);
                                    p.skipChildren();
                                }
                                flows.accept(f);
                                end.complete++;
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!sawFlows) {
                end.failure = "no flows array at data.flows";
            }
        } catch (JacksonException e) {
            end.failure = "the JSON text is broken after " + end.complete + " complete flows: " + e.getOriginalMessage()
                    + location(e);
        }
        return end;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static void flow(JsonParser p, RawFlow f) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id": f.id = idText(p, f, name); break;
                case "versionId": f.versionId = number(p, f, name); break;
                case "status": f.status = text(p, f, name); break;
                case "flowType": f.flowType = text(p, f, name); break;
                case "boundary": f.boundary = text(p, f, name); break;
                case "onBoundary": f.onBoundary = text(p, f, name); break;
                case "newMoney": f.newMoney = bool(p, f, name); break;
                case "contributionType": f.contributionType = text(p, f, name); break;
                case "date": f.date = text(p, f, name); break;
                case "decisionDate": f.decisionDate = text(p, f, name); break;
                case "firstReportedDate": f.firstReportedDate = text(p, f, name); break;
                case "createdAt": f.createdAt = text(p, f, name); break;
                case "updatedAt": f.updatedAt = text(p, f, name); break;
                case "description": f.description = text(p, f, name); break;
                case "refCode": f.refCode = text(p, f, name); break;
                case "amountUSD": f.amountUsd = number(p, f, name); break;
                case "originalAmount": f.originalAmount = number(p, f, name); break;
                case "originalCurrency": f.originalCurrency = text(p, f, name); break;
                case "exchangeRate": f.exchangeRate = number(p, f, name); break;
                case "parentFlowId": f.parentFlowId = idText(p, f, name); break;
                case "childFlowIds": f.childFlowIds = ids(p, f, name); break;
                case "sourceObjects": f.sources = objects(p, f, name); break;
                case "destinationObjects": f.destinations = objects(p, f, name); break;
                default: p.skipChildren();
            }
        }
    }

    private static String text(JsonParser p, RawFlow f, String field) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            f.problem(field, "text", describe(p));
            p.skipChildren();
        }
        return null;
    }

    /** FTS writes a flow's own id as text and its parent's and children's ids as numbers: both are taken. */
    private static String idText(JsonParser p, RawFlow f, String field) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getString();
        }
        return text(p, f, field);
    }

    private static java.math.BigDecimal number(JsonParser p, RawFlow f, String field) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (t != JsonToken.VALUE_NULL) {
            f.problem(field, "a number", describe(p));
            p.skipChildren();
        }
        return null;
    }

    private static Boolean bool(JsonParser p, RawFlow f, String field) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t != JsonToken.VALUE_NULL) {
            f.problem(field, "true or false", describe(p));
            p.skipChildren();
        }
        return null;
    }

    private static List<String> ids(JsonParser p, RawFlow f, String field) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_NULL) {
                f.problem(field, "an array of flow ids", describe(p));
                p.skipChildren();
            }
            return List.of();
        }
        List<String> ids = new ArrayList<>(4);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String id = idText(p, f, field);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<RawFlow.RawObject> objects(JsonParser p, RawFlow f, String field) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_NULL) {
                f.problem(field, "an array of objects", describe(p));
                p.skipChildren();
            }
            return List.of();
        }
        List<RawFlow.RawObject> list = new ArrayList<>(8);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                f.problem(field, "an array of objects", "an array holding " + describe(p));
                p.skipChildren();
                continue;
            }
            RawFlow.RawObject o = new RawFlow.RawObject();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "type": o.type = text(p, f, field + ".type"); break;
                    case "id": o.id = idText(p, f, field + ".id"); break;
                    case "name": o.name = text(p, f, field + ".name"); break;
                    case "behavior": o.behavior = text(p, f, field + ".behavior"); break;
                    case "organizationTypes":
                        if (p.currentToken() == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                String s = text(p, f, field + ".organizationTypes");
                                if (s != null) {
                                    o.organizationTypes.add(s);
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                        break;
                    default: p.skipChildren();
                }
            }
            list.add(o);
        }
        return list;
    }

    private static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the text";
        }
        switch (t) {
            case VALUE_STRING: return "\"" + p.getString() + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL: return p.getString();
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }
}
