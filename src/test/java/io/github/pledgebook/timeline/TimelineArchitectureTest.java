package io.github.pledgebook.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline keeps the house rules: no I/O, clock or logging; no floating point; dependencies point downward. */
class TimelineArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.pledgebook");

    @Test
    void timelineDoesNoIoReadsNoClockAndLogsNothing() {
        noClasses().that().resideInAPackage("..timeline..").should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.net..", "java.nio.file..", "java.util.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("now()",
                                t -> t.getName().equals("now") || t.getName().equals("currentTimeMillis"))))
                .check(MAIN);
    }

    @Test
    void timelineNeverUsesFloatingPoint() {
        List<String> found = new ArrayList<>();
        for (JavaClass c : MAIN) {
            if (!c.getPackageName().endsWith(".timeline")) {
                continue;
            }
            for (JavaField f : c.getFields()) {
                if (isFloating(f.getRawType().getName())) {
                    found.add(f.getFullName());
                }
            }
            for (JavaMethod m : c.getMethods()) {
                if (isFloating(m.getRawReturnType().getName())
                        || m.getRawParameterTypes().stream().anyMatch(t -> isFloating(t.getName()))) {
                    found.add(m.getFullName());
                }
            }
        }
        assertThat(found).isEmpty();
        noClasses().that().resideInAPackage("..timeline..").should().dependOnClassesThat()
                .haveFullyQualifiedName(Double.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Float.class.getName())
                .check(MAIN);
    }

    private static boolean isFloating(String type) {
        return type.equals("double") || type.equals("float") || type.equals("java.lang.Double")
                || type.equals("java.lang.Float");
    }

    @Test
    void coreAndMoneyDoNotDependOnTheTimeline() {
        noClasses().that().resideInAnyPackage("io.github.pledgebook", "io.github.pledgebook.money").should()
                .dependOnClassesThat().resideInAPackage("io.github.pledgebook.timeline..")
                .check(MAIN);
    }
}
