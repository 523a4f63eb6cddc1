package cn.minsheng.rollup.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Builds the county summary workbook of a month from the ledger: what the nightly job calls for each month that
 * received new accepted data, and what the {@code summary --period} command calls to rebuild one.
 */
public class SummaryService {

	private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

	private final SummarySource source;

	private final IntFunction<Catalog> catalog;

	private final ProgressThresholds thresholds;

	private final SummaryProperties summary;

	private final RollupProperties rollup;

	private final Clock clock;

	private final CountySummaryWriter writer = new CountySummaryWriter();

	/**
	 * @param catalog the one year's catalog, asked for on each summary so a reloaded list is used
	 * @param clock gives the generation time printed in the footers
	 */
	public SummaryService(SummarySource source, Supplier<Catalog> catalog, ProgressThresholds thresholds,
			SummaryProperties summary, RollupProperties rollup, Clock clock) {
		this(source, (year) -> catalog.get(), thresholds, summary, rollup, clock);
	}

	/**
	 * @param catalog the catalog of a year: each month is summarised against its own year's list
	 * @param clock gives the generation time printed in the footers
	 */
	public SummaryService(SummarySource source, IntFunction<Catalog> catalog, ProgressThresholds thresholds,
			SummaryProperties summary, RollupProperties rollup, Clock clock) {
		this.source = Objects.requireNonNull(source, "source");
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
		this.summary = Objects.requireNonNull(summary, "summary");
		this.rollup = Objects.requireNonNull(rollup, "rollup");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** Where the summary of {@code period} is written: {@code output/summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx}. */
	public Path summaryFile(YearMonth period) {
		return this.rollup.outputDir()
			.resolve(this.summary.folder())
			.resolve(this.summary.fileName(this.rollup.county(), period));
	}

	/**
	 * The months after {@code period} in its year whose summary has been written: those a change to {@code period}
	 * reaches through their trend and their carried figures.
	 */
	public List<YearMonth> laterSummarised(YearMonth period) {
		List<YearMonth> later = new ArrayList<>();
		for (YearMonth m = period.plusMonths(1); m.getYear() == period.getYear(); m = m.plusMonths(1)) {
			if (Files.isRegularFile(summaryFile(m))) {
				later.add(m);
			}
		}
		return later;
	}

	/** The figures of {@code period}, without writing anything. */
	public CountySummary summarize(YearMonth period) {
		return CountySummary.of(this.catalog.apply(period.getYear()), this.source.load(period), this.thresholds,
				this.summary.carryForward());
	}

	/**
	 * Writes (or rewrites) the summary of {@code period}.
	 * @return the file written
	 * @throws UncheckedIOException when the file cannot be written, e.g. while it is open in Excel on Windows
	 */
	public Path writeSummary(YearMonth period) {
		CountySummary figures = summarize(period);
		return write(figures, () -> contentKey(figures), true).file();
	}

	/**
	 * Writes the summary of {@code period} only when its content would differ from the file already there, so a
	 * night without new accepted data leaves the existing workbook untouched.
	 */
	public SummaryOutcome writeIfChanged(YearMonth period) {
		CountySummary figures = summarize(period);
		return writeIfChanged(figures, () -> contentKey(figures));
	}

	/**
	 * Writes the summary of figures already made only when its content would differ from the file already there,
	 * with the content key taken by the caller meanwhile: the sheets are filled first and the key is asked for only
	 * then, so the nightly job takes it on its own thread while the writer thread fills them. When the file there has
	 * that key the filled sheets are thrown away.
	 * @param contentKey gives {@link #contentKey(CountySummary)} of {@code figures}, waiting for it if need be
	 */
	public SummaryOutcome writeIfChanged(CountySummary figures, Supplier<String> contentKey) {
		return write(figures, contentKey, false);
	}

	/** The content key of the summary of {@code figures}: a digest of every figure and the title. */
	public String contentKey(CountySummary figures) {
		return CountySummaryWriter.contentKey(figures, title(figures.period()));
	}

	private String title(YearMonth period) {
		return this.summary.title(this.rollup.county(), period);
	}

	/**
	 * Writes the summary of {@code figures}, unless {@code always} is false and the file there has its content key.
	 * @throws UncheckedIOException when the file cannot be written, e.g. while it is open in Excel on Windows
	 */
	private SummaryOutcome write(CountySummary figures, Supplier<String> contentKey, boolean always) {
		YearMonth period = figures.period();
		Path file = summaryFile(period);
		Optional<String> there = always ? Optional.empty() : CountySummaryWriter.contentKeyOf(file);
		boolean written;
		try {
			written = this.writer.writeIf(figures, title(period), contentKey,
					(key) -> there.filter(key::equals).isEmpty(), LocalDateTime.now(this.clock), file);
		}
		catch (IOException ex) {
			throw cannotWrite(file, ex);
		}
		if (!written) {
			log.info("summary unchanged period={} file={}", period, file);
			return new SummaryOutcome(file, false, figures);
		}
		log.info("summary written period={} file={}", period, file);
		return new SummaryOutcome(file, true, figures);
	}

	private static UncheckedIOException cannotWrite(Path file, IOException ex) {
		return new UncheckedIOException("无法写入汇总表 " + file + "（文件可能正被其他程序打开）", ex);
	}

	/**
	 * The codes of the indicators that were 已完成 in any month of the year before {@code period}, each month judged on
	 * its own data as the ledger has it now: what the month's summaries of January on would show as 已完成.
	 */
	public Set<String> completedBefore(YearMonth period) {
		if (period.getMonthValue() == 1) {
			return Set.of();
		}
		YearMonth last = period.minusMonths(1);
		Catalog year = this.catalog.apply(period.getYear());
		return new MonthIndex(year, this.source.load(last), this.thresholds, this.summary.carryForward())
			.completedThrough(year.indicators(), last);
	}

	/** The summary file of a month, whether this call wrote it, and the figures it shows. */
	public record SummaryOutcome(Path file, boolean written, CountySummary figures) {
	}

}
