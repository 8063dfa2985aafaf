package dev.twiliospring.webhook;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Response to a webhook request, kept for replay to retries.
 *
 * @param status the HTTP status code
 * @param contentType the content type, if any
 * @param headers the other headers the handler set, such as {@code Set-Cookie} or
 * {@code Location}, by name
 * @param body the body
 * @since 1.0.0
 */
public record RecordedWebhookResponse(int status, @Nullable String contentType, Map<String, List<String>> headers,
		byte[] body) {

	/**
	 * Create an instance, copying the headers and the body.
	 */
	public RecordedWebhookResponse {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		headers = Collections.unmodifiableMap(copy);
		body = body.clone();
	}

	/**
	 * Create an instance without headers other than the content type.
	 * @param status the HTTP status code
	 * @param contentType the content type, if any
	 * @param body the body
	 */
	public RecordedWebhookResponse(int status, @Nullable String contentType, byte[] body) {
		this(status, contentType, Map.of(), body);
	}

	/**
	 * Return a copy of the body.
	 * @return the body
	 */
	@Override
	public byte[] body() {
		return this.body.clone();
	}

	int bodyLength() {
		return this.body.length;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		if (this == obj) {
			return true;
		}
		return (obj instanceof RecordedWebhookResponse other) && this.status == other.status
				&& Objects.equals(this.contentType, other.contentType) && this.headers.equals(other.headers)
				&& Arrays.equals(this.body, other.body);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * this.status + Objects.hashCode(this.contentType)) + this.headers.hashCode())
				+ Arrays.hashCode(this.body);
	}

	@Override
	public String toString() {
		return "RecordedWebhookResponse[status=" + this.status + ", contentType=" + this.contentType + ", headers="
				+ this.headers.keySet() + ", body=" + this.body.length + " bytes]";
	}

}
