package cn.minsheng.rollup.intake;

import java.util.Objects;

import cn.minsheng.rollup.intake.Identification.Source;

/**
 * One source's word on a form's unit or month: what it says, and how the unit would recognise that source in a reason
 * (「隐藏的「表单信息」工作表」, 「文件名「县人社局-2023年11月-月报表.xlsx」」).
 *
 * @param value the unit or month it names
 * @param source where it was found
 * @param shownAs the source as the reason names it
 */
record Claim<T>(T value, Source source, String shownAs) {

	Claim {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(shownAs, "shownAs");
	}

}
