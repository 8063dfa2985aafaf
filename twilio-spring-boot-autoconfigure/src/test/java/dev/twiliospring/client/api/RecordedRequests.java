package dev.twiliospring.client.api;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on the requests that the resource tests of this package make of a
 * {@link StubTwilioServer}.
 */
final class RecordedRequests {

	private RecordedRequests() {
	}

	/**
	 * Assert that a request has the given method and path and carries the stub's
	 * account SID and auth token.
	 * @param request the recorded request
	 * @param method the HTTP method
	 * @param path the raw path
	 */
	static void assertRequest(RecordedRequest request, String method, String path) {
		assertThat(request.method()).isEqualTo(method);
		assertThat(request.path()).isEqualTo(path);
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
	}

}
