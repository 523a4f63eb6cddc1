package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The document properties of a workbook or document already written (a summary, a dispatch draft), read without the
 * rest of its package: parsing a province's sheets or a bulletin's body would take longer than writing them.
 */
public final class OfficeProperties {

	private OfficeProperties() {
	}

	/**
	 * Reads the file's properties with {@code read}.
	 * @return empty when the file is missing or unreadable, or {@code read} returns {@code null}
	 */
	public static <T> Optional<T> read(Path file, Function<POIXMLProperties, T> read) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			return Optional.ofNullable(read.apply(new POIXMLProperties(pkg)));
		}
		catch (IOException | OpenXML4JException | XmlException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The text of a custom property, such as a content key; empty when the file is missing, unreadable or has none. */
	public static Optional<String> custom(Path file, String name) {
		return read(file, (properties) -> {
			CTProperty property = properties.getCustomProperties().getProperty(name);
			return property == null ? null : property.getLpwstr();
		});
	}

}
