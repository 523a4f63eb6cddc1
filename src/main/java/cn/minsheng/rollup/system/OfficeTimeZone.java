package cn.minsheng.rollup.system;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes the office's zone ({@code rollup.zone}) the process's default, before anything reads the clock: the times
 * Spring Batch records for each run (shown by {@code status} and in the run report), the run lock's start time and
 * the log then agree with the schedule, which is in that zone, whatever zone the server's clock is set to. Installed
 * by {@code main} only, so that tests in one JVM keep theirs.
 */
public final class OfficeTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String zone = event.getEnvironment().getProperty("rollup.zone", "Asia/Shanghai");
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone.strip())));
	}

}
