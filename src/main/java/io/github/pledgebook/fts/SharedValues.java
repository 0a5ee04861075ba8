package io.github.pledgebook.fts;

import io.github.pledgebook.internal.Days;
import io.github.pledgebook.internal.Texts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One instance of each value that recurs across the flows of one reader: FTS's words ({@code paid}, {@code
 * incoming}, currency codes, object types and names), dates, source and destination objects and whole lists of
 * them. Flows name the same few (a donor, its location, a usage year, a plan) again and again, so a hundred thousand
 * flows keep a few thousand of them instead of a copy each, and repeated text is matched in the parser's own buffer
 * without making a {@code String} of it. Not thread-safe: one per {@link FtsReader}.
 */
final class SharedValues {

    /** Longer text (descriptions, say) is rarely repeated: it is not pooled. */
    private static final int LONGEST_POOLED = 256;
    /** The pool stops growing here, so that text of many distinct values never costs more than its copies. */
    private static final int MOST_POOLED = 1 << 16;

    /** The pooled text, open addressing: each slot's text, its characters (compared with a vectorised
     *  {@code Arrays.equals}) and its hash. */
    private String[] texts = new String[1024];
    private char[][] textChars = new char[1024][];
    private int[] textHashes = new int[1024];
    private int textCount;
    private final Days days = new Days();
    private final Map<ObjectKey, FtsObject> objects = new HashMap<>();
    private final ObjectKey probe = new ObjectKey();
    private final Map<ObjectList, List<FtsObject>> lists = new HashMap<>();
    private final ObjectList listProbe = new ObjectList();

    /** FTS's words as the constants the package compares with, so that most comparisons find the same instance. */
    private static final List<String> WORDS = List.of("pledge", "commitment", "paid", "Standard", "Parked",
            "Pass through", "Carryover", "incoming", "internal", "outgoing", "single", "shared", "overlap",
            "financial", "in kind", "USD", "EUR", "Government", "UN agency", "NGO", "Pooled fund");

    SharedValues() {
        for (String word : WORDS) {
            pool(word);
        }
        for (String type : FtsObject.TYPES) {
            pool(type);
        }
    }

    /**
     * The text of {@code length} characters from {@code offset}, the same instance for the same text.
     *
     * @param chars a buffer, such as the parser's; only read
     */
    String text(char[] chars, int offset, int length) {
        if (length > LONGEST_POOLED) {
            return new String(chars, offset, length);
        }
        int h = hash(chars, offset, length);
        int mask = texts.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            char[] known = textChars[i];
            if (known == null) {
                String made = new String(chars, offset, length);
                if (textCount < MOST_POOLED) {
                    texts[i] = made;
                    textChars[i] = Arrays.copyOfRange(chars, offset, offset + length);
                    textHashes[i] = h;
                    if (++textCount * 2 > texts.length) {
                        rehashTexts();
                    }
                }
                return made;
            }
            if (textHashes[i] == h && Arrays.equals(known, 0, known.length, chars, offset, offset + length)) {
                return texts[i];
            }
        }
    }

    private void pool(String word) {
        char[] chars = word.toCharArray();
        int h = hash(chars, 0, chars.length);
        int mask = texts.length - 1;
        int i = spread(h) & mask;
        while (textChars[i] != null) {
            i = (i + 1) & mask;
        }
        texts[i] = word;
        textChars[i] = chars;
        textHashes[i] = h;
        textCount++;
    }

    /** A hash of the length and of at most 16 characters: the first and last eight, enough to tell FTS's words. */
    private static int hash(char[] chars, int offset, int length) {
        int h = length;
        int end = offset + length;
        if (length <= 16) {
            for (int i = offset; i < end; i++) {
                h = 31 * h + chars[i];
            }
        } else {
            for (int i = offset; i < offset + 8; i++) {
                h = 31 * h + chars[i];
            }
            for (int i = end - 8; i < end; i++) {
                h = 31 * h + chars[i];
            }
        }
        return h;
    }

    private void rehashTexts() {
        String[] oldTexts = texts;
        char[][] oldChars = textChars;
        int[] oldHashes = textHashes;
        texts = new String[oldTexts.length * 2];
        textChars = new char[texts.length][];
        textHashes = new int[texts.length];
        int mask = texts.length - 1;
        for (int j = 0; j < oldTexts.length; j++) {
            if (oldChars[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (textChars[i] != null) {
                    i = (i + 1) & mask;
                }
                texts[i] = oldTexts[j];
                textChars[i] = oldChars[j];
                textHashes[i] = oldHashes[j];
            }
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /**
     * The date FTS writes as a UTC instant ({@code 2020-03-19T00:00:00Z}) or a plain date: its calendar date, the
     * same instance for the same day; null if the text is not such a date.
     */
    LocalDate date(char[] c, int offset, int length) {
        if (length < 10 || (length != 10 && c[offset + 10] != 'T') || c[offset + 4] != '-' || c[offset + 7] != '-') {
            return null;
        }
        int y = digits(c, offset, offset + 4);
        int m = digits(c, offset + 5, offset + 7);
        int d = digits(c, offset + 8, offset + 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        return days.of(y, m, d);
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * The one object with these parts (pooled text compares by identity first), or null if its id has no visible
     * character to keep: no party can be named by it.
     *
     * @param organizationTypes only read; copied when the object is new
     */
    FtsObject object(String type, String id, String name, String behavior, List<String> organizationTypes) {
        probe.set(type, id, name, behavior, organizationTypes);
        FtsObject known = objects.get(probe);
        if (known == null) {
            // text from the file is tidied (docs/fts.md)
            String tidyId = Texts.id(id);
            if (tidyId == null) {
                return null;
            }
            String tidyName = name == null ? null : Objects.requireNonNullElse(Texts.line(name), "");
            known = new FtsObject(type, tidyId, tidyName, behavior, organizationTypes);
            ObjectKey key = new ObjectKey();
            key.set(type, id, name, behavior, known.organizationTypes());
            objects.put(key, known);
        }
        return known;
    }

    /** The one unmodifiable list of these (shared) objects, in this order. */
    List<FtsObject> objects(FtsObject[] items, int count) {
        if (count == 0) {
            return List.of();
        }
        listProbe.set(items, count);
        List<FtsObject> known = lists.get(listProbe);
        if (known == null) {
            FtsObject[] copy = Arrays.copyOf(items, count);
            known = List.of(copy);
            ObjectList key = new ObjectList();
            key.set(copy, count);
            lists.put(key, known);
        }
        return known;
    }

    /** The parts of an object as a map key; the lookup key is reused, the stored ones never change. */
    private static final class ObjectKey {
        private String type;
        private String id;
        private String name;
        private String behavior;
        private List<String> organizationTypes;
        private int hash;

        void set(String type, String id, String name, String behavior, List<String> organizationTypes) {
            this.type = type;
            this.id = id;
            this.name = name;
            this.behavior = behavior;
            this.organizationTypes = organizationTypes;
            this.hash = ((type.hashCode() * 31 + id.hashCode()) * 31 + name.hashCode()) * 31 + behavior.hashCode()
                    + organizationTypes.size();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ObjectKey)) {
                return false;
            }
            ObjectKey k = (ObjectKey) o;
            return hash == k.hash && type.equals(k.type) && id.equals(k.id) && name.equals(k.name)
                    && behavior.equals(k.behavior) && sameTexts(organizationTypes, k.organizationTypes);
        }
    }

    private static boolean sameTexts(List<String> a, List<String> b) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A list of shared objects as a map key: the same objects, by identity, in the same order. */
    private static final class ObjectList {
        private FtsObject[] items;
        private int count;
        private int hash;

        void set(FtsObject[] items, int count) {
            this.items = items;
            this.count = count;
            int h = count;
            for (int i = 0; i < count; i++) {
                h = h * 31 + System.identityHashCode(items[i]);
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ObjectList)) {
                return false;
            }
            ObjectList l = (ObjectList) o;
            if (hash != l.hash || count != l.count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (items[i] != l.items[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
