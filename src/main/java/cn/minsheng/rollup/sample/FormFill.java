package cn.minsheng.rollup.sample;

import java.util.List;

/**
 * Everything one sample form is filled with: the figures of each indicator in form order, the footer, the number of
 * 项目分布清单 rows and the mistakes to make.
 */
record FormFill(List<IndicatorFigures> figures, FooterValues footer, int distributionRows,
		List<SampleMistake> mistakes) {

	FormFill {
		figures = List.copyOf(figures);
		mistakes = List.copyOf(mistakes);
	}

}
