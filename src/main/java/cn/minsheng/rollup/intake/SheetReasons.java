package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.intake.SheetChoice.WeighedSheet;
import cn.minsheng.rollup.workbook.SheetCandidate;

/**
 * The Chinese reason a unit reads when its workbook holds several forms that cannot all be accounted for: every sheet
 * with what it says, why the file was not accepted, and what to do.
 */
final class SheetReasons {

	private SheetReasons() {
	}

	static String of(List<WeighedSheet> sheets, String why) {
		String listed = sheets.stream().map(SheetReasons::describe).collect(Collectors.joining("；"));
		return "工作簿中有 " + sheets.size() + " 个工作表都是月报表：" + listed + "。" + why
				+ "。为免错记或漏记，本次未接收其中任何一份。请每个文件只报送一个单位一个月的一份月报表："
				+ "其他单位的月报表由该单位另行报送，以往月份的表可删去或另存，删去多余的工作表后重新报送";
	}

	/** 「月报表」填报单位为 县人社局，报送月份为 2023年11月，3 行数据. */
	static String describe(WeighedSheet sheet) {
		SheetCandidate c = sheet.candidate();
		String unit = !c.declaredUnit().isBlank() ? "填报单位为 " + c.declaredUnit()
				: sheet.unit().map((u) -> "未写填报单位（按工作表名或项目编码为 " + u + "）").orElse("未写填报单位");
		String period = !c.declaredPeriod().isBlank() ? "报送月份为 " + c.declaredPeriod()
				: sheet.period().map((p) -> "未写报送月份（工作表名为 " + month(p) + "）").orElse("未写报送月份");
		return "「" + c.sheetName() + "」" + unit + "，" + period + "，" + c.dataRows() + " 行数据";
	}

	/** 「月报表」和「月报表 (2)」. */
	static String names(List<WeighedSheet> sheets) {
		return sheets.stream().map((s) -> "「" + s.candidate().sheetName() + "」").collect(Collectors.joining("和"));
	}

	static String month(YearMonth period) {
		return Periods.chinese(period);
	}

}
