package dev.twiliospring.client.token;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for grant payloads.
 */
final class Grants {

	private Grants() {
	}

	static void putIfText(Map<String, Object> payload, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			payload.put(name, value);
		}
	}

}
