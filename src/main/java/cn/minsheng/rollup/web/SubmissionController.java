package cn.minsheng.rollup.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import cn.minsheng.rollup.intake.OriginalsStore;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * A submission's page: its file, when it came, the outcome and reason, the unit's other versions of the month, every
 * problem with its cell, and the original, the feedback workbook and the reason note to download.
 */
@Controller
class SubmissionController {

	private final SubmissionRepository submissions;

	private final PageLedger ledger;

	private final DownloadFolders folders;

	SubmissionController(SubmissionRepository submissions, PageLedger ledger, DownloadFolders folders) {
		this.submissions = submissions;
		this.ledger = ledger;
		this.folders = folders;
	}

	@GetMapping("/submissions/{id}")
	String submission(@PathVariable long id, Model model) {
		Submission submission = this.submissions.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("s", submission);
		model.addAttribute("outcome", outcomeLabel(submission));
		model.addAttribute("versions", submission.unit() == null || submission.period() == null ? List.of()
				: this.ledger.versions(submission.unit(), submission.period()));
		model.addAttribute("problems", this.ledger.problems(id));
		model.addAttribute("files", downloads(submission));
		return "submission";
	}

	private List<DownloadFolders.Link> downloads(Submission submission) {
		List<DownloadFolders.Link> links = new ArrayList<>();
		this.folders.linkToStored(submission.storedPath()).map((l) -> named(l, "原件：")).ifPresent(links::add);
		this.folders.linkTo(submission.feedbackPath()).map((l) -> named(l, "问题反馈表：")).ifPresent(links::add);
		if (submission.storedPath() != null) {
			String note = OriginalsStore.reasonFileOf(Path.of(submission.storedPath())).toString();
			this.folders.linkToStored(note).map((l) -> named(l, "退回原因：")).ifPresent(links::add);
		}
		return links;
	}

	private static DownloadFolders.Link named(DownloadFolders.Link link, String what) {
		return new DownloadFolders.Link(link.area(), link.path(), what + link.name());
	}

	private static String outcomeLabel(Submission s) {
		if (s.outcome() == null) {
			return "待处理";
		}
		return switch (s.outcome()) {
			case ACCEPTED -> s.late() ? "已接收（逾期）" : "已接收";
			case REJECTED -> "已退回";
			case DUPLICATE -> "重复报送（未重复计入）";
		};
	}

}
