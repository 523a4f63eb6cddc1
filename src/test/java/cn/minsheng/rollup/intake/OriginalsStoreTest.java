package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginalsStoreTest {

	@TempDir
	Path dir;

	private OriginalsStore store() {
		return new OriginalsStore(this.dir.resolve("archive"), this.dir.resolve("rejected"));
	}

	@Test
	void keepsAcceptedOriginalsByMonthAndUnit() {
		Path target = store().planAccepted("县人社局", YearMonth.of(2023, 11), "月报表.xlsx", (p) -> false);

		assertThat(target).isEqualTo(this.dir.resolve("archive/2023-11/县人社局/月报表.xlsx"));
	}

	@Test
	void givesASecondFileOfTheSameNameANewNameInsteadOfOverwriting() throws IOException {
		Set<Path> promised = new HashSet<>();
		Path first = store().planRejected(YearMonth.of(2023, 11), "月报表.xlsx", promised::contains);
		promised.add(first);
		Path second = store().planRejected(YearMonth.of(2023, 11), "月报表.xlsx", promised::contains);
		Files.createDirectories(second.getParent());
		Files.writeString(second, "taken on disk");
		Path third = store().planRejected(YearMonth.of(2023, 11), "月报表.xlsx", promised::contains);

		assertThat(first.getFileName()).hasToString("月报表.xlsx");
		assertThat(second.getFileName()).hasToString("月报表（2）.xlsx");
		assertThat(third.getFileName()).hasToString("月报表（3）.xlsx");
	}

	@Test
	void namesReadFromAFileCannotLeadOutsideOurFolders() {
		Path target = store().planAccepted("../../etc", YearMonth.of(2023, 11), "../../../passwd", (p) -> false);

		assertThat(target.normalize()).startsWithRaw(this.dir.resolve("archive/2023-11"));
		assertThat(target.getParent().getFileName().toString()).doesNotContain("/").doesNotContain("..");
	}

	@Test
	void placingAgainAfterACrashIsHarmless() throws IOException {
		Path source = Files.writeString(this.dir.resolve("in.xlsx"), "original");
		Path target = this.dir.resolve("archive/2023-11/县人社局/in.xlsx");

		assertThat(store().place(source, target)).isTrue();
		assertThat(store().place(source, target)).isTrue();

		assertThat(source).doesNotExist();
		assertThat(target).hasContent("original");
	}

	@Test
	void finishesAnInterruptedCopyByRemovingOnlyAnIdenticalSource() throws IOException {
		Path source = Files.writeString(this.dir.resolve("in.xlsx"), "original");
		Path target = this.dir.resolve("archive/in.xlsx");
		Files.createDirectories(target.getParent());
		Files.writeString(target, "original");

		assertThat(store().place(source, target)).isTrue();
		assertThat(source).doesNotExist();

		Path other = Files.writeString(this.dir.resolve("other.xlsx"), "different");
		assertThatThrownBy(() -> store().place(other, target)).isInstanceOf(IOException.class);
		assertThat(other).exists();
		assertThat(target).hasContent("original");
	}

}
