package io.github.pledgebook;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.Serializable;
import java.time.Clock;
import java.time.InstantSource;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The rules of the code that a compiler cannot check: exactness, no I/O, no clock, dependencies point down. */
class ArchitectureTest {

    private static final String ROOT = "io.github.pledgebook";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> FLOATING_POINT =
            describe("double or float", c -> {
                String name = c.getName();
                return name.equals("double") || name.equals("float")
                        || name.equals(Double.class.getName()) || name.equals(Float.class.getName());
            });

    @Test
    void moneyHasNoFloatingPointFields() {
        ArchRule rule = fields().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".money..")
                .should().notHaveRawType(FLOATING_POINT)
                .because("amounts and rates are exact decimals");
        rule.check(MAIN);
    }

    @Test
    void moneyHasNoFloatingPointParameters() {
        ArchRule rule = noCodeUnits().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".money..")
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaCodeUnit>("take a double or float") {
                    @Override
                    public void check(JavaCodeUnit unit, com.tngtech.archunit.lang.ConditionEvents events) {
                        for (JavaClass p : unit.getRawParameterTypes()) {
                            if (FLOATING_POINT.test(p)) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(unit,
                                        unit.getFullName() + " takes " + p.getName()));
                            }
                        }
                    }
                })
                .because("amounts and rates are exact decimals");
        rule.check(MAIN);
    }

    @Test
    void moneyReturnsNoFloatingPoint() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".money..")
                .should().notHaveRawReturnType(FLOATING_POINT)
                .check(MAIN);
    }

    @Test
    void neverSumsWithMonetaArithmeticOrConvertsWithMonetaryConversions() {
        noClasses().should().callMethodWhere(describe("Money.add", (JavaMethodCall call) ->
                        call.getTargetOwner().isAssignableTo(MonetaryAmount.class)
                                && (call.getName().equals("add") || call.getName().equals("subtract"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.javamoney.moneta.function.MonetaryFunctions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.javamoney.moneta.FastMoney")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.money.convert.MonetaryConversions")
                .because("sums are exact BigDecimal/long arithmetic and rates come only from the caller's RateTable")
                .check(MAIN);
    }

    @Test
    void mainCodeDoesNoIo() {
        noClasses().should().dependOnClassesThat(
                        resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.util.logging..")
                                .and(describe("not Serializable", c -> !c.isEquivalentTo(Serializable.class)))
                                .and(describe("not a caller's Reader, Writer or stream", c -> !CALLERS_STREAMS.contains(c.getName()))))
                .because("pledgebook is an I/O-free core: no files, network or logging; readers and writers use what the "
                        + "caller hands over")
                .check(MAIN);
    }

    /** The interchange packages at the top: readers and writers of other formats; nothing below may use them. */
    private static final String[] TOP = {"fts", "iati", "table", "chart", "sample", "assertj"};

    private static String[] with(String[] top, String... below) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(top), java.util.Arrays.stream(below))
                .toArray(String[]::new);
    }

    @Test
    void onlyTheTablePackageUsesTheCsvLibraryAndNothingUsesTheTablePackage() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".table..")
                .should().dependOnClassesThat().resideInAnyPackage("de.siegmar.fastcsv..", ROOT + ".table..")
                .because("tables in and out sit at the top of the layering, beside report")
                .check(MAIN);
    }

    /**
     * What reading a caller's Reader or InputStream and writing to a caller's Appendable or Writer needs: the types,
     * never a file, path or URL.
     */
    private static final java.util.Set<String> CALLERS_STREAMS = java.util.Set.of(
            "java.io.Reader", "java.io.Writer", "java.io.InputStream", "java.io.StringReader",
            "java.io.InputStreamReader", "java.io.BufferedReader", "java.io.PushbackReader", "java.io.IOException",
            "java.io.UncheckedIOException");

    @Test
    void xmlIsReadWithTheJdksOwnParserNeverOneFoundByServiceLoader() {
        noClasses().should().callMethod(javax.xml.stream.XMLInputFactory.class, "newFactory")
                .orShould().callMethod(javax.xml.stream.XMLInputFactory.class, "newInstance")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.ServiceLoader.class.getName())
                .because("the hardened JDK StAX factory is chosen explicitly (newDefaultFactory), never a plug-in")
                .check(MAIN);
    }

    @Test
    void mainCodeNeverPrints() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("reports return Strings; nothing prints")
                .check(MAIN);
    }

    @Test
    void mainCodeReadsNoClock() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().dependOnClassesThat().areAssignableTo(InstantSource.class)
                .orShould().callMethodWhere(describe("a now() method", (JavaMethodCall call) ->
                        call.getName().equals("now")))
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("today's date is always a parameter")
                .check(MAIN);
    }

    @Test
    void dependenciesPointDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .optionalLayer("fts").definedBy(ROOT + ".fts..")
                .optionalLayer("table").definedBy(ROOT + ".table..")
                .optionalLayer("iati").definedBy(ROOT + ".iati..")
                .optionalLayer("chart").definedBy(ROOT + ".chart..")
                .optionalLayer("sample").definedBy(ROOT + ".sample..")
                .optionalLayer("assertj").definedBy(ROOT + ".assertj..")
                .layer("report").definedBy(ROOT + ".report..")
                .optionalLayer("timeline").definedBy(ROOT + ".timeline")
                .layer("timeline index").definedBy(ROOT + ".timeline.index..")
                .layer("money").definedBy(ROOT + ".money..")
                .layer("core").definedBy(ROOT)
                .layer("internal").definedBy(ROOT + ".internal..")
                .whereLayer("fts").mayNotBeAccessedByAnyLayer()
                .whereLayer("table").mayNotBeAccessedByAnyLayer()
                .whereLayer("iati").mayNotBeAccessedByAnyLayer()
                .whereLayer("chart").mayNotBeAccessedByAnyLayer()
                .whereLayer("sample").mayNotBeAccessedByAnyLayer()
                .whereLayer("assertj").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("timeline").mayOnlyBeAccessedByLayers(with(TOP, "report"))
                .whereLayer("timeline index").mayOnlyBeAccessedByLayers("timeline")
                .whereLayer("money").mayOnlyBeAccessedByLayers(with(TOP, "report", "timeline", "timeline index"))
                .whereLayer("core").mayOnlyBeAccessedByLayers(with(TOP, "report", "timeline", "timeline index", "money"))
                .whereLayer("internal").mayOnlyBeAccessedByLayers(
                        with(TOP, "report", "timeline", "timeline index", "money", "core"))
                .withOptionalLayers(true)
                .check(MAIN);
    }

    @Test
    void onlyTheFtsReaderUsesTheOptionalJsonParser() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".fts..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("the JSON parser is optional: everything but the FTS reader must work without it")
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".fts..")
                .and().haveNameNotMatching(".*\\.JsonPages(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("one class reads JSON, so the public FTS types load (and fail clearly) without the parser")
                .check(MAIN);
    }

    @Test
    void onlyTheAssertjPackageUsesAssertJ() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".assertj..")
                .should().dependOnClassesThat().resideInAPackage("org.assertj..")
                .because("assertj-core is an optional dependency: only io.github.pledgebook.assertj may need it")
                .check(MAIN);
    }

    @Test
    void onlyTheTimelineUsesItsIndex() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".timeline..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".timeline.index..")
                .because("the index is the timeline's engine, not exported and not API")
                .check(MAIN);
    }

    @Test
    void internalsDependOnNoOtherPackageOfTheLibrary() {
        noClasses().that().resideInAPackage(ROOT + ".internal..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".money..", ROOT + ".timeline..",
                        ROOT + ".report..", ROOT + ".fts..", ROOT + ".table..")
                .because("internal helpers sit below everything that uses them")
                .check(MAIN);
    }

    @Test
    void moduleExportsThePublicPackagesOnly() throws Exception {
        java.lang.module.ModuleDescriptor d = PledgeEvent.class.getModule().getDescriptor();
        if (d == null) {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    PledgeEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
                d = java.lang.module.ModuleDescriptor.read(in);
            }
        }
        org.assertj.core.api.Assertions.assertThat(d.exports()).extracting(e -> e.source())
                .containsExactlyInAnyOrder(ROOT, ROOT + ".money", ROOT + ".report", ROOT + ".timeline", ROOT + ".fts",
                        ROOT + ".table", ROOT + ".iati", ROOT + ".chart", ROOT + ".sample", ROOT + ".assertj");
    }

    @Test
    void noFloatingPointAnywhereInTheTimeline() {
        noClasses().that().resideInAPackage(ROOT + ".timeline..").should().dependOnClassesThat()
                .haveFullyQualifiedName(Double.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Float.class.getName())
                .check(MAIN);
        fields().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".timeline..")
                .should().notHaveRawType(FLOATING_POINT).check(MAIN);
        methods().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".timeline..")
                .should().notHaveRawReturnType(FLOATING_POINT).check(MAIN);
    }
}
