package cn.minsheng.rollup.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a given number of bytes and fails with {@link PartTooLargeException} beyond them, for parts that are
 * parsed whole into memory.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	private void counted(long n) throws PartTooLargeException {
		this.count += n;
		if (this.count > this.limit) {
			throw new PartTooLargeException(this.limit);
		}
	}

}
