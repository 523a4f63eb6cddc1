package cn.minsheng.rollup.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.crypt.Decryptor;

/**
 * Just enough of the BIFF record layout to look at a workbook stream's first records without parsing the workbook.
 */
final class Biff {

	private static final int FILEPASS_SID = FilePassRecord.sid;

	private static final int BOUNDSHEET_SID = 0x0085;

	private static final int EOF_SID = 0x000A;

	/** FILEPASS comes right after the BOF; give up looking well before the sheets start. */
	private static final int MAX_RECORDS_LOOKED_AT = 200;

	private Biff() {
	}

	static int unsignedShort(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | ((bytes[offset + 1] & 0xff) << 8);
	}

	/**
	 * True when the workbook globals hold a FILEPASS record whose password is not Excel's built-in default: Excel
	 * encrypts a workbook with "VelvetSweatshop" when only the structure is protected, and opens it without asking,
	 * so such files are readable, the others are not.
	 * @param in the workbook stream positioned after the BOF record
	 */
	static boolean encryptedBeyondDefaultPassword(InputStream in) throws IOException {
		for (int i = 0; i < MAX_RECORDS_LOOKED_AT; i++) {
			byte[] header = in.readNBytes(4);
			if (header.length < 4) {
				return false;
			}
			int sid = unsignedShort(header, 0);
			int length = unsignedShort(header, 2);
			if (sid == FILEPASS_SID) {
				return !opensWithDefaultPassword(header, in.readNBytes(length));
			}
			if (sid == BOUNDSHEET_SID || sid == EOF_SID) {
				return false;
			}
			in.skipNBytes(length);
		}
		return false;
	}

	private static boolean opensWithDefaultPassword(byte[] header, byte[] body) {
		byte[] record = new byte[header.length + body.length];
		System.arraycopy(header, 0, record, 0, header.length);
		System.arraycopy(body, 0, record, header.length, body.length);
		try {
			RecordInputStream records = new RecordInputStream(new ByteArrayInputStream(record));
			records.nextRecord();
			FilePassRecord filePass = new FilePassRecord(records);
			return filePass.getEncryptionInfo().getDecryptor().verifyPassword(Decryptor.DEFAULT_PASSWORD);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

}
