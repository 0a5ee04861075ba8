package io.github.pledgebook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A synthetic IATI 2.03 file with a fixed seed, generated as it is read: {@link #stream(int)} never holds the whole
 * text, so a reader's memory use can be measured on 10^6 transactions; {@link #bytes(int)} holds it for benchmarks.
 * <p>
 * 10 transactions per activity; 50 funders, 200 implementers, 40 recipient countries; default currencies EUR, USD,
 * GBP, JPY (every fifth transaction names its own currency); types 2 (30%), 3 (35%), 4 (15%), 12 (5%), 11 (8%) and
 * 1 (7%); about 5% of commitments negative (decommitments); values with up to 2 decimals; dates over 2015-2024 with
 * value-dates up to 5 days earlier; 1 to 3 DAC sectors whose percentages add up to 100.
 */
public final class IatiSynthetic {

    public static final long SEED = 20240219L;
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY"};
    private static final String[] COUNTRIES = {"UA", "AF", "SY", "YE", "SO", "ET", "SD", "SS", "CD", "NG", "ML", "NE",
        "BF", "TD", "CF", "HT", "MM", "BD", "PK", "LB", "JO", "IQ", "PS", "VE", "CO", "KE", "UG", "TZ", "MZ", "MW",
        "ZW", "ZM", "CM", "LR", "SL", "GN", "MG", "NP", "PH", "KH"};
    private static final int[] SECTORS = {11110, 12220, 12240, 14030, 15220, 15250, 31120, 31130, 43040, 72010, 72040,
        73010};
    private static final String[] TYPES = {"2", "2", "2", "2", "2", "2", "3", "3", "3", "3", "3", "3", "3", "4", "4",
        "4", "12", "11", "11", "1"};
    private static final long FIRST_DAY = LocalDate.of(2015, 1, 1).toEpochDay();

    private IatiSynthetic() {
    }

    /**
     * The file as a stream generated activity by activity.
     *
     * @param transactions how many transactions, a multiple of 10
     * @return the stream; UTF-8
     */
    public static InputStream stream(int transactions) {
        return new Generated(transactions);
    }

    /**
     * The whole file in memory.
     *
     * @param transactions how many transactions, a multiple of 10
     * @return the bytes, UTF-8
     */
    public static byte[] bytes(int transactions) {
        try (InputStream in = stream(transactions)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(transactions * 260 + 1024);
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Generated extends InputStream {
        private final SplittableRandom random = new SplittableRandom(SEED);
        private final int activities;
        private int next;
        private final StringBuilder sb = new StringBuilder(8192);
        private byte[] buffer = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
                + "generated-datetime=\"2024-02-19T00:00:00Z\">\n").getBytes(StandardCharsets.UTF_8);
        private int pos;
        private boolean ended;

        Generated(int transactions) {
            this.activities = transactions / 10;
        }

        private boolean fill() {
            if (ended) {
                return false;
            }
            sb.setLength(0);
            if (next == activities) {
                sb.append("</iati-activities>\n");
                ended = true;
            } else {
                activity(next++);
            }
            buffer = sb.toString().getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        private void activity(int n) {
            SplittableRandom r = random;
            String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
            int funder = r.nextInt(50);
            int implementer = r.nextInt(200);
            sb.append(" <iati-activity default-currency=\"").append(currency).append("\" humanitarian=\"")
                    .append(r.nextInt(4) == 0 ? 1 : 0).append("\">\n  <iati-identifier>XM-SYN-").append(funder)
                    .append('-').append(n).append("</iati-identifier>\n  <reporting-org ref=\"XM-ORG-")
                    .append(implementer).append("\" type=\"21\"><narrative>Implementer ").append(implementer)
                    .append("</narrative></reporting-org>\n  <title><narrative>Activity ").append(n)
                    .append("</narrative></title>\n  <participating-org ref=\"XM-DAC-").append(funder)
                    .append("\" role=\"1\" type=\"10\"><narrative>Funder ").append(funder)
                    .append("</narrative></participating-org>\n  <participating-org ref=\"XM-ORG-").append(implementer)
                    .append("\" role=\"4\" type=\"21\"><narrative>Implementer ").append(implementer)
                    .append("</narrative></participating-org>\n  <recipient-country code=\"")
                    .append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append("\" percentage=\"100\"/>\n");
            int sectors = 1 + r.nextInt(3);
            int left = 100;
            for (int s = 0; s < sectors; s++) {
                int pct = s == sectors - 1 ? left : 1 + r.nextInt(left - (sectors - s - 1));
                left -= pct;
                sb.append("  <sector code=\"").append(SECTORS[r.nextInt(SECTORS.length)]).append("\" vocabulary=\"1\" "
                        + "percentage=\"").append(pct).append("\"/>\n");
            }
            sb.append("  <default-finance-type code=\"110\"/>\n");
            long start = FIRST_DAY + r.nextInt(3300);
            for (int t = 0; t < 10; t++) {
                String type = TYPES[r.nextInt(TYPES.length)];
                LocalDate date = LocalDate.ofEpochDay(start + r.nextInt(350));
                LocalDate valueDate = date.minusDays(r.nextInt(6));
                long cents = 100_00L + r.nextLong(5_000_000_00L);
                if (type.equals("2") && r.nextInt(20) == 0) {
                    cents = -cents / 10;
                }
                sb.append("  <transaction ref=\"").append(n).append('-').append(t).append("\">\n")
                        .append("   <transaction-type code=\"").append(type).append("\"/>\n")
                        .append("   <transaction-date iso-date=\"").append(date).append("\"/>\n")
                        .append("   <value");
                if (t % 5 == 4) {
                    sb.append(" currency=\"").append(CURRENCIES[r.nextInt(CURRENCIES.length)]).append('"');
                }
                sb.append(" value-date=\"").append(valueDate).append("\">");
                appendValue(cents, r.nextInt(3));
                sb.append("</value>\n");
                if (type.equals("1") || type.equals("11")) {
                    sb.append("   <provider-org ref=\"XM-DAC-").append(funder).append("\"/>\n");
                }
                sb.append("  </transaction>\n");
            }
            sb.append(" </iati-activity>\n");
        }

        /** Cents written with 0, 1 or 2 decimals as real files do ("1250", "1250.5", "1250.55"). */
        private void appendValue(long cents, int style) {
            if (cents < 0) {
                sb.append('-');
                cents = -cents;
            }
            if (style == 0) {
                sb.append(cents / 100);
            } else if (style == 1) {
                sb.append(cents / 100).append('.').append(cents % 100 / 10);
            } else {
                sb.append(cents / 100).append('.').append(cents % 100 / 10).append(cents % 10);
            }
        }

        @Override
        public int read() {
            if (pos == buffer.length && !fill()) {
                return -1;
            }
            return buffer[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == buffer.length && !fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.length - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
