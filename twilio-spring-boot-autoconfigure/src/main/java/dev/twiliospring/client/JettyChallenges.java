package dev.twiliospring.client;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads the answer that Jetty's HTTP client fails as a protocol violation when a
 * {@code 401} comes without a {@code WWW-Authenticate} header, or a {@code 407} without a
 * {@code Proxy-Authenticate} header, as an application's own stub or a proxy in front of
 * Twilio may send. Jetty's authentication handlers read such an answer whole before they
 * fail it, and the failure keeps it, body included. A class of its own, used only once a
 * failure is known to be Jetty's, keeps Jetty types out of the client, which works
 * without them.
 */
final class JettyChallenges {

	private static final String FAILURE = "org.eclipse.jetty.client.HttpResponseException";

	private JettyChallenges() {
	}

	/**
	 * Return the body of the challenge with the given status that a transport failure
	 * holds, or {@code null} if it is no such failure of Jetty's.
	 * @param failure what the transport threw while the answer was read
	 * @param status the status of the answer
	 * @return the body of the answer, or {@code null}
	 */
	static byte @Nullable [] body(Throwable failure, int status) {
		if (status != 401 && status != 407) {
			return null;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().equals(FAILURE)) {
				return Jetty.body(cause, status);
			}
		}
		return null;
	}

	/**
	 * Jetty's types, loaded only once a failure is Jetty's.
	 */
	private static final class Jetty {

		private Jetty() {
		}

		static byte @Nullable [] body(Throwable failure, int status) {
			Response response = ((HttpResponseException) failure).getResponse();
			// Any other protocol violation keeps the answer without its body
			if (response instanceof ContentResponse challenge && challenge.getStatus() == status) {
				return challenge.getContent();
			}
			return null;
		}

	}

}
