package dev.twiliospring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		resources.setShutdownQuietPeriod(Duration.ZERO);
		resources.afterPropertiesSet();
		try {
			ReactorClientHttpRequestFactory factory = new ReactorClientHttpRequestFactory(resources, (client) -> client);
			factory.setConnectTimeout(Duration.ofMillis(200));
			assertConnectTimeoutIsATimeout(factory);
		}
		finally {
			resources.destroy();
		}
	}

	@Test
	void readTimeoutBeforeTheAnswerOnReactorNettyTransportIsReportedAsATimeout() throws Exception {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		resources.setShutdownQuietPeriod(Duration.ZERO);
		resources.afterPropertiesSet();
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			ReactorClientHttpRequestFactory factory = new ReactorClientHttpRequestFactory(resources, (client) -> client);
			factory.setReadTimeout(Duration.ofMillis(300));
			TwilioClient client = TwilioClient.builder()
				.accountSid(ACCOUNT_SID)
				.authToken("token")
				.baseUrl(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
				.listener(this.listener)
				.requestFactory(factory)
				.build();
			assertThatExceptionOfType(TwilioConnectionException.class)
				.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, "/slow").build()))
				.satisfies((ex) -> assertThat(ex.isTimeout()).as(ex.toString()).isTrue());
			assertThat(this.listener.only().outcome()).isEqualTo(TwilioRequestContext.Outcome.TIMEOUT);
		}
		finally {
			resources.destroy();
		}
	}

	private void assertConnectTimeoutIsATimeout(ClientHttpRequestFactory factory) throws IOException {
		try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			// Nothing accepts: once the backlog is full, further connection attempts wait
			List<Socket> fillers = new ArrayList<>();
			try {
				for (int i = 0; i < 4; i++) {
					Socket filler = new Socket();
					try {
						filler.connect(full.getLocalSocketAddress(), 200);
					}
					catch (IOException ex) {
						// the backlog is full
					}
					fillers.add(filler);
				}
				TwilioClient client = TwilioClient.builder()
					.accountSid(ACCOUNT_SID)
					.authToken("token")
					.baseUrl(URI.create("http://127.0.0.1:" + full.getLocalPort()))
					.listener(this.listener)
					.requestFactory(factory)
					.build();
				assertThatExceptionOfType(TwilioConnectionException.class)
					.isThrownBy(() -> client.execute(TwilioRequest.get(TwilioDomain.API, "/slow").build()))
					.satisfies((ex) -> assertThat(ex.isTimeout()).as(ex.toString() + " caused by " + ex.getCause())
						.isTrue())
					.withMessageStartingWith("Timed out on GET /slow");
				assertThat(this.listener.only().outcome()).isEqualTo(TwilioRequestContext.Outcome.TIMEOUT);
			}
			finally {
				for (Socket filler : fillers) {
					filler.close();
				}
			}
		}
	}

}
