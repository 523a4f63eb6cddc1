package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.minsheng.rollup.dispatch.DispatchRegister;
import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;
import cn.minsheng.rollup.yearend.TableWorkbook.Emphasis;

/**
 * Assembles 台账资料/全县/: the year's county summaries and bulletins as written, and the register of 督办函, with a
 * 资料目录 of them.
 */
final class CountyPackage {

	static final String FOLDER = "全县";

	private static final List<Column> LETTER_COLUMNS = List.of(Column.integer("序号", 6), Column.text("督办文号", 20),
			Column.text("责任单位", 14), Column.text("月份", 10), Column.text("督办指标", 30), Column.text("发函日期", 12),
			Column.text("反馈期限", 12), Column.text("状态", 10), Column.text("文件", 40));

	private final SummaryService summaries;

	private final DispatchRegister register;

	CountyPackage(SummaryService summaries, DispatchRegister register) {
		this.summaries = summaries;
		this.register = register;
	}

	void write(YearendContext context, WrittenFiles files) throws IOException {
		int year = context.year();
		Path folder = context.folder().resolve(InspectionPackage.FOLDER).resolve(FOLDER);
		List<PackageEntry> entries = new ArrayList<>();
		for (YearMonth m = YearMonth.of(year, 1); m.getYear() == year; m = m.plusMonths(1)) {
			copy(this.summaries.summaryFile(m), folder.resolve("全县汇总表"), "全县汇总表",
					m.getMonthValue() + "月全县汇总表", folder, entries, files);
			Optional<DispatchRegister.BulletinRecord> bulletin = this.register.bulletin(m);
			if (bulletin.isPresent()) {
				copy(Path.of(bulletin.get().file()), folder.resolve("工作情况通报"), "工作情况通报",
						m.getMonthValue() + "月工作情况通报（第" + bulletin.get().number() + "期）", folder, entries, files);
			}
		}
		List<DispatchRegister.LetterRecord> letters = this.register.letters()
			.stream()
			.filter((l) -> l.period().getYear() == year)
			.toList();
		String registerName = "督办函登记表-" + year + ".xlsx";
		String title = context.county() + year + "年重点民生实事督办函登记表";
		files.add(folder.resolve(registerName), (file) -> writeLetters(letters, title, context, file));
		entries.add(new PackageEntry("督办函", "督办函登记表（" + letters.size() + " 份）", registerName, "台账：督办函登记"));
		files.add(folder.resolve("资料目录.xlsx"), (file) -> new PackageIndexWriter().write(entries, List.of(), List.of(),
				context.county() + year + "年重点民生实事台账资料目录（全县）", context.now(), file));
	}

	private static void copy(Path source, Path to, String category, String document, Path folder,
			List<PackageEntry> entries, WrittenFiles files) throws IOException {
		if (!Files.isRegularFile(source)) {
			entries.add(new PackageEntry(category, document, null, "未找到 " + source));
			return;
		}
		Path target = to.resolve(source.getFileName().toString());
		files.record(target, YearendFiles.copyIfDifferent(source, target));
		entries.add(new PackageEntry(category, document, folder.relativize(target).toString(), source.toString()));
	}

	private static boolean writeLetters(List<DispatchRegister.LetterRecord> letters, String title,
			YearendContext context, Path file) throws IOException {
		String key = new ContentDigest().add("yearend-letters-1\n" + title + "\n")
			.addList(letters.stream().map((l) -> List.of(l.serial(), l.unit(), l.period(), l.indicators(),
					l.signedOn(), l.deadline(), l.withdrawn(), l.file())).toList())
			.hex();
		return TableWorkbook.writeUnlessUnchanged(file, key, title, context.now(), (workbook) -> {
			TableWorkbook.Table table = workbook.sheet("督办函登记", title, LETTER_COLUMNS);
			int seq = 1;
			for (DispatchRegister.LetterRecord letter : letters) {
				table.row(letter.withdrawn() ? Emphasis.MARKED : Emphasis.PLAIN, Arrays.asList(seq++, letter.serial(),
						letter.unit(), letter.period().getMonthValue() + "月", String.join("、", letter.indicators()),
						letter.signedOn().toString(), letter.deadline().toString(), letter.withdrawn() ? "已撤回" : "有效",
						Path.of(letter.file()).getFileName().toString()));
			}
			if (letters.isEmpty()) {
				table.note("本年度未发出督办函。");
			}
		});
	}

}
