package cn.minsheng.rollup.architecture;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import java.util.concurrent.Executors;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph flows one way. Rooms bottom-up: system is the floor; the catalog, the form and its samples,
 * reading a workbook, the rules, the ledger that stores what they decided, the file lifecycle that uses all three
 * (register, identify, decide, place), re-checking stored forms, progress, the county summary, the dispatch
 * documents, year-end, the office's pages, the night's job, backups beside the night and, on top, the commands.
 */
class ArchitectureTest {

	static final String BASE = "cn.minsheng.rollup";

	static final List<String> ROOMS_BOTTOM_UP = List.of("system", "catalog", "form", "sample", "workbook",
			"validation", "ledger", "intake", "reprocess", "progress", "report", "dispatch", "yearend", "web", "job",
			"backup", "cli");

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void everyRoomImportsOnlyTheRoomsBeneathIt() {
		EvaluationResult result = RoomOrder.rule(BASE, ROOMS_BOTTOM_UP).evaluate(PRODUCT);

		assertThat(result.getFailureReport().getDetails()).isEmpty();
	}

	@Test
	void everyPackageOfTheProductIsARoomOfTheOrder() {
		Set<String> unplaced = new TreeSet<>();
		for (JavaClass type : PRODUCT) {
			String pkg = type.getPackageName();
			if (!pkg.equals(BASE)) {
				String room = pkg.substring(BASE.length() + 1).split("\\.")[0];
				if (!ROOMS_BOTTOM_UP.contains(room)) {
					unplaced.add(room);
				}
			}
		}

		assertThat(unplaced).as("packages not placed in ROOMS_BOTTOM_UP").isEmpty();
	}

	@Test
	void backgroundWorkRunsOnTheManagedPoolsOnly() {
		ArchRule rule = noClasses().should()
			.callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(type(Executors.class))))
			.orShould()
			.callConstructor(Thread.class, Runnable.class, String.class)
			.orShould()
			.callConstructor(Thread.class, Runnable.class)
			.because("background work runs on system.BackgroundExecutors' pools, shut down with the context");

		rule.check(PRODUCT);
	}

	@Test
	void aRoomThatImportsARoomAboveItIsReportedWithTheClassesThatDoIt() {
		JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".architecture.fixture");

		EvaluationResult result = RoomOrder.rule(BASE + ".architecture.fixture", List.of("lower", "upper"))
			.evaluate(fixture);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anySatisfy((line) -> assertThat(line)
			.contains("fixture.lower.Indicator").contains("fixture.upper.Summary"));
	}

	@Test
	void theSameRoomsInTheOtherOrderAreClean() {
		JavaClasses fixture = new ClassFileImporter().importPackages(BASE + ".architecture.fixture");

		EvaluationResult result = RoomOrder.rule(BASE + ".architecture.fixture", List.of("upper", "lower"))
			.evaluate(fixture);

		assertThat(result.hasViolation()).isFalse();
	}

}
