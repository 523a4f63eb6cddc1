package cn.minsheng.rollup.form;

import java.nio.file.Path;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;

/**
 * The 2023 catalog shipped under {@code input/catalog}, the fixture form and sample tests build on.
 */
public final class BundledCatalog {

	public static final Path FILE = Path.of("input", "catalog", "2023-项目清单.xlsx");

	private BundledCatalog() {
	}

	public static Catalog load() {
		return new CatalogLoader().load(FILE, 2023);
	}

}
