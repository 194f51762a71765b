package dev.tandem.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The package rules of STYLE.md, checked on the compiled main classes without booting Quarkus: no cycle
 * between the packages under dev.tandem, no feature code in common, and features depend in one direction
 * only (a feature that must reach one above it declares an interface the one above implements).
 */
class ArchitectureTest {

    /** Top to bottom: each package may use only the ones after it. Entry points nothing uses come first. */
    static final List<String> ORDER = List.of(
            "bench", "demo", "auth", "governance", "survey", "metric", "plan", "partnership", "audit", "viewer", "person", "organization", "common");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.tandem.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonHoldsNoFeatureCode() {
        noClasses().that().resideInAPackage("dev.tandem.common..")
                .should().dependOnClassesThat(resideInAPackage("dev.tandem..").and(not(resideInAPackage("dev.tandem.common.."))))
                .because("common is for what every feature shares; code that knows a feature belongs in that feature")
                .check(MAIN);
    }

    @Test
    void featuresDependDownwardOnly() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : ORDER) {
            layers = layers.layer(name).definedBy("dev.tandem." + name + "..");
        }
        for (int i = 0; i < ORDER.size(); i++) {
            String[] above = ORDER.subList(0, i).toArray(String[]::new);
            layers = i == 0
                    ? layers.whereLayer(ORDER.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(ORDER.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        layers.check(MAIN);
    }

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : MAIN) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length > 2) {
                packages.add(parts[2]);
            }
        }
        assertThat(packages).as("the main classes were found").contains("common", "plan");
        assertThat(ORDER).as("a new package under dev.tandem gets its place in ORDER (and STYLE.md)").containsAll(packages);
    }
}
