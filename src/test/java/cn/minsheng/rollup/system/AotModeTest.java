package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Ahead-of-time mode is for the jar the build made: on when the program runs from it, off from a folder of classes
 * (whose generated code may be older than the classes), and never against the operator's own setting. The packaged
 * program itself is run in that mode by {@code PackagedProgramIT}.
 */
class AotModeTest {

	private static final String FAT_JAR = "jar:nested:/opt/rollup/minsheng-rollup.jar/!BOOT-INF/classes/!/";

	private static final String EXTRACTED_JAR = "file:/opt/rollup/app/minsheng-rollup.jar";

	private static final String CLASSES = "file:/work/main/target/classes/";

	@Test
	void isOnForTheGeneratedProgramRunFromItsJar() {
		assertThat(AotMode.shouldEnable(null, true, FAT_JAR)).isTrue();
		assertThat(AotMode.shouldEnable(null, true, EXTRACTED_JAR)).isTrue();
	}

	@Test
	void isOffForAFolderOfClassesEvenWithGeneratedCodeInIt() {
		assertThat(AotMode.shouldEnable(null, true, CLASSES)).isFalse();
		assertThat(AotMode.shouldEnable(null, true, "file:/work/main/target/my.jar.d/classes/")).isFalse();
	}

	@Test
	void isOffWhenTheBuildGeneratedNothing() {
		assertThat(AotMode.shouldEnable(null, false, FAT_JAR)).isFalse();
	}

	@Test
	void leavesTheOperatorsSettingAlone() {
		assertThat(AotMode.shouldEnable("false", true, FAT_JAR)).isFalse();
		assertThat(AotMode.shouldEnable("true", true, CLASSES)).isFalse();
	}

	@Test
	void isOffWhenTheClassesCameFromNowhereKnown() {
		assertThat(AotMode.shouldEnable(null, true, null)).isFalse();
	}

	@Test
	void inTheTestsTheProgramRunsFromItsClasses() {
		String property = System.getProperty(AotMode.PROPERTY);
		AotMode.enableWhenPackaged(AotModeTest.class);
		assertThat(System.getProperty(AotMode.PROPERTY)).isEqualTo(property);
	}

}
