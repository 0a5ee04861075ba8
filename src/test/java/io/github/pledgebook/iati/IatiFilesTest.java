package io.github.pledgebook.iati;

import static io.github.pledgebook.iati.IatiReaderTest.activity;
import static io.github.pledgebook.iati.IatiReaderTest.file;
import static io.github.pledgebook.iati.IatiReaderTest.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pledgebook.Amounts;
import io.github.pledgebook.FailingReader;
import io.github.pledgebook.money.MoneyTotal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several IATI files read into one book: money in two files counts once, and a broken file adds nothing. */
class IatiFilesTest {

    private static final LocalDate END = LocalDate.of(2100, 1, 1);

    /** The funder's file and the implementer's file (see {@link IatiReaderTest#PROVIDER}). */
    private static final String FUNDER = file(IatiReaderTest.PROVIDER);
    private static final String IMPLEMENTER = file(IatiReaderTest.RECEIVER);

    private static MoneyTotal eur(long amount) {
        return MoneyTotal.of(Amounts.of(amount, "EUR"));
    }

    @Test
    void moneyPublishedByFunderAndImplementerInTwoFilesCountsOnce() {
        MoneyTotal apart = Iati.read(FUNDER).book().asOf(END).committed().total()
                .plus(Iati.read(IMPLEMENTER).book().asOf(END).committed().total());
        assertThat(apart).isEqualTo(eur(2000)); // read one by one, the same money counts twice

        for (boolean funderFirst : List.of(true, false)) {
            IatiFiles files = Iati.files();
            if (funderFirst) {
                files.add("DE-1.xml", new StringReader(FUNDER)).add("UNICEF.xml", IMPLEMENTER);
            } else {
                files.add("UNICEF.xml", IMPLEMENTER).add("DE-1.xml", new StringReader(FUNDER));
            }
            IatiImport both = files.result();
            assertThat(both.book().asOf(END).committed().total()).isEqualTo(eur(1000));
            assertThat(both.book().asOf(END).disbursed().total()).isEqualTo(eur(600));
            assertThat(both.links()).extracting(IatiLink::how)
                    .containsExactly("provider-activity-id", "receiver-activity-id");
            assertThat(both.links()).allSatisfy(l -> {
                assertThat(l.file()).contains("UNICEF.xml");
                assertThat(l.countedIn()).isEqualTo("DE-1-P");
            });
            assertThat(both.links().get(0).toString()).startsWith("file UNICEF.xml, activity R-1 transaction 1 (line ");
            assertThat(both.book().asOf(END).disbursed().excludedRegrants()).isEqualTo(eur(550));
            assertThat(both.transactionCount()).isEqualTo(5);
            assertThat(both.countedCount() + both.links().size() + both.problems().size())
                    .isEqualTo(both.transactionCount());
            assertThat(both.version()).isEqualTo("2.03");
        }
    }

    @Test
    void anActivityRepeatedInALaterFileIsAProblemNamingBothFiles() {
        String one = file(activity("A-1", " default-currency=\"USD\"", tx("2", "2021-01-01", "", "100")));
        IatiImport imported = Iati.files().add("first.xml", one).add("second.xml", one).result();

        assertThat(imported.book().asOf(END).committed().total()).isEqualTo(MoneyTotal.of(Amounts.of(100, "USD")));
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).contains("second.xml");
            assertThat(p.reason()).isEqualTo("activity A-1 appears again (first in file first.xml at line 3); "
                    + "the repeated copy is not counted");
            assertThat(p.toString()).startsWith("file second.xml, activity A-1, transaction 1, line ");
        });
    }

    @Test
    void anOrganisationNamedDifferentlyInAnotherFileIsOnePartyAndANoteOncePerName() {
        IatiImport imported = Iati.files().add("DE-1.xml", FUNDER)
                .add("DE-1-2022.xml", file(bmz("DE-1-Q", "Federal Ministry for Economic Cooperation"),
                        bmz("DE-1-R", "Federal Ministry for Economic Cooperation"), bmz("DE-1-S", "BMZ")))
                .result();

        assertThat(imported.book().pledges()).extracting(p -> p.donor().name()).containsOnly("BMZ");
        assertThat(imported.notes()).filteredOn(n -> n.reason().contains("also named")).singleElement()
                .satisfies(n -> {
                    assertThat(n.file()).contains("DE-1-2022.xml");
                    assertThat(n.activityId()).isEqualTo("DE-1-Q");
                    assertThat(n.reason()).isEqualTo("organisation DE-1 is also named \"Federal Ministry for Economic "
                            + "Cooperation\"; the book keeps the name first read, \"BMZ\"");
                });
    }

    private static String bmz(String id, String name) {
        return " <iati-activity default-currency=\"EUR\"><iati-identifier>" + id + "</iati-identifier>"
                + "<reporting-org ref=\"DE-1\"><narrative>" + name + "</narrative></reporting-org>"
                + "<recipient-country code=\"UA\"/>"
                + "<transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2022-01-01\"/>"
                + "<value>10</value></transaction></iati-activity>";
    }

    @Test
    void problemsAreListedFileByFileAndNameTheirFile() {
        String emptyValue = file("", "", "", activity("B-1", " default-currency=\"USD\"",
                tx("2", "2021-01-01", "", "")));
        IatiImport imported = Iati.files().add("a.xml", emptyValue)
                .add("b.xml", file(activity("C-1", "", tx("3", "2021-01-01", "", "5")))).result();

        assertThat(imported.problems()).extracting(IatiProblem::file)
                .containsExactly(Optional.of("a.xml"), Optional.of("b.xml"));
        assertThat(imported.problems().get(1).line()).isLessThan(imported.problems().get(0).line());
        // one file read on its own names none
        assertThat(Iati.read(emptyValue).problems()).extracting(IatiProblem::file).containsExactly(Optional.empty());
    }

    @Test
    void aFileThatCannotBeReadToItsEndAddsNothingAndTheOthersStay() {
        // the broken file's first activity would have linked R-1's incoming funds (by receiver-activity-id) and
        // named DE-1 first; then the XML breaks
        String broken = file(" <iati-activity default-currency=\"EUR\"><iati-identifier>X-1</iati-identifier>"
                + "<reporting-org ref=\"DE-1\"><narrative>Another name for BMZ</narrative></reporting-org>"
                + "<recipient-country code=\"UA\"/>"
                + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2021-02-01\"/>"
                + "<value>600</value><receiver-org ref=\"XM-DAC-41122\" receiver-activity-id=\"R-1\"/></transaction>"
                + "</iati-activity>", activity("X-2", "", "<broken"));
        IatiFiles files = Iati.files().add("UNICEF.xml", IMPLEMENTER);

        assertThatThrownBy(() -> files.add("broken.xml", broken))
                .isInstanceOf(IatiFormatException.class)
                .hasMessageStartingWith("IATI file broken.xml not read, nothing of it is counted: IATI file is not "
                        + "well-formed XML at line ")
                .satisfies(e -> assertThat(((IatiFormatException) e).line()).isPositive());
        IatiImport afterFailure = files.add("other.xml", file(activity("O-1", " default-currency=\"USD\"",
                tx("3", "2021-03-01", "", "7")))).result();

        IatiImport withoutIt = Iati.files().add("UNICEF.xml", IMPLEMENTER).add("other.xml", file(activity("O-1",
                " default-currency=\"USD\"", tx("3", "2021-03-01", "", "7")))).result();
        assertThat(afterFailure.book()).isEqualTo(withoutIt.book());
        assertThat(afterFailure.problems()).isEqualTo(withoutIt.problems());
        assertThat(afterFailure.notes()).isEqualTo(withoutIt.notes());
        assertThat(afterFailure.links()).isEmpty();
        assertThat(afterFailure.activityCount()).isEqualTo(2);
        assertThat(afterFailure.transactionCount()).isEqualTo(4);
        assertThat(afterFailure.countedCount()).isEqualTo(4);
        assertThat(files).hasToString("IatiFiles[2 files read: UNICEF.xml, other.xml, book made]");
    }

    @Test
    void aFailingReaderIsThrownAsSuchAndItsFileAddsNothing() {
        IatiFiles files = Iati.files().add("funder.xml", FUNDER);
        FailingReader dropped = new FailingReader(IMPLEMENTER, IMPLEMENTER.length() / 2);
        assertThatThrownBy(() -> files.add("implementer.xml", dropped)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("reading the IATI file failed at line ").hasMessageEndingWith("connection reset")
                .hasCauseInstanceOf(IOException.class);
        IatiImport both = files.add("implementer.xml", IMPLEMENTER).result();
        IatiImport apart = Iati.files().add("funder.xml", FUNDER).add("implementer.xml", IMPLEMENTER).result();
        assertThat(both.book().pledges()).isEqualTo(apart.book().pledges());
        assertThat(both.problems()).isEqualTo(apart.problems());
        assertThat(both.links()).isEqualTo(apart.links());
        assertThatThrownBy(() -> Iati.read(new FailingReader(FUNDER, 10))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void textSavedWithAByteOrderMarkReadsTheSame() {
        // Files.readString and InputStreamReader keep the mark of a file saved as "UTF-8 with BOM"
        IatiImport plain = Iati.read(FUNDER);
        assertThat(Iati.read("\uFEFF" + FUNDER).book()).isEqualTo(plain.book());
        assertThat(Iati.read(new StringReader("\uFEFF" + FUNDER)).book()).isEqualTo(plain.book());
        assertThat(Iati.files().add("funder.xml", new StringReader("\uFEFF" + FUNDER)).result().book())
                .isEqualTo(plain.book());
    }

    @Test
    void aRefusedFileIsNamedAndAddsNothing() {
        IatiFiles files = Iati.files().add("good.xml", FUNDER);
        String v1 = "<iati-activities version=\"1.05\"><iati-activity><iati-identifier>OLD</iati-identifier>"
                + "</iati-activity></iati-activities>";
        assertThatThrownBy(() -> files.add("old.xml", v1)).isInstanceOf(IatiFormatException.class)
                .hasMessageContaining("IATI file old.xml not read").hasMessageContaining("1.05");
        assertThat(files.result().book()).isEqualTo(Iati.read(FUNDER).book());
    }

    @Test
    void inStrictModeTheFileWithTheFirstProblemIsNamedAndTakenBack() {
        IatiFiles files = IatiReader.standard().strict(true).files().add("good.xml", FUNDER);
        String bad = file(activity("S-1", " default-currency=\"USD\"", tx("2", "2021-01-01", "", "50"),
                tx("3", "2021-01-02", "", "")));
        assertThatThrownBy(() -> files.add("bad.xml", bad)).isInstanceOf(IatiFormatException.class)
                .hasMessageStartingWith("IATI file bad.xml not read, nothing of it is counted: IATI transaction "
                        + "not counted (strict mode): file bad.xml, activity S-1, transaction 2");
        IatiImport imported = files.result();
        assertThat(imported.book()).isEqualTo(Iati.read(FUNDER).book());
        assertThat(imported.transactionCount()).isEqualTo(2);
    }

    @Test
    void filesOfDifferentVersionsListTheirVersions() throws IOException {
        String older = file(activity("V-1", " default-currency=\"USD\"", tx("2", "2021-01-01", "", "1")))
                .replace("version=\"2.03\"", "version=\"2.01\"");
        try (InputStream bytes = new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8))) {
            IatiImport imported = Iati.files().add("old.xml", bytes).add("new.xml", FUNDER).result();
            assertThat(imported.version()).isEqualTo("2.01, 2.03");
        }
    }

    @Test
    void theRealFilesReadTogetherAddUpToTheirSeparateReads() throws IOException {
        String food = resource("/iati/foodsecurity-dportal.xml");
        String example = resource("/iati/activity-standard-example-annotated.xml");
        IatiImport a = Iati.read(food);
        IatiImport b = Iati.read(example);
        IatiImport both = Iati.files().add("foodsecurity-dportal.xml", food)
                .add("activity-standard-example-annotated.xml", example).result();

        assertThat(both.transactionCount()).isEqualTo(a.transactionCount() + b.transactionCount());
        assertThat(both.countedCount() + both.links().size() + both.problems().size())
                .isEqualTo(both.transactionCount());
        assertThat(both.problems()).hasSize(a.problems().size() + b.problems().size());
        assertThat(both.book().pledges()).hasSize(a.book().pledges().size() + b.book().pledges().size());
        for (var stage : List.of(both.book().asOf(END).committed(), both.book().asOf(END).disbursed())) {
            assertThat(stage.total()).isNotNull();
        }
        assertThat(both.book().asOf(END).committed().total()).isEqualTo(a.book().asOf(END).committed().total()
                .plus(b.book().asOf(END).committed().total()));
        assertThat(both.book().asOf(END).disbursed().total()).isEqualTo(a.book().asOf(END).disbursed().total()
                .plus(b.book().asOf(END).disbursed().total()));
    }

    @Test
    void badArgumentsAndMisuseAreClearErrors() {
        IatiFiles files = Iati.files();
        assertThatThrownBy(() -> files.add(" ", FUNDER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IATI file name must not be blank: problems and links name it");
        assertThatThrownBy(() -> files.add(null, FUNDER)).isInstanceOf(NullPointerException.class)
                .hasMessage("IATI file name is required, was null");
        assertThatThrownBy(() -> files.add("x.xml", (StringReader) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("IATI reader of file x.xml is required, was null");
        assertThatThrownBy(() -> files.add("x.xml", (InputStream) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("IATI input stream of file x.xml is required, was null");
        assertThatThrownBy(() -> files.add("x.xml", (CharSequence) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("IATI text of file x.xml is required, was null");
        assertThat(files).hasToString("IatiFiles[0 files read]");
        files.add("one.xml", FUNDER);
        assertThat(files).hasToString("IatiFiles[1 file read: one.xml]");
        files.result();
        assertThatThrownBy(files::result).isInstanceOf(IllegalStateException.class)
                .hasMessage("IATI files already read into a book: result() gives it once");
        assertThatThrownBy(() -> files.add("two.xml", FUNDER)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("IATI files already read into a book (result() was called)");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IatiFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
