package cn.minsheng.rollup.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.web.PageLedger.SubmissionLine;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.UnitFormReader;

/**
 * Whom to call at a unit (催报): the 填报人 and 联系电话 of its last form, read from the kept original. The ledger does not
 * store the footer, so the original is read once and remembered (kept originals never change).
 */
@Component
class ContactBook {

	private static final Logger log = LoggerFactory.getLogger(ContactBook.class);

	private static final Contact UNKNOWN = new Contact("", "");

	private final PageLedger ledger;

	private final UnitFormReader reader = new UnitFormReader();

	private final Map<String, Contact> read = new ConcurrentHashMap<>();

	ContactBook(PageLedger ledger) {
		this.ledger = ledger;
	}

	/** The liaison of the unit's latest form that names one (accepted forms first); blank when none does. */
	Contact of(String unit) {
		for (SubmissionLine form : this.ledger.latestOfUnit(unit, 3)) {
			Contact contact = this.read.computeIfAbsent(form.storedPath(), this::readFooter);
			if (!contact.name().isEmpty() || !contact.phone().isEmpty()) {
				return contact;
			}
		}
		return UNKNOWN;
	}

	private Contact readFooter(String storedPath) {
		Path file = Path.of(storedPath);
		if (!Files.isRegularFile(file)) {
			return UNKNOWN;
		}
		try {
			ParsedForm form = this.reader.read(file, (row) -> {
			});
			return new Contact(text(form, "填报人"), text(form, "联系电话"));
		}
		catch (FormReadException | RuntimeException ex) {
			log.info("contact.unreadable file={} reason={}", file, ex.toString());
			return UNKNOWN;
		}
	}

	private static String text(ParsedForm form, String label) {
		String text = form.footerValue(label).text();
		return text == null ? "" : text.strip();
	}

	/** A unit's liaison (填报人) and phone, either possibly blank. */
	record Contact(String name, String phone) {
	}

}
