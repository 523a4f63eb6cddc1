package cn.minsheng.rollup.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.ValueType;

/**
 * Sums up a sheet's indicator rows as they pass, without keeping them: how many, their codes, and a digest of what a
 * unit fills that is not free text (figures, dates, choices), so that a copy of a sheet is told from a sheet with
 * other figures. Free text is left out: a merged 存在问题 is spread over rows only on the sheet read in full.
 */
final class FiguresDigest {

	private final MessageDigest digest;

	private final Set<String> codes = new LinkedHashSet<>();

	private int rows;

	FiguresDigest() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	static FiguresDigest of(List<FormRow> rows) {
		FiguresDigest digest = new FiguresDigest();
		rows.forEach(digest::add);
		return digest;
	}

	void add(FormRow row) {
		this.rows++;
		String code = RowText.compact(row.cell(FormColumn.CODE).text()).toUpperCase(Locale.ROOT);
		if (!code.isEmpty()) {
			this.codes.add(code);
		}
		StringBuilder line = new StringBuilder(code);
		for (FormColumn column : FormColumn.values()) {
			FieldValue value = row.cells().get(column);
			if (column.type() != ValueType.TEXT && value != null && !value.isBlank()) {
				line.append('\u0001').append(column.name()).append('=')
					.append(value.number() != null ? value.number().toString() : value.text().strip());
			}
		}
		this.digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
	}

	SheetCandidate candidate(String sheetName, String declaredUnit, String declaredPeriod) {
		return new SheetCandidate(sheetName, declaredUnit, declaredPeriod, this.rows, List.copyOf(this.codes),
				HexFormat.of().formatHex(this.digest.digest()));
	}

}
