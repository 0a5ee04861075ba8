package example.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of IATI 2.03 activity files with a given number of transactions in all, from a seed: the same
 * arguments give the same files. Donors, currencies (activity defaults and per-value ones), dates from 2015 to
 * 2024 and exact decimal values of many shapes; a few transactions of other types and a few that cannot be counted
 * (no value, a negative value), as real files have.
 * <p>
 * {@code GenerateIati <folder> <files> <transactions> <seed>}; a folder that already holds exactly these files
 * (same arguments, see {@code generated.properties}) is left as it is.
 */
public final class GenerateIati {

    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "SEK", "CHF", "CAD", "NOK", "DKK", "AUD"};
    private static final String[] COUNTRIES = {"UA", "MD", "SO", "ET", "AF", "SY", "YE", "CD", "SS", "HT", "BD", "MZ"};
    private static final String[] SECTORS = {"15250", "72010", "12220", "23210", "11220", "31120", "16010", "72040"};
    private static final int DONORS = 60;

    private GenerateIati() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long transactions = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        String stamp = "files=" + files + "\ntransactions=" + transactions + "\nseed=" + seed + "\nformat=2\n";
        Path marker = folder.resolve("generated.properties");
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            System.out.println("IATI files already generated in " + folder + " (" + files + " files, " + transactions
                    + " transactions, seed " + seed + ")");
            return;
        }
        Files.createDirectories(folder);
        try (var old = Files.newDirectoryStream(folder, "*.xml")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            long share = transactions / files + (f < transactions % files ? 1 : 0);
            Path file = folder.resolve(String.format("activities-%04d.xml", f));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeFile(w, f, share, new Random(seed * 1_000_003L + f));
            }
            bytes += Files.size(file);
        }
        Files.writeString(marker, stamp);
        System.out.printf("generated %d IATI files, %d transactions, %.1f MB in %s, in %.1f s%n", files, transactions,
                bytes / 1e6, folder, (System.nanoTime() - start) / 1e9);
    }

    private static void writeFile(Writer w, int file, long transactions, Random r) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<iati-activities version=\"2.03\" generated-datetime=\"2026-01-01T00:00:00Z\">\n");
        long left = transactions;
        int activity = 0;
        List<String[]> earlier = new ArrayList<>();
        while (left > 0) {
            int n = (int) Math.min(left, 1 + r.nextInt(19));
            earlier.add(writeActivity(w, file, activity++, n, r, earlier));
            left -= n;
        }
        w.write("</iati-activities>\n");
    }

    /**
     * Writes one activity and returns its identifier, its donor's ref and number. Incoming funds (type 1) name their
     * provider: half of them an earlier activity of the same file ({@code provider-activity-id}), so the reader
     * counts that money once, at the provider; the others only a provider organisation. An organisation is named
     * and typed alike wherever it appears, as one book of many files needs.
     */
    private static String[] writeActivity(Writer w, int file, int activity, int transactions, Random r,
            List<String[]> earlier) throws IOException {
        int donor = r.nextInt(DONORS);
        String donorRef = String.format("XM-GEN-D%02d", donor);
        String donorName = "Generated donor " + donor;
        String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        String id = String.format("%s-%04d-%05d", donorRef, file, activity);
        w.write(" <iati-activity default-currency=\"" + currency + "\" hierarchy=\"1\" humanitarian=\""
                + r.nextInt(2) + "\" last-updated-datetime=\"2026-01-01T00:00:00Z\">\n");
        w.write("  <iati-identifier>" + id + "</iati-identifier>\n");
        w.write("  <reporting-org ref=\"" + donorRef + "\" type=\"10\"><narrative>" + donorName
                + "</narrative></reporting-org>\n");
        w.write("  <title><narrative>Generated activity " + activity + " of file " + file + "</narrative></title>\n");
        w.write("  <participating-org ref=\"" + donorRef + "\" role=\"1\" type=\"10\"><narrative>" + donorName
                + "</narrative></participating-org>\n");
        int implementer = r.nextInt(200);
        w.write("  <participating-org ref=\"XM-GEN-I" + implementer + "\" role=\"4\" type=\"21\"><narrative>"
                + "Implementer " + implementer + "</narrative></participating-org>\n");
        w.write("  <activity-status code=\"2\"/>\n");
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3000));
        w.write("  <activity-date iso-date=\"" + day + "\" type=\"2\"/>\n");
        w.write("  <recipient-country code=\"" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "\" percentage=\"100\"/>\n");
        w.write("  <sector vocabulary=\"1\" code=\"" + SECTORS[r.nextInt(SECTORS.length)]
                + "\" percentage=\"100\"/>\n");
        for (int t = 0; t < transactions; t++) {
            day = day.plusDays(r.nextInt(4) == 0 ? 0 : r.nextInt(90));
            if (day.getYear() > 2024) {
                day = LocalDate.of(2024, 12, 31);
            }
            int k = r.nextInt(100);
            String type = k < 8 ? "12" : k < 38 ? "2" : k < 88 ? "3" : k < 94 ? "4" : "1";
            String own = r.nextInt(10) == 0 ? CURRENCIES[r.nextInt(CURRENCIES.length)] : null;
            String value = value(r, own != null ? own : currency);
            w.write("  <transaction ref=\"" + id + "-t" + t + "\">\n");
            w.write("   <transaction-type code=\"" + type + "\"/>\n");
            w.write("   <transaction-date iso-date=\"" + day + "\"/>\n");
            w.write("   <value" + (own != null ? " currency=\"" + own + "\"" : "") + " value-date=\"" + day + "\">"
                    + value + "</value>\n");
            if (type.equals("1")) {
                if (!earlier.isEmpty() && r.nextBoolean()) {
                    String[] provider = earlier.get(r.nextInt(earlier.size()));
                    w.write("   <provider-org ref=\"" + provider[1] + "\" provider-activity-id=\"" + provider[0]
                            + "\" type=\"10\"><narrative>Generated donor " + provider[2]
                            + "</narrative></provider-org>\n");
                } else {
                    int p = r.nextInt(DONORS);
                    w.write("   <provider-org ref=\"" + String.format("XM-GEN-D%02d", p)
                            + "\" type=\"10\"><narrative>Generated donor " + p + "</narrative></provider-org>\n");
                }
            }
            w.write("  </transaction>\n");
        }
        w.write(" </iati-activity>\n");
        return new String[] {id, donorRef, Integer.toString(donor)};
    }

    /** An exact decimal as publishers write them: whole, cents, long fractions, huge; rarely empty or negative. */
    private static String value(Random r, String currency) {
        int k = r.nextInt(1000);
        if (k == 0) {
            return "";
        }
        if (k < 3) {
            return "-" + (1 + r.nextInt(100_000)) + ".00";
        }
        if (k < 6) {
            // beyond a long: 25 digits
            return (1 + r.nextInt(9)) + String.format("%012d%012d", r.nextInt(1_000_000_000),
                    r.nextInt(1_000_000_000));
        }
        if (k < 60) {
            // a float printed in full, as some publishers' exports do
            return (1 + r.nextInt(100_000)) + "." + (r.nextInt(9) + 1) + "49999999999998";
        }
        long units = currency.equals("JPY") ? 1_000L * (1 + r.nextInt(10_000_000)) : 1 + r.nextInt(50_000_000);
        return k < 500 ? Long.toString(units) : units + "." + String.format("%02d", r.nextInt(100));
    }
}
