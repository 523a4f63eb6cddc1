package cn.minsheng.rollup.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;

/**
 * The configured year's catalog, loaded and checked once per process; a broken catalog stops the command with the
 * Chinese list of its problems.
 */
@Component
public class CatalogProvider {

	private static final Logger log = LoggerFactory.getLogger(CatalogProvider.class);

	private final RollupProperties properties;

	private volatile Catalog catalog;

	public CatalogProvider(RollupProperties properties) {
		this.properties = properties;
	}

	public Catalog catalog() {
		Catalog loaded = this.catalog;
		if (loaded == null) {
			synchronized (this) {
				if (this.catalog == null) {
					this.catalog = new CatalogLoader().load(this.properties.catalogFile(), this.properties.year());
					log.info("catalog.loaded file={} fingerprint={} counts={}", this.properties.catalogFile(),
							this.catalog.fingerprint(), this.catalog.describeCounts());
				}
				loaded = this.catalog;
			}
		}
		return loaded;
	}

}
