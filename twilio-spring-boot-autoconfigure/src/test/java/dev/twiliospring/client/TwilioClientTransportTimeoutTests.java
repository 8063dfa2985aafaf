package dev.twiliospring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for how {@link TwilioExecutor} classifies what a transport reports: a timeout is
 * a timeout whichever of Spring's transports the client is on.
 */
class TwilioClientTransportTimeoutTests {

	private static final String ACCOUNT_SID = "AC" + "0".repeat(32);

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	@Test
	void connectTimeoutOnJdkTransportIsReportedAsATimeout() throws Exception {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build());
		assertConnectTimeoutIsATimeout(factory);
	}

	@Test
	void connectTimeoutOnReactorNettyTransportIsReportedAsATimeout() throws Exception {
		ReactorTransport factory = new ReactorTransport();
		try {
			factory.setConnectTimeout(Duration.ofMillis(200));
			assertConnectTimeoutIsATimeout(factory);
		}
		finally {
			factory.destroy();
		}
	}

	@Test
	void readTimeoutBeforeTheAnswerOnReactorNettyTransportIsReportedAsATimeout() throws Exception {
		ReactorTransport factory = new ReactorTransport();
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			factory.setReadTimeout(Duration.ofMillis(300));
			assertTimeout(factory, silent.getLocalPort())
				.hasMessageEndingWith(": IOException without a message from the HTTP client; its connect or read "
						+ "timeout passed (twilio.connect-timeout and twilio.read-timeout under Spring Boot)");
		}
		finally {
			factory.destroy();
		}
	}

	private void assertConnectTimeoutIsATimeout(ClientHttpRequestFactory factory) throws IOException {
		try (FullBacklogServer full = new FullBacklogServer()) {
			assertTimeout(factory, full.port());
		}
	}

	private AbstractThrowableAssert<?, ? extends Throwable> assertTimeout(ClientHttpRequestFactory factory,
			int port) {
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("token")
			.baseUrl(URI.create("http://127.0.0.1:" + port))
			.listener(this.listener)
			.requestFactory(factory)
			.build();
		TwilioConnectionException failure = catchThrowableOfType(TwilioConnectionException.class,
				() -> client.execute(TwilioRequest.get(TwilioDomain.API, "/slow").build()));
		assertThat(failure).isNotNull();
		assertThat(failure.isTimeout()).as(failure + " caused by " + failure.getCause()).isTrue();
		assertThat(this.listener.only().outcome()).isEqualTo(TwilioRequestContext.Outcome.TIMEOUT);
		return assertThat(failure).hasMessageStartingWith("Timed out on GET /slow");
	}

}
