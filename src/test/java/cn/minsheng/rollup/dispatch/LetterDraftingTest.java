package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.minsheng.rollup.system.BackgroundExecutors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supervision letters are drafted side by side, yet numbered, registered and failed as if drafted one by one.
 */
class LetterDraftingTest {

	/** The pool the application drafts letters on. */
	private final ThreadPoolTaskExecutor letterThreads = BackgroundExecutors.pool("dispatch-letters-",
			Math.min(2, Runtime.getRuntime().availableProcessors()));

	LetterDraftingTest() {
		this.letterThreads.initialize();
	}

	@AfterEach
	void shutDownThePool() {
		this.letterThreads.shutdown();
	}

	@TempDir
	Path dir;

	private static List<LetterPlan.Planned> letters(int count) {
		return IntStream.range(0, count)
			.mapToObj((n) -> new LetterPlan.Planned(new DispatchRegister.LetterRecord("督办〔2023〕第" + (n + 1) + "号",
					2023, n + 1, "单位" + n, DispatchFixture.NOVEMBER, List.of(), java.time.LocalDate.of(2023, 12, 1),
					java.time.LocalDate.of(2023, 12, 8), "f" + n, null, false), List.of(), false))
			.toList();
	}

	@Test
	void givenLettersThatTakeUnevenTimeThenGivesTheResultsInTheLettersOrder() {
		List<String> order = Collections.synchronizedList(new ArrayList<>());
		Set<String> threads = ConcurrentHashMap.newKeySet();

		List<LetterDrafting.Result> results = LetterDrafting.draftAll(this.letterThreads, letters(40), (p) -> {
			threads.add(Thread.currentThread().getName());
			sleep(p.record().number() % 3 == 0 ? 20 : 1);
			order.add(p.record().serial());
			return p.record().number() % 2 == 0;
		});

		assertThat(results).extracting(LetterDrafting.Result::changed)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj((n) -> n % 2 == 0).toList());
		assertThat(order).hasSize(40);
		if (Runtime.getRuntime().availableProcessors() > 1) {
			assertThat(threads).hasSize(2).allMatch((t) -> t.startsWith("dispatch-letters-"));
		}
	}

	@Test
	void givenOneLetterFailsThenEveryOtherIsStillDraftedAndTheFailureStaysWithItsLetter() {
		List<LetterDrafting.Result> results = LetterDrafting.draftAll(this.letterThreads, letters(10), (p) -> {
			if (p.record().number() == 4) {
				throw new UncheckedIOException("无法写入 f3", new IOException("busy"));
			}
			return true;
		});

		assertThat(results.get(3).failure()).hasMessage("无法写入 f3");
		assertThatThrownBy(() -> results.get(3).changedOrThrow()).hasMessage("无法写入 f3");
		assertThat(results).filteredOn((r) -> r.failure() == null).hasSize(9).allMatch(LetterDrafting.Result::changed);
	}

	@Test
	void givenTheSecondLetterCannotBeWrittenThenTheFirstIsRegisteredAndTheRestOnTheNextDraftUnderTheSameSerials()
			throws IOException {
		List<DispatchService.DispatchOutcome.Letter> planned = new DispatchHarness(this.dir.resolve("a")).service()
			.writeDocuments(DispatchFixture.NOVEMBER)
			.letters();
		DispatchHarness harness = new DispatchHarness(this.dir.resolve("b"));
		Path second = this.dir.resolve("b").resolve(this.dir.resolve("a").relativize(planned.get(1).file()));
		// a folder with something in it where the second letter goes: it cannot be replaced
		Files.createDirectories(second.resolve("占用"));

		assertThatThrownBy(() -> harness.service().writeDocuments(DispatchFixture.NOVEMBER))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(harness.register.letters()).extracting(DispatchRegister.LetterRecord::serial)
			.containsExactly(planned.get(0).serial());

		Files.delete(second.resolve("占用"));
		Files.delete(second);
		List<DispatchService.DispatchOutcome.Letter> again = harness.service()
			.writeDocuments(DispatchFixture.NOVEMBER)
			.letters();
		assertThat(again).extracting(DispatchService.DispatchOutcome.Letter::serial)
			.containsExactlyElementsOf(planned.stream().map(DispatchService.DispatchOutcome.Letter::serial).toList());
		assertThat(again).extracting(DispatchService.DispatchOutcome.Letter::unit)
			.containsExactlyElementsOf(planned.stream().map(DispatchService.DispatchOutcome.Letter::unit).toList());
		assertThat(DocxText.read(again.get(1).file()).paragraphs()).contains(again.get(1).serial());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
