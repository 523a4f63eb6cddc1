package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The configured year's catalog, loaded and checked once per process; a broken catalog stops the command with the
 * Chinese list of its problems.
 * <p>
 * Loading starts in the background as soon as this bean exists, while the rest of the application starts on the
 * other core, so the command usually finds the catalog ready. What the command gets is what it got before: a
 * background load whose file has changed since, or that failed, is discarded and the catalog loaded again then, so
 * every problem is reported by the command that needs the catalog.
 */
@Component
public class CatalogProvider {

	private static final Logger log = LoggerFactory.getLogger(CatalogProvider.class);

	private final RollupProperties properties;

	private final Prefetch prefetch;

	private volatile Catalog catalog;

	public CatalogProvider(RollupProperties properties,
			@Qualifier(BackgroundExecutors.CATALOG) TaskExecutor background) {
		this.properties = properties;
		this.prefetch = Prefetch.start(properties.catalogFile(), properties.year(), background);
	}

	public Catalog catalog() {
		Catalog loaded = this.catalog;
		if (loaded == null) {
			synchronized (this) {
				if (this.catalog == null) {
					this.catalog = load();
					log.info("catalog.loaded file={} fingerprint={} counts={}", this.properties.catalogFile(),
							this.catalog.fingerprint(), this.catalog.describeCounts());
				}
				loaded = this.catalog;
			}
		}
		return loaded;
	}

	private Catalog load() {
		Path file = this.properties.catalogFile();
		if (this.prefetch != null) {
			Catalog prefetched = this.prefetch.result(file);
			if (prefetched != null) {
				return prefetched;
			}
		}
		return new CatalogLoader().load(file, this.properties.year());
	}

	/** A background load of the catalog file as it was when the load started. */
	private record Prefetch(Stamp stamp, FutureTask<Catalog> task) {

		static Prefetch start(Path file, int year, TaskExecutor background) {
			Stamp stamp = Stamp.of(file);
			if (stamp == null) {
				return null;
			}
			FutureTask<Catalog> task = new FutureTask<>(() -> new CatalogLoader().load(file, year));
			background.execute(task);
			return new Prefetch(stamp, task);
		}

		/** @return the loaded catalog; null when the load failed or the file has changed since it started */
		Catalog result(Path file) {
			try {
				Catalog loaded = this.task.get();
				return this.stamp.equals(Stamp.of(file)) ? loaded : null;
			}
			catch (ExecutionException ex) {
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

	}

	/** Which file and version a load read: its real path, size and modification time. */
	private record Stamp(Path path, long size, FileTime modified) {

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return attributes.isRegularFile()
						? new Stamp(file.toRealPath(), attributes.size(), attributes.lastModifiedTime()) : null;
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
		}

	}

}
