package cn.minsheng.rollup.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;

/** The parts of an .xlsx package the reader takes its cells from. */
interface PackageParts extends Closeable {

	/** The workbook part ({@code xl/workbook.xml}). */
	InputStream workbook() throws IOException, OpenXML4JException;

	/**
	 * The sheet the workbook's relationship {@code relationId} points to.
	 * @throws IllegalArgumentException (as POI's {@code XSSFReader}) when there is no such relationship or sheet
	 */
	InputStream sheet(String relationId) throws IOException, OpenXML4JException;

	/** The first part of this content type, {@code null} when there is none. */
	InputStream firstOfType(String contentType) throws IOException;

}
