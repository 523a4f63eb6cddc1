package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.cli.RollupProcess;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * The jar the build made, run as the office runs it ({@code java -jar}, after {@code mvn verify}'s package): it starts
 * from the bean definitions generated ahead of time, and decides a night exactly as the program run from its classes
 * does — the same ledger records and rows, the same files in the same places, the same summary workbooks cell by cell.
 */
@SlowTest
class PackagedProgramIT {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void packagedJarStartsAheadOfTimeAndDecidesTheNightAsTheClassesDo() throws IOException, SQLException {
		RollupProcess packaged = RollupProcess.in(this.dir.resolve("jar"));
		RollupProcess classes = RollupProcess.in(this.dir.resolve("classes")).fromClasses();
		assertThat(packaged.packaged()).as("run by failsafe with " + RollupProcess.PACKAGED_JAR).isTrue();
		RollupProcess.Finished sample = packaged.run(TIMEOUT, "sample", "--period=2023-10,2023-11", "--rows=30",
				"--mistake=县民政局:TEXT_IN_NUMBER_CELL");
		assertThat(sample.exitCode()).as(sample.toString()).isZero();
		classes.withInputFrom(packaged.input());

		RollupProcess.Finished fromJar = packaged.run(TIMEOUT, "run");
		RollupProcess.Finished fromClasses = classes.run(TIMEOUT, "run");

		assertThat(fromJar.exitCode()).as(fromJar.toString()).isZero();
		assertThat(fromClasses.exitCode()).as(fromClasses.toString()).isZero();
		assertThat(fromJar.output()).contains("本次运行（第 1 次）共处理文件 28 个：已接收 26，已退回 2，重复报送 0。");
		assertThat(packaged.data().resolve("logs/rollup.log")).content().contains("Starting AOT-processed");
		assertThat(classes.data().resolve("logs/rollup.log")).content().doesNotContain("AOT-processed");
		EndState jar = EndState.of(packaged);
		EndState reference = EndState.of(classes);
		assertThat(jar.summaryCells()).hasSize(2).isEqualTo(reference.summaryCells());
		assertThat(jar.submissions()).hasSize(28).isEqualTo(reference.submissions());
		assertThat(jar.rows()).isEqualTo(reference.rows());
		assertThat(jar.files()).isEqualTo(reference.files());
	}

}
