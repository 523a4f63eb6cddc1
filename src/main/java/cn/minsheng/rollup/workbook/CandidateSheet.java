package cn.minsheng.rollup.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * A sheet without a template name: its first rows are held back until its header tells whether it is the main
 * sheet, the distribution sheet, or neither (then the rest of it is skipped).
 */
final class CandidateSheet implements SheetReading {

	/** Without the template name, a distribution sheet needs this many recognised headers. */
	static final int DISTRIBUTION_MIN_MATCHES = 3;

	private final List<ScannedRow> held = new ArrayList<>();

	private final Supplier<SheetReading> asMain;

	private final Supplier<SheetReading> asDistribution;

	private SheetReading chosen;

	private boolean decided;

	private boolean wantsMore = true;

	/**
	 * @param asMain the reading to use if the sheet is the main sheet, {@code null} when that is no longer possible
	 * @param asDistribution the same for the distribution sheet
	 */
	CandidateSheet(Supplier<SheetReading> asMain, Supplier<SheetReading> asDistribution) {
		this.asMain = asMain;
		this.asDistribution = asDistribution;
	}

	@Override
	public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		if (!this.decided) {
			if (rowIndex <= IntakeLimits.HEADER_SCAN_ROWS) {
				this.held.add(new ScannedRow(rowIndex, cells));
				return true;
			}
			decide();
		}
		if (this.chosen == null || !this.wantsMore) {
			return false;
		}
		this.wantsMore = this.chosen.row(rowIndex, cells);
		return this.wantsMore;
	}

	@Override
	public void merged(java.util.List<MergedRange> ranges) {
		if (!this.decided) {
			decide();
		}
		if (this.chosen != null) {
			this.chosen.merged(ranges);
		}
	}

	@Override
	public void end() {
		if (!this.decided) {
			decide();
		}
		if (this.chosen != null) {
			this.chosen.end();
		}
	}

	private void decide() {
		this.decided = true;
		if (this.asMain != null && MainHeader.locate(this.held).filter(MainHeader::qualifiesWithoutName).isPresent()) {
			this.chosen = this.asMain.get();
		}
		else if (this.asDistribution != null && hasDistributionHeader()) {
			this.chosen = this.asDistribution.get();
		}
		if (this.chosen != null) {
			for (ScannedRow row : this.held) {
				if (!this.chosen.row(row.index(), row.cells())) {
					this.wantsMore = false;
					break;
				}
			}
		}
		this.held.clear();
	}

	private boolean hasDistributionHeader() {
		return this.held.stream()
			.anyMatch((r) -> r.index() < IntakeLimits.HEADER_SCAN_ROWS
					&& DistributionSheetInterpreter.match(r.cells()).size() >= DISTRIBUTION_MIN_MATCHES);
	}

}
