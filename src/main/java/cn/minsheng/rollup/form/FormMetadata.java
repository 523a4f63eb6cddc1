package cn.minsheng.rollup.form;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hidden sheet {@value FormLayout#META_SHEET} says about a form: intake identifies a file by it without
 * trusting the file name.
 *
 * @param formId unique id of the handed-out form, e.g. {@code 2023-11-县人社局}
 * @param catalogFingerprint {@link cn.minsheng.rollup.catalog.Catalog#fingerprint()} of the list it was made from
 */
public record FormMetadata(String formId, String unit, YearMonth period, String templateVersion,
		String catalogFingerprint) {

	public static final String KEY_FORM_ID = "form_id";

	public static final String KEY_UNIT = "unit";

	public static final String KEY_PERIOD = "period";

	public static final String KEY_TEMPLATE_VERSION = "template_version";

	public static final String KEY_CATALOG_FINGERPRINT = "catalog_fingerprint";

	public FormMetadata {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(templateVersion, "templateVersion");
	}

	public Map<String, String> toEntries() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(KEY_FORM_ID, formId);
		entries.put(KEY_UNIT, unit);
		entries.put(KEY_PERIOD, period.toString());
		entries.put(KEY_TEMPLATE_VERSION, templateVersion);
		entries.put(KEY_CATALOG_FINGERPRINT, catalogFingerprint == null ? "" : catalogFingerprint);
		return entries;
	}

	/** Reads the entries back; empty when the unit or the period is missing or unreadable. */
	public static Optional<FormMetadata> fromEntries(Map<String, String> entries) {
		String unit = entries.get(KEY_UNIT);
		String period = entries.get(KEY_PERIOD);
		if (unit == null || unit.isBlank() || period == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new FormMetadata(entries.getOrDefault(KEY_FORM_ID, ""), unit.strip(),
					YearMonth.parse(period.strip()), entries.getOrDefault(KEY_TEMPLATE_VERSION, "unknown"),
					entries.getOrDefault(KEY_CATALOG_FINGERPRINT, "")));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
