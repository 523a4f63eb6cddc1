package cn.minsheng.rollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.minsheng.rollup.intake.DroppedFile;
import cn.minsheng.rollup.intake.InputRegistration;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Upload (管理 only): staff put units' files into the input folder from the browser, and start a run now
 * (「立即处理」) instead of waiting for the night.
 */
@Controller
class UploadController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final InputUploads uploads;

	private final RunNow runNow;

	private final RunsView runs;

	private final InputRegistration registration;

	private final RollupProperties properties;

	private final Clock clock;

	UploadController(InputUploads uploads, RunNow runNow, RunsView runs, InputRegistration registration,
			RollupProperties properties, Clock clock) {
		this.uploads = uploads;
		this.runNow = runNow;
		this.runs = runs;
		this.registration = registration;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/upload")
	String page(Model model) throws IOException {
		List<DroppedFile> waiting = this.registration.waitingFiles();
		model.addAttribute("waiting", waiting.stream().map(DroppedFile::relativePath).toList());
		model.addAttribute("nextRun", this.runs.nextScheduled());
		model.addAttribute("running", this.runs.running().orElse(null));
		model.addAttribute("quietSeconds", this.properties.quietPeriod().toSeconds());
		return "upload";
	}

	@PostMapping("/upload")
	String upload(@RequestParam("files") List<MultipartFile> files, Authentication who, RedirectAttributes redirect)
			throws IOException {
		List<InputUploads.Result> results = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try (InputStream content = file.getInputStream()) {
				results.add(this.uploads.store(file.getOriginalFilename(), file.getSize(), content, who.getName()));
			}
		}
		redirect.addFlashAttribute("results", results);
		if (results.stream().anyMatch(InputUploads.Result::stored)) {
			redirect.addFlashAttribute("when", "将在下次计划运行（" + this.runs.nextScheduled() + "）时处理；" + runNowHint());
		}
		return "redirect:/upload";
	}

	/** Files younger than the quiet period wait for the next run, uploaded ones too (their time is when they came). */
	private String runNowHint() {
		if (this.properties.quietPeriod().isZero()) {
			return "也可点「立即处理」马上处理。";
		}
		LocalDateTime settled = LocalDateTime.now(this.clock).plus(this.properties.quietPeriod());
		return "也可在 " + settled.format(TIME) + " 之后（静置期 " + this.properties.quietPeriod().toSeconds()
				+ " 秒）点「立即处理」马上处理。";
	}

	@PostMapping("/run")
	String run(Authentication who, RedirectAttributes redirect) throws IOException {
		Optional<String> refused = this.runNow.start(who.getName());
		redirect.addFlashAttribute("runMessage", refused
			.map((holder) -> "另一个汇总任务正在运行（" + holder + "），本次未启动。请等它结束后再试。")
			.orElse("已开始处理。处理完成后，报送情况页会显示新的结果（刷新页面查看）。"));
		return "redirect:/upload";
	}

}
