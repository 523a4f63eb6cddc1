package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.FormTemplateWriter;
import cn.minsheng.rollup.form.TemplateOptions;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The downloads page: the summaries, the dispatch drafts, the run reports, the blank forms of a month (made on demand)
 * and the year-end files once there are any, each group read from its folder under the output folder.
 */
@Controller
class DownloadsController {

	private static final Logger log = LoggerFactory.getLogger(DownloadsController.class);

	private final DownloadFolders folders;

	private final CatalogProvider catalogs;

	private final RollupProperties properties;

	private final String password;

	DownloadsController(DownloadFolders folders, CatalogProvider catalogs, RollupProperties properties,
			@Value("${rollup.template.protection-password:}") String password) {
		this.folders = folders;
		this.catalogs = catalogs;
		this.properties = properties;
		this.password = password;
	}

	@GetMapping("/downloads")
	String downloads(Model model) throws IOException {
		List<Group> groups = new ArrayList<>();
		groups.add(group("汇总表", "summary"));
		groups.add(group("工作情况通报、督办函草稿", "dispatch"));
		groups.add(group("运行报告", "reports"));
		groups.add(group("空白月报表模板", "templates"));
		Group yearEnd = group("年终验收文件", "yearend");
		if (!yearEnd.files().isEmpty()) {
			groups.add(yearEnd);
		}
		model.addAttribute("groups", groups);
		model.addAttribute("year", this.catalogs.catalog().year());
		return "downloads";
	}

	/** Writes the blank forms of a month for every unit (as the {@code template} command does). */
	@PostMapping("/templates")
	String templates(@RequestParam String period, Authentication who, RedirectAttributes redirect) throws IOException {
		Catalog catalog = this.catalogs.catalog();
		YearMonth month;
		try {
			month = YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("message", "月份「" + period + "」格式不对，应如 " + catalog.year() + "-11");
			return "redirect:/downloads";
		}
		if (month.getYear() != catalog.year()) {
			redirect.addFlashAttribute("message", "只能生成项目清单年度（" + catalog.year() + " 年）的模板");
			return "redirect:/downloads";
		}
		TemplateOptions options = TemplateOptions.defaults()
			.withCounty(this.properties.county())
			.withPassword(this.password);
		List<Path> written = new FormTemplateWriter().writeAll(catalog, month, options, this.properties.outputDir());
		log.info("web.templates period={} files={} account={}", month, written.size(), who.getName());
		redirect.addFlashAttribute("message", "已生成 " + month.getYear() + " 年 " + month.getMonthValue() + " 月模板 "
				+ written.size() + " 个。");
		return "redirect:/downloads";
	}

	private Group group(String title, String folder) throws IOException {
		Path root = this.folders.folder("output");
		Path dir = root.resolve(folder);
		List<DownloadFolders.Link> files = new ArrayList<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> walk = Files.walk(dir, 4)) {
				walk.filter(Files::isRegularFile)
					.sorted(Comparator.comparing(Path::toString).reversed())
					.forEach((file) -> this.folders.linkTo(file.toAbsolutePath().toString())
						.map((link) -> new DownloadFolders.Link(link.area(), link.path(),
								dir.relativize(file).toString().replace('\\', '/')))
						.ifPresent(files::add));
			}
		}
		return new Group(title, files);
	}

	/** One heading of the page and its files. */
	record Group(String title, List<DownloadFolders.Link> files) {
	}

}
