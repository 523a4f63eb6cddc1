package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * The bytes of one stored block of 项目分布清单 rows (table {@code distribution_block}), values exact and nulls kept.
 * <p>
 * Format 1: the format byte, the number of rows, then per row a flags byte (which values are null, whether code and
 * town repeat the row before: a list is mostly one code and a few towns), the row number as its difference from the
 * row before, and the values present: code, town, site as UTF-8 with their byte length, the quantity as scale and
 * unscaled two's-complement bytes, the date as its epoch day, the remarks. Integers are variable-length (zigzag
 * where they may be negative). A later format gets a new first byte; blocks already stored keep theirs.
 */
final class DistributionBlockCodec {

	static final byte FORMAT = 1;

	/** A block's bytes at most, as {@code distribution_block.rows_data} allows: a batch of long texts is split. */
	static final int MAX_BLOCK_BYTES = 1 << 20;

	private static final int CODE_NULL = 1;

	private static final int CODE_REPEATS = 1 << 1;

	private static final int TOWN_NULL = 1 << 2;

	private static final int TOWN_REPEATS = 1 << 3;

	private static final int SITE_NULL = 1 << 4;

	private static final int QUANTITY_NULL = 1 << 5;

	private static final int DATE_NULL = 1 << 6;

	private static final int REMARKS_NULL = 1 << 7;

	private DistributionBlockCodec() {
	}

	/**
	 * The lines as one block, or as several when their bytes exceed {@link #MAX_BLOCK_BYTES} (only lines of long
	 * texts do: 2,000 ordinary lines take some 60 KB).
	 */
	static List<Block> blocks(List<DistributionEntry> rows) {
		List<Block> blocks = new ArrayList<>(1);
		split(rows, blocks);
		return blocks;
	}

	private static void split(List<DistributionEntry> rows, List<Block> blocks) {
		byte[] data = encode(rows);
		if (data.length <= MAX_BLOCK_BYTES || rows.size() == 1) {
			blocks.add(new Block(rows, data));
			return;
		}
		int half = rows.size() / 2;
		split(rows.subList(0, half), blocks);
		split(rows.subList(half, rows.size()), blocks);
	}

	/** @param rows in the order they are read back */
	static byte[] encode(List<DistributionEntry> rows) {
		Out out = new Out(64 + rows.size() * 48);
		out.write(FORMAT);
		out.varint(rows.size());
		DistributionEntry before = null;
		for (DistributionEntry row : rows) {
			String code = before == null ? null : before.code();
			String town = before == null ? null : before.town();
			boolean codeRepeats = row.code() != null && row.code().equals(code);
			boolean townRepeats = row.town() != null && row.town().equals(town);
			out.write(flag(row.code() == null, CODE_NULL) | flag(codeRepeats, CODE_REPEATS)
					| flag(row.town() == null, TOWN_NULL) | flag(townRepeats, TOWN_REPEATS)
					| flag(row.site() == null, SITE_NULL) | flag(row.quantity() == null, QUANTITY_NULL)
					| flag(row.doneDate() == null, DATE_NULL) | flag(row.remarks() == null, REMARKS_NULL));
			out.zigzag((long) row.rowNumber() - (before == null ? 0 : before.rowNumber()));
			if (row.code() != null && !codeRepeats) {
				out.text(row.code());
			}
			if (row.town() != null && !townRepeats) {
				out.text(row.town());
			}
			if (row.site() != null) {
				out.text(row.site());
			}
			if (row.quantity() != null) {
				out.zigzag(row.quantity().scale());
				out.bytes(row.quantity().unscaledValue().toByteArray());
			}
			if (row.doneDate() != null) {
				out.zigzag(row.doneDate().toEpochDay());
			}
			if (row.remarks() != null) {
				out.text(row.remarks());
			}
			before = row;
		}
		return out.toByteArray();
	}

	static List<DistributionEntry> decode(byte[] block) {
		In in = new In(block);
		int format = in.read();
		if (format != FORMAT) {
			throw new IllegalStateException("distribution block of unknown format " + format);
		}
		int count = (int) in.varint();
		List<DistributionEntry> rows = new ArrayList<>(count);
		DistributionEntry before = null;
		for (int i = 0; i < count; i++) {
			int flags = in.read();
			int rowNumber = (int) ((before == null ? 0 : before.rowNumber()) + in.zigzag());
			String code = has(flags, CODE_NULL) ? null : has(flags, CODE_REPEATS) ? before.code() : in.text();
			String town = has(flags, TOWN_NULL) ? null : has(flags, TOWN_REPEATS) ? before.town() : in.text();
			String site = has(flags, SITE_NULL) ? null : in.text();
			BigDecimal quantity = null;
			if (!has(flags, QUANTITY_NULL)) {
				int scale = (int) in.zigzag();
				quantity = new BigDecimal(in.bigInteger(), scale);
			}
			LocalDate doneDate = has(flags, DATE_NULL) ? null : LocalDate.ofEpochDay(in.zigzag());
			String remarks = has(flags, REMARKS_NULL) ? null : in.text();
			before = new DistributionEntry(rowNumber, code, town, site, quantity, doneDate, remarks);
			rows.add(before);
		}
		if (in.position != block.length) {
			throw new IllegalStateException("distribution block has " + (block.length - in.position) + " bytes too many");
		}
		return rows;
	}

	/** Lines and their encoding, as one row of {@code distribution_block}; at least one line. */
	record Block(List<DistributionEntry> rows, byte[] data) {

		int firstRow() {
			return this.rows.get(0).rowNumber();
		}

		int lastRow() {
			return this.rows.get(this.rows.size() - 1).rowNumber();
		}

	}

	private static int flag(boolean set, int flag) {
		return set ? flag : 0;
	}

	private static boolean has(int flags, int flag) {
		return (flags & flag) != 0;
	}

	/** A growing byte array: one block is written by one thread. */
	private static final class Out {

		private byte[] buffer;

		private int size;

		Out(int capacity) {
			this.buffer = new byte[capacity];
		}

		void write(int b) {
			ensure(1);
			this.buffer[this.size++] = (byte) b;
		}

		void varint(long value) {
			ensure(10);
			long v = value;
			while ((v & ~0x7FL) != 0) {
				this.buffer[this.size++] = (byte) ((v & 0x7F) | 0x80);
				v >>>= 7;
			}
			this.buffer[this.size++] = (byte) v;
		}

		void zigzag(long value) {
			varint((value << 1) ^ (value >> 63));
		}

		void bytes(byte[] bytes) {
			varint(bytes.length);
			ensure(bytes.length);
			System.arraycopy(bytes, 0, this.buffer, this.size, bytes.length);
			this.size += bytes.length;
		}

		void text(String text) {
			bytes(text.getBytes(StandardCharsets.UTF_8));
		}

		byte[] toByteArray() {
			return Arrays.copyOf(this.buffer, this.size);
		}

		private void ensure(int more) {
			if (this.size + more > this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.size + more));
			}
		}

	}

	/** Reads a block front to back; a truncated block fails as an index out of range, a corrupt one as below. */
	private static final class In {

		private final byte[] block;

		private int position;

		In(byte[] block) {
			this.block = block;
		}

		int read() {
			return this.block[this.position++] & 0xFF;
		}

		long varint() {
			long value = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				int b = read();
				value |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return value;
				}
			}
			throw new IllegalStateException("distribution block has a malformed number");
		}

		long zigzag() {
			long v = varint();
			return (v >>> 1) ^ -(v & 1);
		}

		String text() {
			int length = length();
			String text = new String(this.block, this.position, length, StandardCharsets.UTF_8);
			this.position += length;
			return text;
		}

		BigInteger bigInteger() {
			int length = length();
			BigInteger value = new BigInteger(this.block, this.position, length);
			this.position += length;
			return value;
		}

		private int length() {
			long length = varint();
			if (length < 0 || length > this.block.length - this.position) {
				throw new IllegalStateException("distribution block has a value longer than the block");
			}
			return (int) length;
		}

	}

}
