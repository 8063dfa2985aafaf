package dev.twiliospring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

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

}
