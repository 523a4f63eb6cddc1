package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Measure;

/**
 * The Chinese wording units use in their returns: problems and next steps of lagging items, remarks, and the place
 * names of 湘潭县 for 项目分布清单.
 */
final class SampleTexts {

	/** Problems of lagging construction, each with the step units typically promise against it. */
	private static final List<List<String>> WORKS_PROBLEMS = List.of(
			List.of("项目前期手续办理时间较长，开工时间推迟", "加快办理前期手续，倒排工期、挂图作战，确保按期完成"),
			List.of("受持续降雨天气影响，施工进度放缓", "天气好转后增加施工班组，抢抓工期"),
			List.of("部分资金尚未到位，影响施工进度", "加强与财政部门对接，加快资金拨付"),
			List.of("部分群众意见不统一，个别点位暂缓实施", "加强入户宣传和协调，尽快启动暂缓点位"),
			List.of("施工队伍力量不足，进度偏慢", "督促施工单位增加人员和机械，加快施工进度"));

	/** Problems of lagging counted indicators, each with its step. */
	private static final List<List<String>> COUNT_PROBLEMS = List.of(
			List.of("部分乡镇（街道）数据报送不及时", "每周调度一次，督促乡镇（街道）按时报送"),
			List.of("宣传发动不够，群众知晓率不高", "加强宣传发动，扩大政策知晓面"),
			List.of("对象摸排核实工作量大，进度偏慢", "抽调人员集中核实，加快工作进度"),
			List.of("资金拨付流程较长，发放进度滞后", "加强与财政部门对接，加快资金拨付"));

	/** The towns of 湘潭县. */
	private static final List<String> TOWNS = List.of("易俗河镇", "谭家山镇", "中路铺镇", "茶恩寺镇", "河口镇", "射埠镇", "花石镇", "青山桥镇",
			"石鼓镇", "锦石乡", "分水乡", "乌石镇", "白石镇", "排头乡", "石潭镇", "杨嘉桥镇", "云湖桥镇");

	private static final List<String> PLACE_WORDS = List.of("新塘", "石桥", "金屏", "长塘", "白鹤", "梅林", "花园", "龙口", "荷塘",
			"枫树", "青山", "红旗", "民主", "幸福", "五星", "桥头", "群力", "杨柳", "泉塘", "高峰", "黄荆", "双龙", "太平", "湘江");

	private static final List<String> PLACE_KINDS = List.of("村", "村", "村", "社区");

	static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "彭", "谭", "罗", "胡",
			"欧阳", "易", "曾");

	static final List<String> GIVEN_NAMES = List.of("建国", "志强", "丽娟", "海燕", "卫东", "小平", "晓燕", "敏", "勇", "芳",
			"俊杰", "红梅", "思远", "文斌", "立新", "佳", "湘兰", "国华");

	private SampleTexts() {
	}

	/** A problem and the next step against it; the same for an indicator from month to month. */
	static List<String> problemAndStep(SampleDice dice, Indicator indicator, String unit) {
		List<List<String>> list = indicator.kind() == Kind.INDICATOR ? COUNT_PROBLEMS : WORKS_PROBLEMS;
		return dice.pick(list, "problem", unit, indicator.code());
	}

	static String remark(Indicator indicator, BigDecimal cumulative, boolean done) {
		if (!done) {
			return null;
		}
		if (indicator.measure() == Measure.STANDARD) {
			return "已按新标准执行";
		}
		return cumulative.compareTo(indicator.annualTarget()) > 0 ? "已超额完成年度任务" : null;
	}

	static String town(SplittableRandom random) {
		return TOWNS.get(random.nextInt(TOWNS.size()));
	}

	/** A village or community name such as 新塘村. */
	static String site(SplittableRandom random) {
		String word = PLACE_WORDS.get(random.nextInt(PLACE_WORDS.size()));
		return word + PLACE_KINDS.get(random.nextInt(PLACE_KINDS.size()));
	}

}
