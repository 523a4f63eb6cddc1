package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a plain .xlsx package found without POI's {@code OPCPackage}, which parses the content types and the
 * relationships into DOMs at every open (with {@code XSSFReader}, a quarter of a reading thread on province forms).
 * Only for a package that keeps to what Excel, WPS and LibreOffice write: every part named plainly and typed, one
 * office document, relationships only where the reader follows them, no part twice. Anything else gives no package,
 * and the reader opens the file with POI as before, so an unusual or broken file is read or refused exactly as it was.
 * The parts are read through the same {@link ZipSecureFile}, with its zip-bomb limits.
 */
final class PlainPackage implements PackageParts {

	private static final String CONTENT_TYPES = "[content_types].xml";

	private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";

	private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE_DOCUMENT =
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private static final String CORE_PROPERTIES =
			"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

	private static final String RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

	/** Content types of which the reader takes the first part: the shared strings and the styles. */
	private static final List<String> SINGLE_PARTS = List.of(
			XSSFRelation.SHARED_STRINGS.getContentType().toLowerCase(Locale.ROOT),
			XSSFRelation.STYLES.getContentType().toLowerCase(Locale.ROOT));

	/** A part name POI takes as it is: plain segments, none empty or ending in a dot. */
	private static final Pattern PLAIN_NAME = Pattern
		.compile("([A-Za-z0-9_.\\-\\[\\]]*[A-Za-z0-9_\\-\\[\\]]/)*[A-Za-z0-9_.\\-\\[\\]]*[A-Za-z0-9_\\-\\[\\]]");

	/** A relationship target resolved without URI decoding: plain segments, {@code ..} allowed, no scheme. */
	private static final Pattern PLAIN_TARGET = Pattern.compile("/?[A-Za-z0-9_.\\-\\[\\]/]+");

	private final ZipSecureFile zip;

	/** Entries by lower-case name without a leading slash. */
	private final Map<String, ZipArchiveEntry> entries;

	/** Lower-case part names by lower-case content type, in part-name order. */
	private final Map<String, List<String>> partsByType;

	private final String workbook;

	/** The workbook's relationships: id → lower-case part name of the target. */
	private final Map<String, String> workbookTargets;

	private PlainPackage(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries, Map<String, List<String>> partsByType,
			String workbook, Map<String, String> workbookTargets) {
		this.zip = zip;
		this.entries = entries;
		this.partsByType = partsByType;
		this.workbook = workbook;
		this.workbookTargets = workbookTargets;
	}

	/**
	 * The package in {@code zip} (as POI sees it, through {@link CellPartsOnly}), or empty when it is not plain; then
	 * nothing has been changed and the zip is still open for POI.
	 */
	static Optional<PlainPackage> open(ZipSecureFile zip) {
		try {
			return Optional.ofNullable(plain(zip));
		}
		catch (IOException | SAXException | RuntimeException ex) {
			// POI will say what is wrong with it, in its own words
			return Optional.empty();
		}
	}

	private static PlainPackage plain(ZipSecureFile zip) throws IOException, SAXException {
		Map<String, ZipArchiveEntry> entries = new TreeMap<>();
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			if (!CellPartsOnly.needed(entry.getName())) {
				continue;
			}
			if (entry.isDirectory() || !PLAIN_NAME.matcher(entry.getName()).matches()
					|| entries.put(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
				return null;
			}
		}
		ContentTypes types = new ContentTypes();
		if (!read(zip, entries.get(CONTENT_TYPES), types) || types.unusual) {
			return null;
		}
		Map<String, List<String>> partsByType = new HashMap<>();
		for (String name : entries.keySet()) {
			if (name.equals(CONTENT_TYPES)) {
				continue;
			}
			String type = types.of(name);
			if (type == null || name.endsWith(".rels") != type.equals(RELATIONSHIPS_TYPE)) {
				return null; // untyped, or relationships where POI would not look for them, or the other way round
			}
			partsByType.computeIfAbsent(type, (t) -> new ArrayList<>()).add(name);
		}
		for (String single : SINGLE_PARTS) {
			if (partsByType.getOrDefault(single, List.of()).size() > 1) {
				return null; // which one POI takes first is its own business
			}
		}
		Relationships root = new Relationships("");
		if (!read(zip, entries.get(PACKAGE_RELATIONSHIPS), root) || root.unusual
				|| root.count(CORE_PROPERTIES) > 1) {
			return null;
		}
		String workbook = root.targetOf(OFFICE_DOCUMENT);
		if (workbook == null || !entries.containsKey(workbook)) {
			return null;
		}
		String workbookRelationships = relationshipsOf(workbook);
		for (String name : entries.keySet()) {
			if (name.endsWith(".rels") && !name.equals(PACKAGE_RELATIONSHIPS) && !name.equals(workbookRelationships)) {
				return null; // POI would parse it at open: let POI judge it
			}
		}
		Relationships fromWorkbook = new Relationships(folderOf(workbook));
		if (entries.containsKey(workbookRelationships)
				&& (!read(zip, entries.get(workbookRelationships), fromWorkbook) || fromWorkbook.unusual)) {
			return null;
		}
		return new PlainPackage(zip, entries, partsByType, workbook, fromWorkbook.targets);
	}

	private static boolean read(ZipSecureFile zip, ZipArchiveEntry entry, DefaultHandler handler)
			throws IOException, SAXException {
		if (entry == null) {
			return false;
		}
		try (InputStream in = new LimitedInputStream(zip.getInputStream(entry),
				IntakeLimits.MAX_IN_MEMORY_PART_BYTES)) {
			XmlParts.parse(in, handler);
		}
		return true;
	}

	/** {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
	private static String relationshipsOf(String part) {
		String folder = folderOf(part);
		return folder + "_rels/" + part.substring(folder.length()) + ".rels";
	}

	/** {@code xl/workbook.xml} → {@code xl/}; a part at the root → the empty string. */
	private static String folderOf(String part) {
		return part.substring(0, part.lastIndexOf('/') + 1);
	}

	@Override
	public InputStream workbook() throws IOException {
		return this.zip.getInputStream(this.entries.get(this.workbook));
	}

	@Override
	public InputStream sheet(String relationId) throws IOException {
		String target = this.workbookTargets.get(relationId);
		if (target == null) {
			throw new IllegalArgumentException("No Sheet found with r:id " + relationId);
		}
		ZipArchiveEntry entry = this.entries.get(target);
		if (entry == null) {
			throw new IllegalArgumentException("No data found for Sheet with r:id " + relationId);
		}
		return this.zip.getInputStream(entry);
	}

	@Override
	public InputStream firstOfType(String contentType) throws IOException {
		List<String> parts = this.partsByType.get(contentType.toLowerCase(Locale.ROOT));
		return parts == null || parts.isEmpty() ? null : this.zip.getInputStream(this.entries.get(parts.get(0)));
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	/** {@code [Content_Types].xml}: defaults by extension, overrides by part name. */
	private static final class ContentTypes extends DefaultHandler {

		private final Map<String, String> defaults = new HashMap<>();

		private final Map<String, String> overrides = new HashMap<>();

		private boolean unusual;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!CONTENT_TYPES_NS.equals(uri)) {
				this.unusual = true;
				return;
			}
			switch (localName) {
				case "Types" -> {
				}
				case "Default" -> put(this.defaults, attributes.getValue("", "Extension"),
						attributes.getValue("", "ContentType"));
				case "Override" -> {
					String part = attributes.getValue("", "PartName");
					put(this.overrides, part == null || !part.startsWith("/") ? null : part.substring(1),
							attributes.getValue("", "ContentType"));
				}
				default -> this.unusual = true;
			}
		}

		private void put(Map<String, String> map, String key, String type) {
			if (key == null || type == null || type.isBlank() || type.contains(";")
					|| map.put(key.toLowerCase(Locale.ROOT), type.strip().toLowerCase(Locale.ROOT)) != null) {
				this.unusual = true;
			}
		}

		String of(String part) {
			String override = this.overrides.get(part);
			if (override != null) {
				return override;
			}
			int dot = part.lastIndexOf('.');
			return dot < 0 || dot < part.lastIndexOf('/') ? null : this.defaults.get(part.substring(dot + 1));
		}

	}

	/** A relationships part: internal targets by id, resolved against the source part's folder. */
	private static final class Relationships extends DefaultHandler {

		private final String folder;

		private final Map<String, String> targets = new HashMap<>();

		private final Map<String, List<String>> byType = new HashMap<>();

		private boolean unusual;

		Relationships(String folder) {
			this.folder = folder;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!RELATIONSHIPS_NS.equals(uri)) {
				this.unusual = true;
				return;
			}
			if (localName.equals("Relationships")) {
				return;
			}
			String id = attributes.getValue("", "Id");
			String type = attributes.getValue("", "Type");
			String target = attributes.getValue("", "Target");
			String mode = attributes.getValue("", "TargetMode");
			if (!localName.equals("Relationship") || id == null || type == null || target == null
					|| (mode != null && !mode.equals("Internal")) || !PLAIN_TARGET.matcher(target).matches()) {
				this.unusual = true;
				return;
			}
			String resolved = resolve(target);
			if (resolved == null || this.targets.put(id, resolved) != null) {
				this.unusual = true;
				return;
			}
			this.byType.computeIfAbsent(type, (t) -> new ArrayList<>()).add(resolved);
		}

		/** The lower-case part name a target points to; {@code null} if it leaves the package. */
		private String resolve(String target) {
			String path = target.startsWith("/") ? target.substring(1) : this.folder + target;
			List<String> segments = new ArrayList<>();
			for (String segment : path.split("/", -1)) {
				if (segment.equals("..")) {
					if (segments.isEmpty()) {
						return null;
					}
					segments.remove(segments.size() - 1);
				}
				else if (!segment.equals(".")) {
					segments.add(segment);
				}
			}
			String name = String.join("/", segments);
			return PLAIN_NAME.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : null;
		}

		int count(String type) {
			return this.byType.getOrDefault(type, List.of()).size();
		}

		/** The target of the one relationship of this type; {@code null} when there is none or more than one. */
		String targetOf(String type) {
			List<String> targets = this.byType.get(type);
			return targets == null || targets.size() != 1 ? null : targets.get(0);
		}

	}

}
