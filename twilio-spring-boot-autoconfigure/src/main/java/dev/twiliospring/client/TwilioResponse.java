package dev.twiliospring.client;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

/**
 * Response of a Twilio call: HTTP status, headers, Twilio's request id and the mapped
 * body. Only {@link TwilioClient#exchange(TwilioRequest)} returns error statuses; the other
 * methods throw them as {@link TwilioApiException}.
 *
 * @param <T> the body type
 * @param statusCode the HTTP status code, such as 200 or 201
 * @param headers the response headers (read-only)
 * @param requestId the value of the {@code Twilio-Request-Id} header, or {@code null} if
 * absent
 * @param body the mapped body; {@code null} only for responses without a body, such as
 * deletes
 * @since 1.0.0
 */
public record TwilioResponse<T extends @Nullable Object>(int statusCode, HttpHeaders headers,
		@Nullable String requestId, T body) {

	/** Response header carrying Twilio's id of the request. */
	public static final String REQUEST_ID_HEADER = "Twilio-Request-Id";

	/**
	 * Return a response with the same status and headers and a transformed body.
	 * @param <R> the new body type
	 * @param mapper the body transformation
	 * @return the new response
	 */
	public <R extends @Nullable Object> TwilioResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new TwilioResponse<>(this.statusCode, this.headers, this.requestId, mapper.apply(this.body));
	}

	@Override
	public String toString() {
		return "TwilioResponse[statusCode=" + this.statusCode + ", headers=" + this.headers + ", requestId="
				+ this.requestId + ", body=" + describe(this.body) + "]";
	}

	// An unmapped body (text, bytes, a JSON tree, a map or a list) is Twilio's JSON as
	// sent, which holds a subaccount's auth token when the call fetched or created one;
	// mapped records mask their secrets themselves. Page items are described the same way
	static String describe(@Nullable Object body) {
		if (body instanceof CharSequence text) {
			return "(" + text.length() + " characters, not shown)";
		}
		if (body instanceof byte[] bytes) {
			return "(" + bytes.length + " bytes, not shown)";
		}
		if (body instanceof JsonNode) {
			return "(JSON, not shown)";
		}
		if (body instanceof Map<?, ?> map) {
			return "(" + map.size() + " entries, not shown)";
		}
		if (body instanceof Collection<?> collection) {
			return "(" + collection.size() + " elements, not shown)";
		}
		return String.valueOf(body);
	}

}
