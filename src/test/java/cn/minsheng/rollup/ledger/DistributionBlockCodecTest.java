package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.validation.DistributionEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bytes of a block of 项目分布清单 lines give back every line as stored: exact quantities, dates, Chinese text,
 * and null apart from the empty text.
 */
class DistributionBlockCodecTest {

	@Test
	void givesBackEveryValueOfEveryLine() {
		List<DistributionEntry> lines = List.of(
				new DistributionEntry(2, "S04-1", "易俗河镇", "金霞社区", new BigDecimal("12"), LocalDate.of(2023, 10, 8),
						"已完工"),
				new DistributionEntry(3, "S04-1", "易俗河镇", "梅林桥村", new BigDecimal("0.5"), LocalDate.of(2023, 1, 1), ""),
				new DistributionEntry(4, "S04-2", "花石镇", "", new BigDecimal("-3.25"), LocalDate.of(1899, 12, 31), null),
				new DistributionEntry(7, null, null, null, null, null, null),
				new DistributionEntry(8, "", "", "站点", new BigDecimal("123456789012345678901234567890.0001"),
						LocalDate.of(2099, 12, 31), "备注：含 emoji 😀 与 “引号”"));

		List<DistributionEntry> back = DistributionBlockCodec.decode(DistributionBlockCodec.encode(lines));

		assertThat(back).isEqualTo(lines);
	}

	@Test
	void keepsTheScaleOfAQuantityAsWellAsItsValue() {
		List<DistributionEntry> lines = List.of(line(1, new BigDecimal("12.0000")), line(2, new BigDecimal("1E+5")),
				line(3, new BigDecimal("-0.0001")), line(4, BigDecimal.ZERO),
				line(5, new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.TEN).negate()));

		List<DistributionEntry> back = DistributionBlockCodec.decode(DistributionBlockCodec.encode(lines));

		assertThat(back).extracting(DistributionEntry::quantity)
			.extracting(BigDecimal::toString)
			.containsExactly("12.0000", "1E+5", "-0.0001", "0", "-92233720368547758070");
	}

	@Test
	void givesBackRowNumbersThatGoDownOrJump() {
		List<DistributionEntry> lines = List.of(line(1_048_576, BigDecimal.ONE), line(2, BigDecimal.ONE),
				line(Integer.MAX_VALUE, BigDecimal.ONE), line(Integer.MIN_VALUE, BigDecimal.ONE));

		assertThat(DistributionBlockCodec.decode(DistributionBlockCodec.encode(lines))).isEqualTo(lines);
	}

	@Test
	void writesATypicalLineInAFewBytesAndBeginsWithItsFormat() {
		List<DistributionEntry> lines = new ArrayList<>();
		for (int i = 1; i <= 2000; i++) {
			lines.add(new DistributionEntry(i + 1, "S03-1", "易俗河镇", "站点" + i, BigDecimal.valueOf(i % 100, 1),
					LocalDate.of(2023, 11, 25), null));
		}

		byte[] block = DistributionBlockCodec.encode(lines);

		assertThat(block[0]).isEqualTo(DistributionBlockCodec.FORMAT);
		// code and town repeat: the site, the quantity and the date are most of a line
		assertThat(block.length).isLessThan(2000 * 24);
		assertThat(DistributionBlockCodec.decode(block)).isEqualTo(lines);
	}

	@Test
	void splitsLinesOfLongTextsIntoBlocksOfAtMostAMegabyte() {
		List<DistributionEntry> lines = new ArrayList<>();
		for (int i = 1; i <= 2000; i++) {
			lines.add(new DistributionEntry(i, "S03-1", "镇".repeat(400), "点".repeat(400), BigDecimal.ONE, null,
					"备".repeat(1000)));
		}

		List<DistributionBlockCodec.Block> blocks = DistributionBlockCodec.blocks(lines);

		assertThat(blocks).hasSizeGreaterThan(1)
			.allSatisfy((block) -> assertThat(block.data()).hasSizeLessThanOrEqualTo(DistributionBlockCodec.MAX_BLOCK_BYTES));
		assertThat(blocks.stream().flatMap((block) -> DistributionBlockCodec.decode(block.data()).stream()).toList())
			.isEqualTo(lines);
		assertThat(blocks.get(0).firstRow()).isEqualTo(1);
		assertThat(blocks.get(blocks.size() - 1).lastRow()).isEqualTo(2000);
	}

	@Nested
	class Refuses {

		@Test
		void aBlockOfAnotherFormat() {
			byte[] block = DistributionBlockCodec.encode(List.of(line(1, BigDecimal.ONE)));
			block[0] = 2;

			assertThatThrownBy(() -> DistributionBlockCodec.decode(block)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("format 2");
		}

		@Test
		void aBlockWithBytesAfterItsLines() {
			byte[] lines = DistributionBlockCodec.encode(List.of(line(1, BigDecimal.ONE)));
			byte[] block = java.util.Arrays.copyOf(lines, lines.length + 1);

			assertThatThrownBy(() -> DistributionBlockCodec.decode(block)).isInstanceOf(IllegalStateException.class);
		}

	}

	private static DistributionEntry line(int rowNumber, BigDecimal quantity) {
		return new DistributionEntry(rowNumber, "S01-1", "城关镇", "点位", quantity, null, null);
	}

}
