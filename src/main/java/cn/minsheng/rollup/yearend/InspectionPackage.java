package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.dispatch.OfficialDocument;
import cn.minsheng.rollup.dispatch.OfficialDocumentWriter;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.system.SafeNames;

/**
 * Assembles 台账资料/<单位>/, what an inspection team receives from a unit: the accepted monthly originals in force
 * (under their months), the consolidated 项目分布清单, its 年度资金统计, its 评估认定表 (the returned one if there is
 * one), a 工作总结（草稿）, the office's documents for it, and the 资料目录 listing them all and the source of every
 * figure.
 */
final class InspectionPackage {

	static final String FOLDER = "台账资料";

	private final YearLedger ledger;

	private final YearendProperties properties;

	InspectionPackage(YearLedger ledger, YearendProperties properties) {
		this.ledger = ledger;
		this.properties = properties;
	}

	/** {@code output/yearend/2023/台账资料/县民政局}. */
	static Path folder(Path yearFolder, String unit) {
		return yearFolder.resolve(FOLDER).resolve(SafeNames.segment(unit));
	}

	void write(String unit, Path certificationForm, YearendContext context, WrittenFiles files) throws IOException {
		int year = context.year();
		Path folder = folder(context.folder(), unit);
		List<PackageEntry> entries = new ArrayList<>();
		monthlyForms(unit, context, folder, entries, files);
		distributionList(unit, context, folder, entries, files);

		String fundsName = "年度资金统计-" + year + ".xlsx";
		FundsStatistics funds = context.funds().only(unit);
		files.add(folder.resolve(fundsName), (file) -> new FundsStatisticsWriter().write(funds,
				unit + year + "年重点民生实事年度资金统计表", context.now(), file));
		entries.add(new PackageEntry("年度资金统计", unit + "年度资金统计表", fundsName, "台账：各月已接收月报表（12月，缺报时沿用前月）"));

		certification(unit, certificationForm, context, folder, entries, files);

		String summaryName = "工作总结（草稿）.docx";
		OfficialDocument summary = new WorkSummaryComposer().compose(unit, context);
		Path summaryFile = folder.resolve(summaryName);
		String key = OfficialDocumentWriter.contentKey(summary);
		boolean changed = !OfficialDocumentWriter.contentKeyOf(summaryFile).filter(key::equals).isPresent();
		if (changed) {
			new OfficialDocumentWriter().write(summary, key, context.now(), summaryFile);
		}
		files.record(summaryFile, changed);
		entries.add(new PackageEntry("工作总结", unit + year + "年工作总结（草稿，叙述部分待单位补充）", summaryName, "按台账数据起草"));

		officeDocuments(unit, folder, entries, files);

		Path index = folder.resolve("资料目录.xlsx");
		List<PackageIndexWriter.Figure> figures = figures(unit, context);
		files.add(index, (file) -> new PackageIndexWriter().write(entries, figures,
				context.certification().differencesOf(unit),
				unit + year + "年重点民生实事台账资料目录", context.now(), file));
	}

	private static void monthlyForms(String unit, YearendContext context, Path folder, List<PackageEntry> entries,
			WrittenFiles files) throws IOException {
		for (YearMonth m = YearMonth.of(context.year(), 1); m.getYear() == context.year(); m = m.plusMonths(1)) {
			Optional<MonthForm> form = context.figures().form(unit, m);
			String document = m.getYear() + "年" + m.getMonthValue() + "月月度报表";
			Path monthFolder = folder.resolve("月度报表").resolve(m.toString());
			if (form.isEmpty() || form.get().storedPath() == null
					|| !Files.isRegularFile(Path.of(form.get().storedPath()))) {
				entries.add(new PackageEntry("月度报表", document, null, form.isEmpty() ? "该月没有已接收的月报表" : "原件未找到"));
				continue;
			}
			String name = SafeNames.fileName(form.get().fileName());
			Path target = monthFolder.resolve(name);
			removeOthers(monthFolder, target);
			files.record(target, YearendFiles.copyIfDifferent(Path.of(form.get().storedPath()), target));
			entries.add(new PackageEntry("月度报表", document + (form.get().version() > 1 ? "（第" + form.get().version()
					+ "版，现行有效）" : ""), folder.relativize(target).toString(), "原件：" + form.get().storedPath()));
		}
	}

	/** A month's folder holds only the form in force: a copy of a superseded version is removed. */
	private static void removeOthers(Path monthFolder, Path keep) throws IOException {
		if (!Files.isDirectory(monthFolder)) {
			return;
		}
		try (Stream<Path> files = Files.list(monthFolder)) {
			for (Path file : files.filter((f) -> !f.equals(keep) && Files.isRegularFile(f)).toList()) {
				Files.delete(file);
			}
		}
	}

	private void distributionList(String unit, YearendContext context, Path folder, List<PackageEntry> entries,
			WrittenFiles files) throws IOException {
		String name = "项目分布清单-" + context.year() + ".xlsx";
		List<ListSource> sources = this.ledger.listSources(unit, context.year());
		Path file = folder.resolve(name);
		long lines = new DistributionListWriter().write(unit, sources, context.figures().catalog(),
				this.ledger::streamList, unit + context.year() + "年重点民生实事项目分布清单（全年汇总）", context.now(), file);
		files.record(file, lines >= 0);
		String from = sources.isEmpty() ? "各月报表均无项目分布清单"
				: "各指标取最近一个有分布清单的已接收月份：" + String.join("、",
						sources.stream().map((s) -> s.code() + " " + s.month().getMonthValue() + "月").toList());
		entries.add(new PackageEntry("项目分布清单", unit + "项目分布清单（全年汇总）", name, from));
	}

	private static void certification(String unit, Path certificationForm, YearendContext context, Path folder,
			List<PackageEntry> entries, WrittenFiles files) throws IOException {
		CertifiedFigures.Return returned = context.returns().get(unit);
		Path target = folder.resolve(CertificationLayout.fileName(unit, context.year()));
		if (returned != null && returned.storedPath() != null && Files.isRegularFile(Path.of(returned.storedPath()))) {
			files.record(target, YearendFiles.copyIfDifferent(Path.of(returned.storedPath()), target));
			entries.add(new PackageEntry("评估认定", "评估认定表（统计部门已返回）", folder.relativize(target).toString(),
					"原件：" + returned.storedPath()));
			return;
		}
		files.record(target, YearendFiles.copyIfDifferent(certificationForm, target));
		entries.add(new PackageEntry("评估认定", "评估认定表（尚未返回，附发出的空白表）", folder.relativize(target).toString(),
				"按台账生成：" + certificationForm.getFileName()));
	}

	private void officeDocuments(String unit, Path folder, List<PackageEntry> entries, WrittenFiles files)
			throws IOException {
		Path source = this.properties.officeDocuments().resolve(SafeNames.segment(unit));
		List<Path> documents = List.of();
		if (Files.isDirectory(source)) {
			try (Stream<Path> found = Files.list(source)) {
				documents = found.filter(Files::isRegularFile)
					.filter((f) -> !f.getFileName().toString().startsWith("~$")
							&& !f.getFileName().toString().startsWith("."))
					.sorted()
					.toList();
			}
		}
		for (Path document : documents) {
			Path target = folder.resolve("办公室资料").resolve(document.getFileName().toString());
			files.record(target, YearendFiles.copyIfDifferent(document, target));
			entries.add(new PackageEntry("办公室资料", document.getFileName().toString(),
					folder.relativize(target).toString(), "办公室资料文件夹：" + document));
		}
		for (String expected : this.properties.expectedDocuments()) {
			boolean present = documents.stream().anyMatch((d) -> d.getFileName().toString().contains(expected));
			if (!present) {
				entries.add(new PackageEntry("办公室资料", expected, null, "应放在 " + source + " 中"));
			}
		}
	}

	/** Every figure of the package with the form and cell it came from. */
	private static List<PackageIndexWriter.Figure> figures(String unit, YearendContext context) {
		List<PackageIndexWriter.Figure> figures = new ArrayList<>();
		for (Indicator indicator : context.figures().catalog().indicatorsOf(unit)) {
			Optional<YearFigures.Sourced> latest = context.figures().latest(indicator, context.figures().december());
			if (latest.isEmpty()) {
				figures.add(new PackageIndexWriter.Figure(indicator.code(), indicator.name(), "累计完成", "—", "全年未报送"));
				continue;
			}
			var row = latest.get().row();
			String form = latest.get().form().describe() + " " + FormCells.MAIN_SHEET + "!";
			figures.add(figure(indicator, "累计完成", Texts.number(row.cumulativeDone()), form,
					FormColumn.CUMULATIVE_DONE, row.rowNumber()));
			figures.add(figure(indicator, "累计到位资金(万元)", Texts.number(row.fundsInPlace()), form,
					FormColumn.FUNDS_IN_PLACE, row.rowNumber()));
			figures.add(figure(indicator, "累计完成投资(万元)", Texts.number(row.investmentDone()), form,
					FormColumn.INVESTMENT_DONE, row.rowNumber()));
			figures.add(figure(indicator, "线上验收", yesNo(row.onlineAccepted()), form, FormColumn.ONLINE_ACCEPTED,
					row.rowNumber()));
			figures.add(figure(indicator, "线下验收", yesNo(row.offlineAccepted()), form, FormColumn.OFFLINE_ACCEPTED,
					row.rowNumber()));
		}
		CertifiedFigures.Return returned = context.returns().get(unit);
		if (returned != null) {
			for (CertifiedFigure figure : returned.figures()) {
				String name = context.figures().catalog().find(figure.code()).map(Indicator::name).orElse("");
				figures.add(new PackageIndexWriter.Figure(figure.code(), name, "认定数", Texts.number(figure.certified()),
						returned.fileName() + " " + CertificationLayout.SHEET + "!H" + figure.rowNumber()));
			}
		}
		return figures;
	}

	private static PackageIndexWriter.Figure figure(Indicator indicator, String name, String value, String form,
			FormColumn column, int row) {
		return new PackageIndexWriter.Figure(indicator.code(), indicator.name(), name, value,
				form + FormCells.cell(column, row));
	}

	private static String yesNo(Boolean value) {
		return value == null ? "未填" : value ? "是" : "否";
	}

}
