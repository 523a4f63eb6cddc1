package cn.minsheng.rollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.form.BundledCatalog;

/**
 * A province's catalog takes most of a second to read; it is read in the background while the ledger is opened and
 * migrated, so the provider must exist before the data source does, whatever other beans come first in the scan.
 */
@SpringBootTest
class CatalogLoadsWhileTheLedgerOpensTest {

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private static final Path ROOT = temp();

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", () -> ROOT.resolve("input").toString());
		registry.add("rollup.output-dir", () -> ROOT.resolve("output").toString());
		registry.add("rollup.data-dir", () -> ROOT.resolve("data").toString());
		registry.add("rollup.catalog-file", () -> BundledCatalog.FILE.toAbsolutePath().toString());
	}

	@Test
	void theCatalogStartsLoadingBeforeTheLedgerIsOpened() {
		assertThat(CREATED).contains("catalogProvider", "dataSource");
		assertThat(CREATED.indexOf("catalogProvider")).isLessThan(CREATED.indexOf("dataSource"));
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("catalog-first");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration
	static class CreationOrder {

		@Bean
		static InstantiationAwareBeanPostProcessor creationOrder() {
			return new InstantiationAwareBeanPostProcessor() {
				@Override
				public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
					CREATED.add(beanName);
					return null;
				}
			};
		}

	}

}
