package cn.minsheng.rollup.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The text of an official document (公文) before layout: title lines, an optional serial, the addressee, the body
 * and the signature. A value, so that two drafts with the same text compare equal.
 *
 * @param title one or more centred title lines
 * @param serial the document's serial under the title (督办〔2023〕第3号), or {@code null}
 * @param addressee 主送机关 without the colon
 */
public record OfficialDocument(List<String> title, String serial, String addressee, List<Block> body, String office,
		LocalDate signedOn) {

	public OfficialDocument {
		title = List.copyOf(title);
		Objects.requireNonNull(addressee, "addressee");
		body = List.copyOf(body);
		Objects.requireNonNull(office, "office");
		Objects.requireNonNull(signedOn, "signedOn");
	}

	/** One piece of the body. */
	public sealed interface Block permits Heading, Paragraph, Placeholder, Table {
	}

	/**
	 * A heading: level 1 一、 in 黑体, level 2 （一） in 楷体.
	 */
	public record Heading(int level, String text) implements Block {

		public Heading {
			Objects.requireNonNull(text, "text");
			if (level < 1 || level > 2) {
				throw new IllegalArgumentException("heading level must be 1 or 2: " + level);
			}
		}

	}

	/** A body paragraph, indented two characters. */
	public record Paragraph(String text) implements Block {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}

	}

	/** Text the office replaces with its own words before issuing the document; marked as such in the draft. */
	public record Placeholder(String text) implements Block {

		public Placeholder {
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * A table with a header row.
	 * @param widths relative column widths, one per header
	 */
	public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			widths = List.copyOf(widths);
			int columns = headers.size();
			if (widths.size() != columns || rows.stream().anyMatch((r) -> r.size() != columns)) {
				throw new IllegalArgumentException("every row and the widths need one entry per header");
			}
		}

	}

}
