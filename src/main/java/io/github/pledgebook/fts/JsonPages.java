package io.github.pledgebook.fts;

import io.github.pledgebook.internal.ByteOrderMark;
import io.github.pledgebook.internal.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;
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

    /*
     * FTS writes a flow's properties, and an object's, in the same order every time. The reader expects the name that
     * followed the last name the last time (Order) and Jackson compares the expected name's bytes in place
     * (nextName(SerializableString)); only a name that breaks the order is decoded and looked up. Decoding and looking
     * up every name in the parser's table of names was a fifth of the reader's time on a large response. The names
     * FTS writes that the reader skips are listed too, so that the order holds across them.
     */
    private static final int ID = 0;
    private static final int VERSION_ID = 1;
    private static final int STATUS = 2;
    private static final int FLOW_TYPE = 3;
    private static final int BOUNDARY = 4;
    private static final int ON_BOUNDARY = 5;
    private static final int NEW_MONEY = 6;
    private static final int CONTRIBUTION_TYPE = 7;
    private static final int DATE = 8;
    private static final int DECISION_DATE = 9;
    private static final int FIRST_REPORTED_DATE = 10;
    private static final int CREATED_AT = 11;
    private static final int UPDATED_AT = 12;
    private static final int DESCRIPTION = 13;
    private static final int REF_CODE = 14;
    private static final int AMOUNT_USD = 15;
    private static final int ORIGINAL_AMOUNT = 16;
    private static final int ORIGINAL_CURRENCY = 17;
    private static final int EXCHANGE_RATE = 18;
    private static final int PARENT_FLOW_ID = 19;
    private static final int CHILD_FLOW_IDS = 20;
    private static final int SOURCE_OBJECTS = 21;
    private static final int DESTINATION_OBJECTS = 22;
    private static final Names FLOW_FIELDS = new Names(
            "id", "versionId", "status", "flowType", "boundary", "onBoundary", "newMoney", "contributionType", "date",
            "decisionDate", "firstReportedDate", "createdAt", "updatedAt", "description", "refCode", "amountUSD",
            "originalAmount", "originalCurrency", "exchangeRate", "parentFlowId", "childFlowIds", "sourceObjects",
            "destinationObjects",
            // read by nothing, skipped
            "budgetYear", "grandBargainEarmarkingType", "keywords", "method", "reportDetails");

    private static final int OBJECT_TYPE = 0;
    private static final int OBJECT_ID = 1;
    private static final int OBJECT_NAME = 2;
    private static final int OBJECT_BEHAVIOR = 3;
    private static final int OBJECT_ORGANIZATION_TYPES = 4;
    private static final Names OBJECT_FIELDS = new Names(
            "type", "id", "name", "behavior", "organizationTypes",
            // read by nothing, skipped
            "organizationSubTypes", "code");

    /** The names of a flow's report details, which the reader skips. */
    private static final Names REPORT_DETAIL_FIELDS = new Names("sourceType", "organization", "reportChannel", "date");

    private JsonPages() {
    }

    /** The property names of one kind of object, by index. */
    private static final class Names {
        final SerializedString[] names;
        final Map<String, Integer> indexes = new HashMap<>();

        Names(String... names) {
            this.names = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = new SerializedString(names[i]);
                this.names[i].asQuotedUTF8();
                indexes.put(names[i], i);
            }
        }
    }

    /** What follows what in one reading's objects of one kind: learnt as they are read, so it needs no reset. */
    private static final class Order {
        private static final int END = -1;
        private static final int UNKNOWN = -2;
        private final Names names;
        /** The index of the name that followed name i last time, at i; after an unknown name and at the start last. */
        private final int[] next;
        private int previous;

        Order(Names names) {
            this.names = names;
            this.next = new int[names.names.length + 2];
            Arrays.fill(next, UNKNOWN);
        }

        /** Starts an object: the next name expected is the one that came first last time. */
        void start() {
            previous = next.length - 1;
        }

        /**
         * Moves to the next property: its index in the names, {@link #UNKNOWN} for a name not listed (the parser is
         * then on it) or {@link #END} at the end of the object.
         */
        int nextProperty(JsonParser p) {
            int expected = next[previous];
            int found;
            if (expected >= 0 && p.nextName(names.names[expected])) {
                found = expected;
            } else {
                if (expected < 0) {
                    p.nextToken();
                }
                if (p.currentToken() != JsonToken.PROPERTY_NAME) {
                    return END;
                }
                found = names.indexes.getOrDefault(p.currentName(), UNKNOWN);
                next[previous] = found;
            }
            previous = found == UNKNOWN ? next.length - 2 : found;
            return found;
        }
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
        return read(() -> FACTORY.createParser(ByteOrderMark.skipped(json)), page, shared, flows);
    }

    static PageEnd read(Reader json, int page, SharedValues shared, Consumer<RawFlow> flows) {
        return read(() -> FACTORY.createParser(ByteOrderMark.skipped(json)), page, shared, flows);
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
        } catch (JacksonIOException e) {
            // the caller's reader or stream failed: not a fault of the text, and nothing to report as a problem
            throw new UncheckedIOException("reading FTS page " + page + " failed after " + end.complete
                    + " complete flows: " + e.getOriginalMessage(), e.getCause() instanceof IOException
                            ? (IOException) e.getCause() : new IOException(e.getOriginalMessage(), e));
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
        private final Order flowOrder = new Order(FLOW_FIELDS);
        private final Order objectOrder = new Order(OBJECT_FIELDS);
        private final Order skippedOrder = new Order(REPORT_DETAIL_FIELDS);

        Flows(JsonParser p, SharedValues shared) {
            this.p = p;
            this.shared = shared;
        }

        void flow(RawFlow f) {
            flowOrder.start();
            for (int field = flowOrder.nextProperty(p); field != Order.END; field = flowOrder.nextProperty(p)) {
                p.nextToken();
                String name = p.currentName();
                switch (field) {
                    case ID: f.id = idText(f, name); break;
                    case VERSION_ID: f.versionId = number(f, name); break;
                    case STATUS: f.status = word(f, name, null); break;
                    case FLOW_TYPE: f.flowType = word(f, name, null); break;
                    case BOUNDARY: f.boundary = word(f, name, null); break;
                    case ON_BOUNDARY: f.onBoundary = word(f, name, null); break;
                    case NEW_MONEY: f.newMoney = bool(f, name); break;
                    case CONTRIBUTION_TYPE: f.contributionType = word(f, name, null); break;
                    case DATE:
                        f.date = date(f, name);
                        f.dateText = badDate;
                        break;
                    case DECISION_DATE:
                        f.decisionDate = date(f, name);
                        f.decisionDateText = badDate;
                        break;
                    case FIRST_REPORTED_DATE:
                        f.firstReportedDate = date(f, name);
                        f.firstReportedDateText = badDate;
                        break;
                    case CREATED_AT:
                        f.createdAt = date(f, name);
                        f.createdAtText = badDate;
                        break;
                    case UPDATED_AT:
                        f.updatedAt = date(f, name);
                        f.updatedAtText = badDate;
                        break;
                    case DESCRIPTION: f.description = text(f, name); break;
                    case REF_CODE: f.refCode = text(f, name); break;
                    case AMOUNT_USD: f.amountUsd = number(f, name); break;
                    case ORIGINAL_AMOUNT: f.originalAmount = number(f, name); break;
                    case ORIGINAL_CURRENCY: f.originalCurrency = word(f, name, null); break;
                    case EXCHANGE_RATE: f.exchangeRate = number(f, name); break;
                    case PARENT_FLOW_ID: f.parentFlowId = idText(f, name); break;
                    case CHILD_FLOW_IDS: f.childFlowIds = ids(f, name); break;
                    case SOURCE_OBJECTS:
                        f.sources = objects(f, name);
                        f.sourcesProblem = objectProblem;
                        break;
                    case DESTINATION_OBJECTS:
                        f.destinations = objects(f, name);
                        f.destinationsProblem = objectProblem;
                        break;
                    default: skip();
                }
            }
        }

        /**
         * Skips a value the reader does not keep. A flow's report details are objects whose names come in order
         * too, so skipping them expects their names as well instead of looking each one up. The parser bounds how
         * deep values nest.
         */
        private void skip() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    skip();
                }
            } else if (t == JsonToken.START_OBJECT) {
                skippedOrder.start();
                while (skippedOrder.nextProperty(p) != Order.END) {
                    p.nextToken();
                    skip();
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
                objectOrder.start();
                for (int property = objectOrder.nextProperty(p); property != Order.END;
                        property = objectOrder.nextProperty(p)) {
                    p.nextToken();
                    switch (property) {
                        case OBJECT_TYPE: type = word(f, field, "type"); break;
                        case OBJECT_ID: id = objectId(f, field); break;
                        case OBJECT_NAME: name = word(f, field, "name"); break;
                        case OBJECT_BEHAVIOR: behavior = word(f, field, "behavior"); break;
                        case OBJECT_ORGANIZATION_TYPES:
                            if (p.currentToken() == JsonToken.START_ARRAY) {
                                while (p.nextToken() != JsonToken.END_ARRAY) {
                                    String s = word(f, field, "organizationTypes");
                                    if (s != null) {
                                        organizationTypes.add(s);
                                    }
                                }
                            } else {
                                wrongType(p.currentToken(), f, field, "organizationTypes", "an array of texts");
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
                FtsObject o = shared.object(type, id, name == null ? "" : name, behavior == null ? "" : behavior,
                        organizationTypes);
                if (o == null) {
                    objectProblem = field + " holds a " + type + " whose id has no visible character, was "
                            + Check.shown(id);
                    continue;
                }
                if (n == objects.length) {
                    objects = Arrays.copyOf(objects, n * 2);
                }
                objects[n++] = o;
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
