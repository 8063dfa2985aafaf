package dev.twiliospring.webhook;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Response to a webhook request, kept for replay to retries.
 *
 * @param status the HTTP status code
 * @param contentType the content type, if any
 * @param body the body
 * @since 1.0.0
 */
public record RecordedWebhookResponse(int status, @Nullable String contentType, byte[] body) {

	/**
	 * Create an instance, copying the body.
	 */
	public RecordedWebhookResponse {
		body = body.clone();
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
				&& Objects.equals(this.contentType, other.contentType)
				&& Arrays.equals(this.body, other.body);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.status + Objects.hashCode(this.contentType)) + Arrays.hashCode(this.body);
	}

	@Override
	public String toString() {
		return "RecordedWebhookResponse[status=" + this.status + ", contentType=" + this.contentType + ", body="
				+ this.body.length + " bytes]";
	}

}
