package cn.minsheng.rollup.bench;

import java.time.YearMonth;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import cn.minsheng.rollup.MinshengRollupApplication;
import cn.minsheng.rollup.report.SummaryService;

/**
 * Child JVM of the summary workload: starts the application as the commands do and writes one month's county summary
 * from the ledger, as the nightly job's last step does. Arguments: the month, then the usual options
 * ({@code --data=…}); prints {@code summary.seconds=…}.
 */
public final class SummaryRun {

	private SummaryRun() {
	}

	public static void main(String[] args) {
		YearMonth period = YearMonth.parse(args[0]);
		String[] options = java.util.Arrays.copyOfRange(args, 1, args.length);
		// no command among the arguments: the dispatcher only prints its overview
		try (ConfigurableApplicationContext context = SpringApplication.run(MinshengRollupApplication.class, options)) {
			long start = System.nanoTime();
			var file = context.getBean(SummaryService.class).writeSummary(period);
			System.out.println("summary.seconds=" + (System.nanoTime() - start) / 1e9 + " file=" + file);
		}
	}

}
