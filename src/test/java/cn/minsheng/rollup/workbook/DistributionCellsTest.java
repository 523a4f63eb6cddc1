package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.DistributionColumn;

/** A distribution row's cells behave as the copied map they replace: same content, unmodifiable, no nulls. */
class DistributionCellsTest {

	private static final FieldValue CODE = new FieldValue("A2", "S01-1", null, false, false);

	private static final FieldValue QUANTITY = new FieldValue("D2", "3", 3.0, false, false);

	@Test
	void holdsWhatItWasGivenInColumnOrder() {
		Map<DistributionColumn, FieldValue> given = new HashMap<>();
		given.put(DistributionColumn.QUANTITY, QUANTITY);
		given.put(DistributionColumn.CODE, CODE);

		DistributionRow row = new DistributionRow(2, given);
		given.clear();

		assertThat(row.cells()).isEqualTo(Map.of(DistributionColumn.CODE, CODE, DistributionColumn.QUANTITY, QUANTITY))
			.hasSize(2);
		assertThat(row.cells().keySet()).containsExactly(DistributionColumn.CODE, DistributionColumn.QUANTITY);
		assertThat(row.cells().hashCode()).isEqualTo(Map.of(DistributionColumn.CODE, CODE,
				DistributionColumn.QUANTITY, QUANTITY).hashCode());
		assertThat(row.cells().containsKey(DistributionColumn.TOWN)).isFalse();
		assertThat(row.cells().get("CODE")).isNull();
		assertThat(row.cell(DistributionColumn.TOWN).cellRef()).isEqualTo("第2行");
		assertThat(new DistributionRow(2, row.cells())).isEqualTo(row);
	}

	@Test
	void cannotBeChangedNorHoldNothing() {
		DistributionRow row = new DistributionRow(2, Map.of(DistributionColumn.CODE, CODE));
		Map<DistributionColumn, FieldValue> withNull = new EnumMap<>(DistributionColumn.class);
		withNull.put(DistributionColumn.CODE, null);

		assertThatThrownBy(() -> row.cells().put(DistributionColumn.TOWN, CODE))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> row.cells().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> new DistributionRow(2, withNull)).isInstanceOf(NullPointerException.class);
	}

}
