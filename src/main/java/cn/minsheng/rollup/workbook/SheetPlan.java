package cn.minsheng.rollup.workbook;

import java.util.List;

import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.HeaderText;

/**
 * Which sheet of a workbook plays which part, decided from the sheet names before any row is read: sheets named as
 * in the template win; without them, visible sheets are searched by their headers.
 */
final class SheetPlan {

	/** The part a sheet plays. */
	enum Role {

		MAIN, DISTRIBUTION, META, CANDIDATE, SKIP

	}

	private final int mainIndex;

	private final int distributionIndex;

	private final int metaIndex;

	private SheetPlan(int mainIndex, int distributionIndex, int metaIndex) {
		this.mainIndex = mainIndex;
		this.distributionIndex = distributionIndex;
		this.metaIndex = metaIndex;
	}

	static SheetPlan of(List<SheetInfo> sheets) {
		return new SheetPlan(named(sheets, FormLayout.MAIN_SHEET), named(sheets, FormLayout.DISTRIBUTION_SHEET),
				named(sheets, FormLayout.META_SHEET));
	}

	/** The first visible sheet with the name, else the first hidden one, else -1. */
	private static int named(List<SheetInfo> sheets, String name) {
		String wanted = HeaderText.normalize(name);
		int hidden = -1;
		for (SheetInfo sheet : sheets) {
			if (HeaderText.normalize(sheet.name()).equals(wanted)) {
				if (!sheet.hidden()) {
					return sheet.index();
				}
				hidden = hidden < 0 ? sheet.index() : hidden;
			}
		}
		return hidden;
	}

	Role role(int index, boolean hidden) {
		if (index == this.mainIndex) {
			return Role.MAIN;
		}
		if (index == this.distributionIndex) {
			return Role.DISTRIBUTION;
		}
		if (index == this.metaIndex) {
			return Role.META;
		}
		return hidden || !mayHoldCandidates() ? Role.SKIP : Role.CANDIDATE;
	}

	boolean hasNamedMain() {
		return this.mainIndex >= 0;
	}

	boolean hasNamedDistribution() {
		return this.distributionIndex >= 0;
	}

	private boolean mayHoldCandidates() {
		return !hasNamedMain() || !hasNamedDistribution();
	}

}
