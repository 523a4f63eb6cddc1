package cn.minsheng.rollup.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part's stream that keeps its first bytes, to tell afterwards whether a part the parser failed on declares a
 * DOCTYPE in its prolog: aalto fails on some DOCTYPEs before it reports one ({@code <!DOCTYPE foo[}, no space before
 * the bracket), and such a part is refused as one with a DOCTYPE, as the JDK's parser refuses it.
 */
final class PartHead extends FilterInputStream {

	private static final int KEPT = 1024;

	private final byte[] head = new byte[KEPT];

	private int kept;

	PartHead(InputStream part) {
		super(part);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0 && this.kept < KEPT) {
			this.head[this.kept++] = (byte) b;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0 && this.kept < KEPT) {
			int copied = Math.min(n, KEPT - this.kept);
			System.arraycopy(buffer, offset, this.head, this.kept, copied);
			this.kept += copied;
		}
		return n;
	}

	/**
	 * Whether {@code <!DOCTYPE} comes before the first element of what was read, only declarations, comments and
	 * white space before it (in an ASCII-compatible encoding or UTF-16, whose zero bytes are passed over).
	 */
	boolean declaresDoctype() {
		StringBuilder text = new StringBuilder(this.kept);
		for (int i = 0; i < this.kept; i++) {
			if (this.head[i] != 0) {
				text.append((char) (this.head[i] & 0xff));
			}
		}
		int doctype = text.indexOf("<!DOCTYPE");
		if (doctype < 0) {
			return false;
		}
		for (int open = text.indexOf("<"); open >= 0 && open < doctype; open = text.indexOf("<", open + 1)) {
			char next = open + 1 < text.length() ? text.charAt(open + 1) : ' ';
			if (next != '?' && next != '!') {
				return false; // an element came first: the DOCTYPE is in its content, not in the prolog
			}
		}
		return true;
	}

}
