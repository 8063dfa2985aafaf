package dev.twiliospring.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Http1Headers}.
 */
class Http1HeadersTests {

	@Test
	void looksUpNamesCaseInsensitivelyAndKeepsTheFirstSpelling() {
		Http1Headers headers = new Http1Headers(1);
		headers.add("Twilio-Request-Id", "RQ1");
		headers.add("twilio-request-id", "RQ2");
		headers.add("Content-Type", "application/json");
		assertThat(headers.get("TWILIO-REQUEST-ID")).containsExactly("RQ1", "RQ2");
		assertThat(headers.getFirst("content-type")).isEqualTo("application/json");
		assertThat(headers.keySet()).containsExactly("Twilio-Request-Id", "Content-Type");
		assertThat(headers.containsKey("X-Missing")).isFalse();
		assertThat(headers.get(42)).isNull();
	}

	@Test
	void setsReplacesAndRemoves() {
		Http1Headers headers = new Http1Headers(2);
		headers.add("A", "1");
		headers.add("B", "2");
		headers.add("C", "3");
		headers.set("a", "one");
		assertThat(headers.get("A")).containsExactly("one");
		assertThat(headers.remove("b")).containsExactly("2");
		assertThat(headers.toSingleValueMap()).containsExactly(Map.entry("A", "one"), Map.entry("C", "3"));
		headers.entrySet().removeIf((entry) -> entry.getKey().equals("A"));
		assertThat(headers).containsOnlyKeys("C");
		headers.addAll("c", List.of("4", "5"));
		headers.put("D", List.of("6"));
		assertThat(headers.get("C")).containsExactly("3", "4", "5");
		headers.clear();
		assertThat(headers).isEmpty();
		assertThat(headers.getFirst("C")).isNull();
	}

	@Test
	void listOfAHeaderWithOneValueShowsLaterChangesBothWays() {
		Http1Headers headers = new Http1Headers(2);
		headers.set("Accept", "application/json");
		headers.add("X-Twilio", "a");
		List<String> accept = headers.get("accept");
		assertThat(accept).containsExactly("application/json");
		accept.add("text/xml");
		headers.add("ACCEPT", "*/*");
		assertThat(accept).containsExactly("application/json", "text/xml", "*/*");
		assertThat(headers.get("Accept")).isSameAs(accept);
		assertThat(headers.valueCount(0)).isEqualTo(3);
		assertThat(headers.valueAt(0, 2)).isEqualTo("*/*");
		assertThat(headers.valueCount(1)).isOne();
		assertThat(headers.valueAt(1, 0)).isEqualTo("a");
		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> headers.valueAt(1, 1));
		headers.set("Accept", "text/plain");
		assertThat(accept).containsExactly("application/json", "text/xml", "*/*");
		assertThat(headers.get("Accept")).containsExactly("text/plain");
		assertThat(headers.put("Accept", List.of("text/html"))).containsExactly("text/plain");
		assertThat(headers.getFirst("accept")).isEqualTo("text/html");
	}

	@Test
	void keepsAHeaderWhoseOneValueIsNull() {
		Http1Headers headers = new Http1Headers(1);
		headers.set("X-Empty", null);
		assertThat(headers.containsKey("x-empty")).isTrue();
		assertThat(headers.getFirst("X-Empty")).isNull();
		assertThat(headers.get("X-Empty")).containsExactly((String) null);
		headers.add("X-Empty", "b");
		assertThat(headers.get("X-Empty")).containsExactly(null, "b");
	}

	@Test
	void entriesAndTheSingleValueMapSeeOneValueAndManyAlike() {
		Http1Headers headers = new Http1Headers(1);
		headers.set("A", "1");
		headers.add("B", "2");
		headers.add("B", "3");
		headers.addAll("C", List.of());
		assertThat(headers.toSingleValueMap()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
		assertThat(headers).containsExactly(Map.entry("A", List.of("1")), Map.entry("B", List.of("2", "3")),
				Map.entry("C", List.of()));
		assertThat(headers.getFirst("C")).isNull();
		headers.entrySet().iterator().next().setValue(List.of("one"));
		assertThat(headers.get("A")).containsExactly("one");
	}

	@Test
	void backsSpringHttpHeaders() {
		HttpHeaders headers = new HttpHeaders(new Http1Headers(4));
		headers.setContentLength(42);
		headers.add("X-Twilio", "a");
		headers.addAll("x-twilio", List.of("b"));
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(headers);
		assertThat(headers.getContentLength()).isEqualTo(42);
		assertThat(copy.get("X-TWILIO")).containsExactly("a", "b");
		assertThat(headers.containsHeader("content-length")).isTrue();
		assertThat(headers.headerNames()).containsExactly("Content-Length", "X-Twilio");
	}

	/**
	 * Random changes through the map and multi-value map methods, and through the lists
	 * and entries they hand out, leave the headers as they leave a
	 * {@link LinkedMultiValueMap} whose names are lower-cased: the same names in the same
	 * order with the same values.
	 */
	@Test
	void behavesAsALinkedMultiValueMapUnderRandomChanges() {
		String[] names = { "Accept", "accept", "Content-Type", "CONTENT-TYPE", "X-Twilio" };
		String[] values = { "1", "2", "3", null };
		for (long seed = 0; seed < 200; seed++) {
			Random random = new Random(seed);
			Http1Headers headers = new Http1Headers(1);
			MultiValueMap<String, String> model = new LinkedMultiValueMap<>();
			List<String> steps = new ArrayList<>();
			for (int step = 0; step < 60; step++) {
				String name = names[random.nextInt(names.length)];
				String key = name.toLowerCase(Locale.ROOT);
				String value = values[random.nextInt(values.length)];
				int operation = random.nextInt(18);
				steps.add(operation + " " + name + " " + value);
				String description = "seed " + seed + ", steps " + steps;
				switch (operation) {
					case 0 -> {
						headers.add(name, value);
						model.add(key, value);
					}
					case 1 -> {
						headers.set(name, value);
						model.set(key, value);
					}
					case 2 -> assertThat(copy(headers.put(name, listOf(value, value))))
						.as(description)
						.isEqualTo(copy(model.put(key, listOf(value, value))));
					case 3 -> assertThat(copy(headers.remove(name))).as(description).isEqualTo(copy(model.remove(key)));
					case 4 -> {
						headers.addAll(name, listOf(value, "4"));
						model.addAll(key, listOf(value, "4"));
					}
					case 5 -> {
						List<String> list = headers.get(name);
						List<String> modelList = model.get(key);
						assertThat(copy(list)).as(description).isEqualTo(copy(modelList));
						if (list != null && modelList != null) {
							list.add(value);
							modelList.add(value);
						}
					}
					case 6 -> assertThat(headers.getFirst(name)).as(description).isEqualTo(model.getFirst(key));
					case 7 -> {
						removeEntry(headers, key);
						removeEntry(model, key);
					}
					case 8 -> {
						headers.computeIfAbsent(name, (absent) -> listOf(value)).add("5");
						model.computeIfAbsent(key, (absent) -> listOf(value)).add("5");
					}
					case 9 -> assertThat(copy(headers.putIfAbsent(name, listOf(value))))
						.as(description)
						.isEqualTo(copy(model.putIfAbsent(key, listOf(value))));
					case 10 -> {
						headers.replaceAll((header, list) -> listOf(list.size() + "x"));
						model.replaceAll((header, list) -> listOf(list.size() + "x"));
					}
					case 11 -> {
						headers.setAll(Map.of(name, "6"));
						model.setAll(Map.of(key, "6"));
					}
					case 12 -> {
						MultiValueMap<String, String> more = new LinkedMultiValueMap<>();
						more.add(name, value);
						more.add(name, "7");
						headers.addAll(more);
						model.addAll(key, listOf(value, "7"));
					}
					case 13 -> {
						for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
							if (entry.getKey().equalsIgnoreCase(key)) {
								entry.setValue(listOf("8"));
							}
						}
						if (model.containsKey(key)) {
							model.put(key, listOf("8"));
						}
					}
					case 14 -> {
						headers.addIfAbsent(name, value);
						model.addIfAbsent(key, value);
					}
					case 15 -> assertThat(headers.containsKey(name)).as(description).isEqualTo(model.containsKey(key));
					case 16 -> {
						if (random.nextInt(5) == 0) {
							headers.clear();
							model.clear();
						}
					}
					default -> {
						Map<String, String> single = new LinkedHashMap<>();
						headers.toSingleValueMap()
							.forEach((header, first) -> single.put(header.toLowerCase(Locale.ROOT), first));
						assertThat(single).as(description).isEqualTo(model.toSingleValueMap());
					}
				}
				assertThat(lowerCased(headers)).as(description).containsExactlyElementsOf(lowerCased(model));
				assertThat(headers).as(description).hasSameSizeAs(model);
			}
		}
	}

	private static List<String> listOf(String... values) {
		List<String> list = new ArrayList<>();
		for (String value : values) {
			list.add(value);
		}
		return list;
	}

	private static List<String> copy(List<String> list) {
		return (list != null) ? new ArrayList<>(list) : null;
	}

	private static void removeEntry(MultiValueMap<String, String> map, String key) {
		for (Iterator<Map.Entry<String, List<String>>> entries = map.entrySet().iterator(); entries.hasNext();) {
			if (entries.next().getKey().equalsIgnoreCase(key)) {
				entries.remove();
			}
		}
	}

	private static List<Map.Entry<String, List<String>>> lowerCased(MultiValueMap<String, String> map) {
		List<Map.Entry<String, List<String>>> entries = new ArrayList<>();
		map.forEach((name, values) -> entries.add(Map.entry(name.toLowerCase(Locale.ROOT), new ArrayList<>(values))));
		return entries;
	}

}
