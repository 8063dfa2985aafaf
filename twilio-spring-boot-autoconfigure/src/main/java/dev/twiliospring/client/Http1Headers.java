package dev.twiliospring.client;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The headers of one request or answer of {@link Http1TwilioRequestFactory}: a
 * case-insensitive multi-value map kept as two parallel arrays in arrival order.
 * <p>
 * A message has a handful of headers, so a linear scan with
 * {@link String#equalsIgnoreCase} finds one faster than hashing would, and unlike a
 * map that lowercases its keys it creates nothing per lookup. Names keep the case they
 * were first given in.
 * <p>
 * A header that has one value keeps it without a list: most headers are set or arrive
 * once, and a list for each would be most of what a request's headers allocate. A
 * header's list is made when it is asked for, and kept, so that changes to it show.
 */
final class Http1Headers extends AbstractMap<String, List<String>> implements MultiValueMap<String, String> {

	private String[] names;

	/**
	 * Each header's value, a {@code String} (or {@code null}) while it has one, or its
	 * {@code List<String>} of values.
	 */
	private @Nullable Object[] values;

	private int size;

	Http1Headers(int capacity) {
		this.names = new String[capacity];
		this.values = new Object[capacity];
	}

	/**
	 * Return the index of a header.
	 * @param name the header's name, in any case
	 * @return the index, or -1 if there is no such header
	 */
	int indexOf(@Nullable Object name) {
		if (name instanceof String key) {
			for (int i = 0; i < this.size; i++) {
				if (this.names[i].equalsIgnoreCase(key)) {
					return i;
				}
			}
		}
		return -1;
	}

	@Override
	public int size() {
		return this.size;
	}

	/**
	 * Return the name of a header, in the order of arrival.
	 * @param index the header's index, below {@link #size()}
	 * @return the name
	 */
	String nameAt(int index) {
		return this.names[index];
	}

	/**
	 * Return how many values a header has.
	 * @param index the header's index, below {@link #size()}
	 * @return the number of values
	 */
	int valueCount(int index) {
		return (this.values[index] instanceof List<?> list) ? list.size() : 1;
	}

	/**
	 * Return one value of a header, without making a list of them.
	 * @param index the header's index, below {@link #size()}
	 * @param position the value's position, below {@link #valueCount(int)}
	 * @return the value
	 */
	@SuppressWarnings("NullAway") // typed as the values of the header's list would be
	String valueAt(int index, int position) {
		Object value = this.values[index];
		if (value instanceof List<?> list) {
			return (String) list.get(position);
		}
		if (position != 0) {
			throw new IndexOutOfBoundsException(position);
		}
		return (String) value;
	}

	/**
	 * Return the list of a header's values, made from its one value the first time.
	 */
	@SuppressWarnings("unchecked")
	private List<String> listAt(int index) {
		Object value = this.values[index];
		if (value instanceof List<?>) {
			return (List<String>) value;
		}
		List<String> list = new ArrayList<>(2);
		list.add((String) value);
		this.values[index] = list;
		return list;
	}

	@Override
	public boolean containsKey(@Nullable Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public @Nullable List<String> get(@Nullable Object key) {
		int index = indexOf(key);
		return (index >= 0) ? listAt(index) : null;
	}

	@Override
	public @Nullable List<String> put(String key, List<String> value) {
		int index = indexOf(key);
		if (index >= 0) {
			List<String> previous = listAt(index);
			this.values[index] = value;
			return previous;
		}
		append(key, value);
		return null;
	}

	@Override
	public @Nullable List<String> remove(@Nullable Object key) {
		int index = indexOf(key);
		if (index < 0) {
			return null;
		}
		List<String> previous = listAt(index);
		removeAt(index);
		return previous;
	}

	@SuppressWarnings("NullAway") // the slots from size on are unused, cleared for the garbage collector
	private void removeAt(int index) {
		int moved = this.size - index - 1;
		System.arraycopy(this.names, index + 1, this.names, index, moved);
		System.arraycopy(this.values, index + 1, this.values, index, moved);
		this.size--;
		this.names[this.size] = null;
		this.values[this.size] = null;
	}

	@Override
	public void clear() {
		Arrays.fill(this.names, 0, this.size, null);
		Arrays.fill(this.values, 0, this.size, null);
		this.size = 0;
	}

	private void append(String name, @Nullable Object value) {
		if (this.size == this.names.length) {
			int capacity = Math.max(4, this.size * 2);
			this.names = Arrays.copyOf(this.names, capacity);
			this.values = Arrays.copyOf(this.values, capacity);
		}
		this.names[this.size] = name;
		this.values[this.size] = value;
		this.size++;
	}

	@Override
	public @Nullable String getFirst(String key) {
		int index = indexOf(key);
		if (index < 0) {
			return null;
		}
		Object value = this.values[index];
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : (String) list.get(0);
		}
		return (String) value;
	}

	@Override
	public void add(String key, @Nullable String value) {
		int index = indexOf(key);
		if (index >= 0) {
			listAt(index).add(value);
		}
		else {
			append(key, value);
		}
	}

	@Override
	public void addAll(String key, List<? extends String> values) {
		int index = indexOf(key);
		if (index >= 0) {
			listAt(index).addAll(values);
		}
		else {
			append(key, new ArrayList<>(values));
		}
	}

	@Override
	public void addAll(MultiValueMap<String, String> values) {
		values.forEach(this::addAll);
	}

	@Override
	public void set(String key, @Nullable String value) {
		int index = indexOf(key);
		if (index >= 0) {
			this.values[index] = value;
		}
		else {
			append(key, value);
		}
	}

	@Override
	public void setAll(Map<String, String> values) {
		values.forEach(this::set);
	}

	@Override
	public Map<String, String> toSingleValueMap() {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < this.size; i++) {
			if (valueCount(i) > 0) {
				map.put(this.names[i], valueAt(i, 0));
			}
		}
		return map;
	}

	@Override
	public Set<Entry<String, List<String>>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, List<String>>> iterator() {
				return new EntryIterator();
			}

			@Override
			public int size() {
				return Http1Headers.this.size;
			}

		};
	}

	private final class EntryIterator implements Iterator<Entry<String, List<String>>> {

		private int next;

		private int last = -1;

		@Override
		public boolean hasNext() {
			return this.next < Http1Headers.this.size;
		}

		@Override
		public Entry<String, List<String>> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			this.last = this.next++;
			int index = this.last;
			return new SimpleEntry<>(Http1Headers.this.names[index], listAt(index)) {

				@Override
				public List<String> setValue(List<String> value) {
					Http1Headers.this.values[index] = value;
					return super.setValue(value);
				}

			};
		}

		@Override
		public void remove() {
			if (this.last < 0) {
				throw new IllegalStateException();
			}
			removeAt(this.last);
			this.next = this.last;
			this.last = -1;
		}

	}

}
