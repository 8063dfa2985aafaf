package dev.twiliospring.sdk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * The SDK's {@link HttpClient} extension point, implemented with a {@link TwilioClient}:
 * code written for Twilio's Java SDK sends its requests through the Spring client, with
 * its retries, timeouts, region and edge, observation and credentials.
 * <pre class="code">
 * TwilioRestClient restClient = new TwilioRestClient.Builder(accountSid, authToken)
 *     .httpClient(new TwilioSdkHttpClient(twilioClient))
 *     .build();
 * Message.creator(new PhoneNumber(to), new PhoneNumber(from), "Hello").create(restClient);
 * </pre>
 * <p>
 * Requests are authenticated with the {@code TwilioClient}'s credentials and sent to its
 * hosts; the SDK's own credentials, region and edge are not used for transport. Error
 * answers are handed back to the SDK, which turns them into its own exceptions; a request
 * that cannot be sent throws {@link ApiConnectionException}. The SDK's own retry loop is
 * switched off, since the {@code TwilioClient} retries. Multipart uploads, and
 * requests that set their own {@code Authorization} header, are refused with an
 * {@link ApiException}; the SDK's own request logging still shows full URLs.
 *
 * @since 1.0.0
 */
public class TwilioSdkHttpClient extends HttpClient {

	private final TwilioClient client;

	/**
	 * Create an HTTP client for the SDK that sends through the given client.
	 * @param client the client
	 */
	public TwilioSdkHttpClient(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	@Override
	public Response makeRequest(Request request) {
		TwilioRequest twilioRequest;
		try {
			twilioRequest = SdkRequests.toTwilioRequest(request);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException("Cannot send the SDK request through the Spring Twilio client: " + ex.getMessage(),
					ex);
		}
		TwilioResponse<byte[]> response;
		try {
			response = this.client.exchange(twilioRequest);
		}
		catch (TwilioConnectionException ex) {
			throw new ApiConnectionException(ex.getMessage(), ex);
		}
		catch (TwilioException | IllegalStateException | IllegalArgumentException ex) {
			// IllegalStateException: a request the client refuses, such as one for another
			// product through a view of another account; IllegalArgumentException: one its
			// transport refuses to write, such as a header value with a line break
			throw new ApiException(ex.getMessage(), ex);
		}
		int status = response.statusCode();
		if (status == 404 && twilioRequest.method() == HttpMethod.DELETE && response.body().length == 0) {
			// The client's answer to a retried DELETE whose earlier attempt deleted the
			// resource: Twilio's own 404 has an error body. The SDK takes 204 for deleted.
			status = 204;
		}
		return new Response(new String(response.body(), StandardCharsets.UTF_8), status,
				headers(response.headers()));
	}

	/**
	 * Never retry in the SDK: the {@link TwilioClient} already retried as configured.
	 * @param response the response
	 * @param retryCodes the status codes the SDK would retry
	 * @return {@code false}
	 */
	@Override
	protected boolean shouldRetry(Response response, int[] retryCodes) {
		return false;
	}

	private static Header[] headers(HttpHeaders headers) {
		List<Header> result = new ArrayList<>();
		headers.forEach((name, values) -> values.forEach((value) -> result.add(new BasicHeader(name, value))));
		return result.toArray(new Header[0]);
	}

	@Override
	public String toString() {
		return "TwilioSdkHttpClient[" + this.client + "]";
	}

}
