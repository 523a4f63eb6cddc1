package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.dispatch.DispatchProperties;
import cn.minsheng.rollup.dispatch.DispatchRegister;
import cn.minsheng.rollup.dispatch.OfficialDocument;
import cn.minsheng.rollup.dispatch.OfficialDocumentWriter;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The year-end documents of a year, from the ledger: written under {@code output/yearend/2023/}, each left alone
 * when its content would not change.
 */
@Component
public class YearendService {

	private static final Logger log = LoggerFactory.getLogger(YearendService.class);

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final YearLedger ledger;

	private final AcceptanceRegister acceptances;

	private final CertifiedFigures certified;

	private final YearendProperties yearend;

	private final SummaryService summaries;

	private final DispatchRegister register;

	private final DispatchProperties dispatch;

	private final Clock clock;

	public YearendService(RollupProperties properties, CatalogProvider catalogs, YearLedger ledger,
			AcceptanceRegister acceptances, CertifiedFigures certified, YearendProperties yearend,
			SummaryService summaries, DispatchRegister register, DispatchProperties dispatch, Clock clock) {
		this.dispatch = dispatch;
		this.properties = properties;
		this.yearend = yearend;
		this.summaries = summaries;
		this.register = register;
		this.catalogs = catalogs;
		this.ledger = ledger;
		this.acceptances = acceptances;
		this.certified = certified;
		this.clock = clock;
	}

	/** {@code output/yearend/2023/评估认定表/评估认定表-县民政局-2023.xlsx}: the form to send the bureau. */
	public Path certificationForm(int year, String unit) {
		return folder(year).resolve(CertificationLayout.KIND)
			.resolve(cn.minsheng.rollup.system.SafeNames.fileName(CertificationLayout.fileName(unit, year)));
	}

	/** {@code output/yearend/2023}. */
	public Path folder(int year) {
		return this.properties.outputDir().resolve("yearend").resolve(Integer.toString(year));
	}

	/** The office's acceptance record for the year: {@code input/catalog/验收记录-2023.xlsx} beside the catalog. */
	public Path acceptanceRecordFile(int year) {
		return catalogFolder().resolve(AcceptanceRecordReader.fileName(year));
	}

	/** The catalog's folder, where the office keeps its own records (验收记录, 会议记录). */
	private Path catalogFolder() {
		return this.properties.catalogFile().toAbsolutePath().getParent();
	}

	private static void document(OfficialDocument document, Path file, LocalDateTime now, WrittenFiles files)
			throws IOException {
		String key = OfficialDocumentWriter.contentKey(document);
		boolean changed = OfficialDocumentWriter.contentKeyOf(file).filter(key::equals).isEmpty();
		if (changed) {
			new OfficialDocumentWriter().write(document, key, now, file);
		}
		files.record(file, changed);
	}

	/**
	 * Writes (or leaves as they are) the year's documents.
	 * @throws cn.minsheng.rollup.catalog.CatalogException with a Chinese message when {@code year} has no catalog
	 * @throws UncheckedIOException when a file cannot be written, e.g. while it is open in Excel on Windows
	 */
	public YearendOutcome write(int year) {
		Catalog catalog = this.catalogs.catalog(year);
		try {
			return writeYear(catalog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The nightly hook: once every unit of a year's catalog has an accepted December form, the year's documents follow
	 * the ledger (only those whose content changed are rewritten), for the current year and the one before it (whose
	 * December forms arrive in January). A failure is logged, not raised: the night's intake stands, and
	 * {@code yearend} can be run by hand.
	 * @return the outcomes of the years written
	 */
	public List<YearendOutcome> writeIfYearComplete() {
		List<YearendOutcome> written = new ArrayList<>();
		if (!this.yearend.nightly()) {
			return written;
		}
		int current = this.properties.year();
		for (int year = current - 1; year <= current; year++) {
			this.catalogs.find(year).flatMap(this::writeIfComplete).ifPresent(written::add);
		}
		return written;
	}

	private Optional<YearendOutcome> writeIfComplete(Catalog catalog) {
		YearMonth december = YearMonth.of(catalog.year(), 12);
		if (!this.ledger.unitsWithAcceptedForm(december).containsAll(catalog.units())) {
			return Optional.empty();
		}
		try {
			return Optional.of(writeYear(catalog));
		}
		catch (IOException | RuntimeException ex) {
			log.error("yearend.failed year={} retry=\"yearend --year={}\"", catalog.year(), catalog.year(), ex);
			return Optional.empty();
		}
	}

	private YearendOutcome writeYear(Catalog catalog) throws IOException {
		int year = catalog.year();
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<String> problems = new ArrayList<>();
		AcceptanceRecordReader.Result recorded = new AcceptanceRecordReader().read(acceptanceRecordFile(year), catalog);
		problems.addAll(recorded.problems());
		int added = this.acceptances.addNew(recorded.records(), now);
		YearFigures figures = this.ledger.load(catalog);
		Path folder = folder(year);
		WrittenFiles files = new WrittenFiles();
		String county = this.properties.county();

		FundsStatistics funds = FundsStatistics.of(figures);
		files.add(folder.resolve("年度资金统计表-" + year + ".xlsx"), (file) -> new FundsStatisticsWriter().write(funds,
				county + year + "年重点民生实事年度资金统计表", now, file));

		files.add(folder.resolve("验收记录-" + year + "（空白）.xlsx"), (file) -> new AcceptanceRecordTemplate().write(year,
				county + year + "年重点民生实事验收记录", now, file));
		AcceptanceStatus acceptance = AcceptanceStatus.of(figures, this.acceptances.records(year));
		files.add(folder.resolve("验收情况表-" + year + ".xlsx"), (file) -> new AcceptanceWriter().write(acceptance,
				county + year + "年重点民生实事项目验收情况表", now, file));

		for (String unit : catalog.units()) {
			List<CertificationFormWriter.Line> lines = CertificationFormWriter.lines(figures, unit);
			files.add(certificationForm(year, unit), (file) -> new CertificationFormWriter().write(unit, year, lines,
					county + year + "年重点民生实事评估认定表（" + unit + "）", now, file));
		}
		Map<String, CertifiedFigures.Return> returns = this.certified.inForce(year);
		CertificationStatus certification = CertificationStatus.of(figures, returns);
		files.add(folder.resolve("评估认定汇总-" + year + ".xlsx"), (file) -> new CertificationSummaryWriter()
			.write(certification, county + year + "年重点民生实事评估认定汇总表", now, file));

		List<ReviewLine> review = withCertification(new ReviewChecks(figures, listTotals(year)).review(),
				certification, catalog);
		files.add(folder.resolve("回头看问题清单-" + year + ".xlsx"), (file) -> new ReviewListWriter().write(review,
				county + year + "年重点民生实事回头看问题清单", now, file));

		YearendContext context = new YearendContext(figures, funds, acceptance, certification, returns, folder, county,
				now);
		InspectionPackage packages = new InspectionPackage(this.ledger, this.yearend);
		for (String unit : catalog.units()) {
			packages.write(unit, certificationForm(year, unit), context, files);
		}
		new CountyPackage(this.summaries, this.register).write(context, files);

		publicDocuments(context, files);

		AcceptanceStatus.Rate rate = acceptance.rates().get("全县");
		log.info("yearend.written year={} written={} kept={} acceptanceRecordsAdded={} findings={}", year,
				files.written.size(), files.kept.size(), added, review.size());
		return new YearendOutcome(year, folder, files.written, files.kept, problems, rate.indicators(), rate.online(),
				rate.offline(), review.size(), certification.differences().size());
	}

	/** 完成情况公示 (.docx and .html) and the year's bulletin. */
	private void publicDocuments(YearendContext context, WrittenFiles files) throws IOException {
		int year = context.year();
		PublicNoticeComposer.Notice notice = new PublicNoticeComposer().compose(context, this.dispatch.office());
		document(PublicNoticeComposer.document(notice), context.folder().resolve("完成情况公示-" + year + ".docx"),
				context.now(), files);
		Path page = context.folder().resolve("完成情况公示-" + year + ".html");
		files.record(page, YearendFiles.writeTextIfDifferent(page, PublicNoticePage.html(notice)));
		int letters = (int) this.register.letters()
			.stream()
			.filter((l) -> l.period().getYear() == year && !l.withdrawn())
			.count();
		Path meetingRecord = catalogFolder().resolve(MeetingRecordReader.fileName(year));
		OptionalInt meetings = new MeetingRecordReader().count(meetingRecord);
		OfficialDocument bulletin = new YearBulletinComposer().compose(context,
				this.dispatch.bulletinTitle(context.county()) + "（" + year + "年度）", this.dispatch.addressee(),
				this.dispatch.office(), meetings, letters);
		document(bulletin, context.folder().resolve("年度工作情况通报-" + year + ".docx"), context.now(), files);
	}

	/** The review's lines with the certified differences of each unit after its own findings. */
	private static List<ReviewLine> withCertification(List<ReviewLine> review, CertificationStatus certification,
			Catalog catalog) {
		List<ReviewLine> all = new ArrayList<>(review);
		all.addAll(certification.reviewLines());
		List<String> units = catalog.units();
		// stable: each unit's findings keep their order, the certified differences after them
		all.sort(Comparator.comparingInt((ReviewLine l) -> units.indexOf(l.unit())));
		return all;
	}

	private Map<Long, Map<String, BigDecimal>> listTotals(int year) {
		Map<Long, Map<String, BigDecimal>> totals = new HashMap<>();
		for (YearLedger.ListTotal total : this.ledger.listTotals(year)) {
			if (total.total() != null) {
				totals.computeIfAbsent(total.submissionId(), (id) -> new HashMap<>()).put(total.code(), total.total());
			}
		}
		return totals;
	}

}
