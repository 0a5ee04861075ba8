package io.github.pledgebook.fts;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    static PageEnd read(CharSequence json, int page, SharedValues shared, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json.toString()), page, shared, flows);
    }

    static PageEnd read(Reader json, int page, SharedValues shared, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json), page, shared, flows);
    }

    static PageEnd read(InputStream json, int page, SharedValues shared, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(json), page, shared, flows);
    }

    private interface Opening {
        JsonParser open();
    }

    private static PageEnd read(Opening opening, int page, SharedValues shared, Consumer<RawFlow> flows) {
        PageEnd end = new PageEnd();
        try (JsonParser p = opening.open()) {
            Flows reading = new Flows(p, shared);
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
                                    reading.flow(f);
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

    /** One page's reading: the parser, the reader's shared values, and buffers reused flow after flow. */
    private static final class Flows {
        private final JsonParser p;
        private final SharedValues shared;
        private FtsObject[] objects = new FtsObject[16];
        private final List<String> organizationTypes = new ArrayList<>(4);

        Flows(JsonParser p, SharedValues shared) {
            this.p = p;
            this.shared = shared;
        }

        void flow(RawFlow f) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id": f.id = idText(f, name); break;
                    case "versionId": f.versionId = number(f, name); break;
                    case "status": f.status = word(f, name, null); break;
                    case "flowType": f.flowType = word(f, name, null); break;
                    case "boundary": f.boundary = word(f, name, null); break;
                    case "onBoundary": f.onBoundary = word(f, name, null); break;
                    case "newMoney": f.newMoney = bool(f, name); break;
                    case "contributionType": f.contributionType = word(f, name, null); break;
                    case "date":
                        f.date = date(f, name);
                        f.dateText = badDate;
                        break;
                    case "decisionDate":
                        f.decisionDate = date(f, name);
                        f.decisionDateText = badDate;
                        break;
                    case "firstReportedDate":
                        f.firstReportedDate = date(f, name);
                        f.firstReportedDateText = badDate;
                        break;
                    case "createdAt":
                        f.createdAt = date(f, name);
                        f.createdAtText = badDate;
                        break;
                    case "updatedAt":
                        f.updatedAt = date(f, name);
                        f.updatedAtText = badDate;
                        break;
                    case "description": f.description = text(f, name); break;
                    case "refCode": f.refCode = text(f, name); break;
                    case "amountUSD": f.amountUsd = number(f, name); break;
                    case "originalAmount": f.originalAmount = number(f, name); break;
                    case "originalCurrency": f.originalCurrency = word(f, name, null); break;
                    case "exchangeRate": f.exchangeRate = number(f, name); break;
                    case "parentFlowId": f.parentFlowId = idText(f, name); break;
                    case "childFlowIds": f.childFlowIds = ids(f, name); break;
                    case "sourceObjects":
                        f.sources = objects(f, name);
                        f.sourcesProblem = objectProblem;
                        break;
                    case "destinationObjects":
                        f.destinations = objects(f, name);
                        f.destinationsProblem = objectProblem;
                        break;
                    default: p.skipChildren();
                }
            }
        }

        /** A text value, or null when absent, JSON null or of the wrong type (which is then the flow's problem). */
        private String text(RawFlow f, String field) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            wrongType(t, f, field, null, "text");
            return null;
        }

        /** A text value that recurs from flow to flow (a status, a currency, an object's name): shared. */
        private String word(RawFlow f, String field, String part) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return shared.text(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
            }
            wrongType(t, f, field, part, "text");
            return null;
        }

        private void wrongType(JsonToken t, RawFlow f, String field, String part, String expected) {
            if (t != JsonToken.VALUE_NULL) {
                f.problem(part == null ? field : field + "." + part, expected, describe(p));
                p.skipChildren();
            }
        }

        /** The text of the last date read if it is no date, else null. */
        private String badDate;

        /** A date from its text, shared; null when absent or no date (its text then in {@link #badDate}). */
        private LocalDate date(RawFlow f, String field) {
            badDate = null;
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                LocalDate d = shared.date(p.getStringCharacters(), p.getStringOffset(),
                        p.getStringLength());
                if (d == null) {
                    badDate = p.getString();
                }
                return d;
            }
            wrongType(t, f, field, null, "text");
            return null;
        }

        /** FTS writes a flow's own id as text and its parent's and children's ids as numbers: both are taken. */
        private String idText(RawFlow f, String field) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return p.getString();
            }
            return text(f, field);
        }

        /** An object's id, as text or number: shared, as objects recur. */
        private String objectId(RawFlow f, String field) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return shared.text(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
            }
            return word(f, field, "id");
        }

        private BigDecimal number(RawFlow f, String field) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            wrongType(t, f, field, null, "a number");
            return null;
        }

        private Boolean bool(RawFlow f, String field) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            wrongType(t, f, field, null, "true or false");
            return null;
        }

        private List<String> ids(RawFlow f, String field) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                wrongType(p.currentToken(), f, field, null, "an array of flow ids");
                return List.of();
            }
            List<String> ids = null;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String id = idText(f, field);
                if (id != null) {
                    if (ids == null) {
                        ids = new ArrayList<>(4);
                    }
                    ids.add(id);
                }
            }
            return ids == null ? List.of() : ids;
        }

        /** Why the last list of objects read holds one that is no FTS object (the first such), else null. */
        private String objectProblem;

        /** The shared list of the shared objects of one side; what is wrong with them in {@link #objectProblem}. */
        private List<FtsObject> objects(RawFlow f, String field) {
            objectProblem = null;
            if (p.currentToken() != JsonToken.START_ARRAY) {
                wrongType(p.currentToken(), f, field, null, "an array of objects");
                return List.of();
            }
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    f.problem(field, "an array of objects", "an array holding " + describe(p));
                    p.skipChildren();
                    continue;
                }
                String type = null;
                String id = null;
                String name = null;
                String behavior = null;
                organizationTypes.clear();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String property = p.currentName();
                    p.nextToken();
                    switch (property) {
                        case "type": type = word(f, field, "type"); break;
                        case "id": id = objectId(f, field); break;
                        case "name": name = word(f, field, "name"); break;
                        case "behavior": behavior = word(f, field, "behavior"); break;
                        case "organizationTypes":
                            if (p.currentToken() == JsonToken.START_ARRAY) {
                                while (p.nextToken() != JsonToken.END_ARRAY) {
                                    String s = word(f, field, "organizationTypes");
                                    if (s != null) {
                                        organizationTypes.add(s);
                                    }
                                }
                            } else {
                                p.skipChildren();
                            }
                            break;
                        default: p.skipChildren();
                    }
                }
                if (objectProblem != null) {
                    continue;
                }
                if (type == null || !FtsObject.TYPES.contains(type)) {
                    objectProblem = field + " holds an object of unknown type "
                            + (type == null ? "(none)" : "\"" + type + "\"") + ", expected one of " + FtsObject.TYPES;
                    continue;
                }
                if (id == null) {
                    objectProblem = field + " holds a " + type + " without an id";
                    continue;
                }
                if (n == objects.length) {
                    objects = Arrays.copyOf(objects, n * 2);
                }
                objects[n++] = shared.object(type, id, name == null ? "" : name, behavior == null ? "" : behavior,
                        organizationTypes);
            }
            return objectProblem != null ? List.of() : shared.objects(objects, n);
        }
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
