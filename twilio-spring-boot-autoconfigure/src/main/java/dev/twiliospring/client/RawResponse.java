package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * An HTTP response read fully into memory.
 *
 * @param statusCode the HTTP status code
 * @param headers the read-only response headers
 * @param body the body, empty if there was none
 */
record RawResponse(int statusCode, HttpHeaders headers, byte[] body) {

	boolean isSuccess() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

	@Nullable String requestId() {
		return this.headers.getFirst(TwilioResponse.REQUEST_ID_HEADER);
	}

	String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	<T> TwilioResponse<T> toResponse(T body) {
		return new TwilioResponse<>(this.statusCode, this.headers, requestId(), body);
	}

}
