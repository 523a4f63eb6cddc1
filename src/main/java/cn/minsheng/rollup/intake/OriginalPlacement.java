package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.ledger.SubmissionState;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.CrashPoints;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Moves each decided original out of the input folder to where its decision says, writes the reason file beside a
 * rejected one, and only then marks it placed. Run again after a crash, it finishes what was left.
 */
@Component
public class OriginalPlacement {

	private static final Logger log = LoggerFactory.getLogger(OriginalPlacement.class);

	private final RollupProperties properties;

	private final SubmissionRepository submissions;

	private final OriginalsStore store;

	private final RejectionReasons reasons;

	private final TaskExecutor digests;

	public OriginalPlacement(RollupProperties properties, SubmissionRepository submissions, RejectionReasons reasons,
			@Qualifier(BackgroundExecutors.DIGESTS) TaskExecutor digests) {
		this.properties = properties;
		this.submissions = submissions;
		this.store = new OriginalsStore(properties.archiveDir(), properties.rejectedDir());
		this.reasons = reasons;
		this.digests = digests;
	}

	/** @return how many originals were placed */
	public int placeDecided() throws IOException {
		return placeDecided((problem) -> {
		});
	}

	/**
	 * Places every decided original; one that cannot be moved (a folder staff made without write permission for the
	 * service, a full disk) stays in the input folder, still decided, and is placed by a later run.
	 * @param problems told, in Chinese, of each original that could not be moved and why
	 * @return how many originals were placed
	 */
	public int placeDecided(Consumer<String> problems) throws IOException {
		List<Submission> decided = this.submissions.findByState(SubmissionState.DECIDED);
		// each original is checked to be the file decided; the digests are taken on all cores before the moves
		List<FileDigest.Digested> digests = FileDigest.sha256All(decided.stream().map(this::source).toList(),
				this.digests);
		int placed = 0;
		for (int i = 0; i < decided.size(); i++) {
			placed += place(decided.get(i), digests.get(i), problems) ? 1 : 0;
		}
		return placed;
	}

	/** The digest of a decided file's original as it is now, taken before it is moved; safe on any thread. */
	public FileDigest.Digested digestOf(Submission submission) {
		return FileDigest.digested(source(submission));
	}

	private Path source(Submission submission) {
		return this.properties.inputDir().resolve(submission.sourcePath());
	}

	/**
	 * Moves one decided original where its decision says (unless it was replaced since: {@code digest} is the file
	 * checked, taken before any move), writes the reason file beside a rejected one, and marks it placed. An original
	 * that cannot be moved stays in the input folder, decided, with the reason given to {@code problems}.
	 * @return whether it was placed
	 */
	public boolean place(Submission submission, FileDigest.Digested digest, Consumer<String> problems)
			throws IOException {
		Path source = source(submission);
		Path target = LedgerPaths.file(this.properties.dataDir(), submission.storedPath());
		if (Files.exists(source) && !currentSha256(source, digest).equals(submission.sha256())) {
			// Someone replaced the file under the same name before we moved it: the new one is registered on its
			// own; the one we decided on is no longer there to keep.
			log.warn("place.replaced-before-move submission={} source={}", submission.id(), source);
		}
		else {
			try {
				if (!this.store.place(source, target)) {
					log.warn("place.missing submission={} source={}", submission.id(), source);
				}
			}
			catch (IOException ex) {
				log.warn("place.failed submission={} source={} target={} error={}", submission.id(), source, target,
						ex.toString());
				problems.accept(unmovable(submission, target, ex));
				return false;
			}
		}
		CrashPoints.reached("place");
		if (submission.outcome() != Outcome.ACCEPTED) {
			this.reasons.writeBeside(submission, OriginalsStore.reasonFileOf(target));
		}
		this.submissions.markPlaced(submission.id());
		log.info("place.done submission={} outcome={} target={}", submission.id(), submission.outcome(), target);
		return true;
	}

	private static String unmovable(Submission submission, Path target, IOException ex) {
		String why = ex instanceof AccessDeniedException denied ? "没有权限（" + denied.getFile()
				+ "），请让该文件夹对工作人员组可写（chmod g+w），或把文件放到 input/ 下其他文件夹"
				: ex.getClass().getSimpleName() + "：" + ex.getMessage();
		return "文件「" + submission.sourcePath() + "」（" + submission.outcome().label() + "）未能移到 " + target
				+ "，仍留在 input/ 中，下次运行会再移：" + why;
	}

	/** The digest taken before the moves; taken now if the file appeared only since. */
	private static String currentSha256(Path source, FileDigest.Digested digest) throws IOException {
		return digest.failure() instanceof NoSuchFileException ? FileDigest.sha256(source) : digest.sha256OrThrow();
	}

}
