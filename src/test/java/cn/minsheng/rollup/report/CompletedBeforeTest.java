package cn.minsheng.rollup.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators already 已完成 before a month (the bulletin reports only first completions) come from one read of the
 * ledger, and are what the summaries of the earlier months, each computed on its own, show as 已完成.
 */
class CompletedBeforeTest {

	@TempDir
	Path dir;

	private final Catalog catalog = SummaryFixture.catalog();

	private final PeriodData november = SummaryFixture.november(this.catalog);

	/** The ledger as {@link SummarySource} reads it: each month sees the rows of January to that month. */
	private PeriodData load(YearMonth period) {
		return new PeriodData(period, List.of(),
				this.november.rows().stream().filter((r) -> !r.month().isAfter(period)).toList(), List.of());
	}

	private SummaryService service() {
		RollupProperties rollup = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		return new SummaryService(this::load, () -> this.catalog, ProgressThresholds.defaults(),
				SummaryProperties.defaults(), rollup, Clock.systemDefaultZone());
	}

	@Test
	void givenAYearOfDataWhenAskedForNovemberThenListsWhatTheSummariesOfJanuaryToOctoberShowAsCompleted() {
		Set<String> expected = Set.of();
		for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(SummaryFixture.NOVEMBER); m = m.plusMonths(1)) {
			CountySummary earlier = CountySummary.of(this.catalog, load(m), ProgressThresholds.defaults());
			expected = union(expected, earlier.indicatorLines()
				.stream()
				.filter((l) -> l.progress().progressClass() == ProgressClass.COMPLETED)
				.map((l) -> l.indicator().code())
				.collect(Collectors.toSet()));
		}

		Set<String> completed = service().completedBefore(SummaryFixture.NOVEMBER);

		assertThat(expected).isNotEmpty();
		assertThat(completed).isEqualTo(expected);
	}

	@Test
	void givenJanuaryThenNothingWasCompletedBefore() {
		assertThat(service().completedBefore(YearMonth.of(2023, 1))).isEmpty();
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
	}

}
