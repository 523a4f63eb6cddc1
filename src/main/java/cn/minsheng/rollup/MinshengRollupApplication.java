package cn.minsheng.rollup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 民生实事月报汇总: the one executable; its first argument names the command (run, template, …).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MinshengRollupApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(MinshengRollupApplication.class, args)));
	}

}
