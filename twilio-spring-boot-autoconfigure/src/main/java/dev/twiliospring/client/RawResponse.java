package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * An HTTP response read fully into memory, or mapped as it arrived.
 *
 * @param statusCode the HTTP status code
 * @param headers the read-only response headers
 * @param body the body, empty if there was none or if it was mapped as it arrived
 * @param mapped what a {@link TwilioExecutor.StreamingBodyReader} mapped the body to as
 * it arrived, or {@code null} if the body was read into memory
 * @param requestId Twilio's id of the request, which a downloaded file's answer keeps from
 * the redirect that led to it
 */
record RawResponse(int statusCode, HttpHeaders headers, byte[] body, @Nullable Mapped mapped,
		@Nullable String requestId) {

	RawResponse(int statusCode, HttpHeaders headers, byte[] body) {
		this(statusCode, headers, body, null);
	}

	RawResponse(int statusCode, HttpHeaders headers, byte[] body, @Nullable Mapped mapped) {
		this(statusCode, headers, body, mapped, headers.getFirst(TwilioResponse.REQUEST_ID_HEADER));
	}

	/**
	 * Return whether the response is Twilio's answer rather than an error. A redirect
	 * answering a {@code GET} or {@code HEAD} is an answer: the transport follows no
	 * redirect, and Twilio uses them as results, such as the download link of
	 * {@code GET /v1/Deactivations}, or to point at a file, which a reader that
	 * {@link TwilioExecutor.BodyReader#followsRedirects() downloads} then fetches without
	 * the credentials. A redirect answering any other method is not: the
	 * request was not carried out where it was sent, so a create or a delete did not
	 * happen. Nor is one that answers a request whose reader takes no redirects, such as
	 * a list page.
	 * @param method the method of the request
	 * @param redirectsAreResults whether the reader takes a redirect as a result
	 * @return whether the status is 2xx, or 3xx for a {@code GET} or {@code HEAD} whose
	 * reader takes redirects
	 */
	boolean isSuccess(HttpMethod method, boolean redirectsAreResults) {
		return isSuccess(this.statusCode, method, redirectsAreResults);
	}

	static boolean isSuccess(int statusCode, HttpMethod method, boolean redirectsAreResults) {
		if (statusCode >= 300 && statusCode < 400) {
			return redirectsAreResults && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
		}
		return statusCode >= 200 && statusCode < 300;
	}

	String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	<T> TwilioResponse<T> toResponse(T body) {
		return new TwilioResponse<>(this.statusCode, this.headers, this.requestId, body);
	}

	/**
	 * A body mapped as it arrived: the value, or why it could not be mapped.
	 *
	 * @param value the value
	 * @param failure the failure of a body that arrived whole but could not be mapped
	 */
	record Mapped(@Nullable Object value, @Nullable RuntimeException failure) {

		/**
		 * Return the value, or throw the failure.
		 * @return the value
		 */
		@Nullable Object get() {
			RuntimeException failure = this.failure;
			if (failure != null) {
				throw failure;
			}
			return this.value;
		}

	}

}
