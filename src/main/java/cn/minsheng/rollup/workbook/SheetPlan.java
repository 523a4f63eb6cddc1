package cn.minsheng.rollup.workbook;

import java.util.List;

import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.HeaderText;

/**
 * Which sheet of a workbook plays which part, decided from the sheet names before any row is read: sheets named as
 * in the template win (or, read again, the sheet the evidence chose as the form); every other sheet may still hold a
 * form (a copy of last month's table, another unit's) and is searched by its header.
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
		return of(sheets, null);
	}

	/** @param mainSheet the exact name of the sheet to read as the form, {@code null} to go by the template's names */
	static SheetPlan of(List<SheetInfo> sheets, String mainSheet) {
		int main = mainSheet == null ? named(sheets, FormLayout.MAIN_SHEET)
				: sheets.stream().filter((s) -> s.name().equals(mainSheet)).mapToInt(SheetInfo::index).findFirst()
					.orElse(-1);
		return new SheetPlan(main, named(sheets, FormLayout.DISTRIBUTION_SHEET), named(sheets, FormLayout.META_SHEET));
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

	Role role(int index, String name) {
		if (index == this.mainIndex) {
			return Role.MAIN;
		}
		if (index == this.distributionIndex) {
			return Role.DISTRIBUTION;
		}
		if (index == this.metaIndex) {
			return Role.META;
		}
		return name.equals(FormLayout.CODE_LIST_SHEET) ? Role.SKIP : Role.CANDIDATE;
	}

	boolean hasNamedMain() {
		return this.mainIndex >= 0;
	}

	boolean hasNamedDistribution() {
		return this.distributionIndex >= 0;
	}

}
