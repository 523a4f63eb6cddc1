package cn.minsheng.rollup.workbook;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One row's cells by column as the .xlsx reader gathers them, in two arrays: the cells of a row arrive in column order,
 * so each is appended, where a tree map balanced its tree and made an entry for every cell of a million-row list.
 * A sorted map to its readers; the sub-map views are copies, which no reader of a row needs live.
 */
final class RowCells extends AbstractMap<Integer, FieldValue> implements SortedMap<Integer, FieldValue> {

	/** A form's row has a dozen cells or so; more make the arrays grow. */
	private static final int INITIAL_CAPACITY = 8;

	private int[] columns = new int[INITIAL_CAPACITY];

	private FieldValue[] values = new FieldValue[INITIAL_CAPACITY];

	private int size;

	/** Where {@code column} is, else where it would go as {@link Arrays#binarySearch} says; the end is tried first. */
	private int indexOf(int column) {
		if (this.size == 0 || this.columns[this.size - 1] < column) {
			return -this.size - 1;
		}
		return Arrays.binarySearch(this.columns, 0, this.size, column);
	}

	private int indexOf(Object key) {
		return key instanceof Integer column ? indexOf(column.intValue()) : -1;
	}

	@Override
	public FieldValue put(Integer key, FieldValue value) {
		int column = key; // a null column fails, as in a tree map
		int at = indexOf(column);
		if (at >= 0) {
			FieldValue old = this.values[at];
			this.values[at] = value;
			return old;
		}
		int insert = -at - 1;
		if (this.size == this.columns.length) {
			this.columns = Arrays.copyOf(this.columns, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		System.arraycopy(this.columns, insert, this.columns, insert + 1, this.size - insert);
		System.arraycopy(this.values, insert, this.values, insert + 1, this.size - insert);
		this.columns[insert] = column;
		this.values[insert] = value;
		this.size++;
		return null;
	}

	@Override
	public FieldValue get(Object key) {
		int at = indexOf(key);
		return at >= 0 ? this.values[at] : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public FieldValue remove(Object key) {
		int at = indexOf(key);
		if (at < 0) {
			return null;
		}
		FieldValue old = this.values[at];
		removeAt(at);
		return old;
	}

	private void removeAt(int at) {
		System.arraycopy(this.columns, at + 1, this.columns, at, this.size - at - 1);
		System.arraycopy(this.values, at + 1, this.values, at, this.size - at - 1);
		this.values[--this.size] = null;
	}

	@Override
	public void clear() {
		Arrays.fill(this.values, 0, this.size, null);
		this.size = 0;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public void forEach(BiConsumer<? super Integer, ? super FieldValue> action) {
		for (int i = 0; i < this.size; i++) {
			action.accept(this.columns[i], this.values[i]);
		}
	}

	@Override
	public Set<Entry<Integer, FieldValue>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<Integer, FieldValue>> iterator() {
				return new Entries();
			}

			@Override
			public int size() {
				return RowCells.this.size;
			}

		};
	}

	@Override
	public Comparator<? super Integer> comparator() {
		return null;
	}

	@Override
	public Integer firstKey() {
		if (this.size == 0) {
			throw new NoSuchElementException();
		}
		return this.columns[0];
	}

	@Override
	public Integer lastKey() {
		if (this.size == 0) {
			throw new NoSuchElementException();
		}
		return this.columns[this.size - 1];
	}

	@Override
	public SortedMap<Integer, FieldValue> subMap(Integer fromKey, Integer toKey) {
		return new TreeMap<>(this).subMap(fromKey, toKey);
	}

	@Override
	public SortedMap<Integer, FieldValue> headMap(Integer toKey) {
		return new TreeMap<>(this).headMap(toKey);
	}

	@Override
	public SortedMap<Integer, FieldValue> tailMap(Integer fromKey) {
		return new TreeMap<>(this).tailMap(fromKey);
	}

	private final class Entries implements Iterator<Entry<Integer, FieldValue>> {

		private int next;

		private boolean removable;

		@Override
		public boolean hasNext() {
			return this.next < RowCells.this.size;
		}

		@Override
		public Entry<Integer, FieldValue> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			this.removable = true;
			int at = this.next++;
			return new SimpleImmutableEntry<>(RowCells.this.columns[at], RowCells.this.values[at]);
		}

		@Override
		public void remove() {
			if (!this.removable) {
				throw new IllegalStateException();
			}
			this.removable = false;
			removeAt(--this.next);
		}

	}

}
