package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A row's cells answer every reader as the tree map they replace: same cells, same column order. */
class RowCellsTest {

	@Test
	void behavesAsATreeMapUnderAnyOrderOfCells() {
		Random random = new Random(19);
		for (int round = 0; round < 2_000; round++) {
			SortedMap<Integer, FieldValue> expected = new TreeMap<>();
			SortedMap<Integer, FieldValue> cells = new RowCells();
			for (int i = random.nextInt(40); i > 0; i--) {
				int column = random.nextBoolean() ? expected.size() * 2 : random.nextInt(60);
				FieldValue value = new FieldValue(CellValues.ref(0, column), "v" + i, null, false, false);
				assertThat(cells.put(column, value)).isEqualTo(expected.put(column, value));
				if (random.nextInt(10) == 0) {
					Integer gone = random.nextInt(60);
					assertThat(cells.remove(gone)).isEqualTo(expected.remove(gone));
				}
			}
			assertThat(cells).isEqualTo(expected).hasSameHashCodeAs(expected);
			assertThat(new ArrayList<>(cells.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
			assertThat(new ArrayList<>(cells.values())).isEqualTo(new ArrayList<>(expected.values()));
			Integer probe = random.nextInt(60);
			assertThat(cells.get(probe)).isEqualTo(expected.get(probe));
			assertThat(cells.containsKey(probe)).isEqualTo(expected.containsKey(probe));
			if (!expected.isEmpty()) {
				assertThat(cells.firstKey()).isEqualTo(expected.firstKey());
				assertThat(cells.lastKey()).isEqualTo(expected.lastKey());
				assertThat(cells.headMap(20)).isEqualTo(expected.headMap(20));
				assertThat(cells.tailMap(20)).isEqualTo(expected.tailMap(20));
			}
		}
	}

	@Test
	void findsEveryCellItHoldsAndNoOther() {
		SortedMap<Integer, FieldValue> cells = new RowCells();
		FieldValue code = new FieldValue("C2", "S01-1", null, false, false);
		cells.put(2, code);
		cells.put(0, FieldValue.blank("A2"));

		assertThat(cells.get(2)).isSameAs(code);
		assertThat(cells.containsKey(1)).isFalse();
		assertThat(cells.get("2")).isNull();
		assertThat(cells.keySet()).containsExactly(0, 2);
		Iterator<Map.Entry<Integer, FieldValue>> entries = cells.entrySet().iterator();
		entries.next();
		entries.remove();
		assertThat(cells).containsOnlyKeys(2);
		cells.clear();
		assertThat(cells).isEmpty();
	}

}
