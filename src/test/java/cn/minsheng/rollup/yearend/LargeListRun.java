package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.minsheng.rollup.form.BundledCatalog;

/**
 * Run in a child JVM with a small heap: consolidates a 项目分布清单 of the given number of lines, fed one at a time as
 * the ledger feeds them, into {@code <dir>/项目分布清单-2023.xlsx}.
 */
public final class LargeListRun {

	private LargeListRun() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		long lines = Long.parseLong(args[1]);
		ListSource source = new ListSource("S07-1", 1, YearMonth.of(2023, 12), "县住建局-2023年12月-月报表.xlsx",
				(int) Math.min(lines, Integer.MAX_VALUE));
		DistributionListWriter.Lines feed = (s, consumer) -> {
			for (long n = 1; n <= lines; n++) {
				consumer.accept(new ListLine((int) (n + 1), s.code(), "易俗河镇", "第" + n + "号点位", BigDecimal.ONE,
						LocalDate.of(2023, 1 + (int) (n % 12), 10), null));
			}
		};
		long written = new DistributionListWriter().write("县住建局", List.of(source), BundledCatalog.load(), feed,
				"县住建局2023年重点民生实事项目分布清单（全年汇总）", LocalDateTime.of(2024, 1, 5, 9, 0),
				dir.resolve("项目分布清单-2023.xlsx"));
		System.out.println("written=" + written);
	}

}
