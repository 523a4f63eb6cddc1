package cn.minsheng.rollup.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's clock, replaceable in tests that need a fixed "today".
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(RollupProperties properties) {
		return Clock.system(properties.zone());
	}

}
