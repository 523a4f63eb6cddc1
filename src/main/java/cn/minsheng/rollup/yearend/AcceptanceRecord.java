package cn.minsheng.rollup.yearend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import cn.minsheng.rollup.report.ContentDigest;

/**
 * An acceptance the office recorded for an indicator, with who recorded it, when, and where it came from.
 *
 * @param acceptedOn the day of the acceptance as the office wrote it; may be {@code null}
 * @param source the record's origin: 「验收记录-2023.xlsx 第5行」
 * @param recordedAt when the system took the record in; {@code null} before it is stored
 */
record AcceptanceRecord(int year, String code, AcceptanceKind kind, boolean accepted, LocalDate acceptedOn,
		String recordedBy, String source, LocalDateTime recordedAt) {

	AcceptanceRecord {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(source, "source");
	}

	/** The record's fields but the time it was stored: the same line read again has the same key. */
	String contentKey() {
		return new ContentDigest().add(this.year + "|" + this.code + "|" + this.kind + "|" + this.accepted + "|"
				+ this.acceptedOn + "|" + this.recordedBy + "|" + this.source).hex();
	}

	/** 「办公室记录（张三，2023-12-20，验收记录-2023.xlsx 第5行）」. */
	String describe() {
		return "办公室记录（" + this.recordedBy + (this.acceptedOn == null ? "" : "，" + this.acceptedOn) + "，"
				+ this.source + "）";
	}

}
