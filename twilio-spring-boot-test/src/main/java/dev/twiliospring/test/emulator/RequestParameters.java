package dev.twiliospring.test.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a request, by name, with their values in the order they were sent,
 * as the emulator's requests and the snapshots that carry them hold them.
 */
final class RequestParameters {

	private RequestParameters() {
	}

	/**
	 * Return an unmodifiable copy of the parameters and their values, in order.
	 */
	static Map<String, List<String>> copyOf(Map<String, List<String>> parameters) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * Return the first value of a parameter, or {@code null} if it was not sent.
	 */
	static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
