package dev.twiliospring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ApiVersionInserter;
import org.springframework.web.client.RestClient;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the downloads of {@link TwilioClient#execute(TwilioRequest, Class)} with a
 * {@code byte[]} result: Twilio's media and recording URLs redirect to a signed link on
 * another host, which the client follows without the credentials.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientDownloadTests {

	private static final String MEDIA = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}";

	private static final String SIGNATURE = "X-Amz-Signature=0123456789abcdef";

	private static final byte[] FILE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x7F, 0x10 };

	private final StubTwilioServer twilio = StubTwilioServer.start();

	private final StubTwilioServer cdn = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	@AfterEach
	void stopServers() {
		this.twilio.close();
		this.cdn.close();
	}

	@Test
	void followsTheRedirectOfAMediaUrlToAnotherHostWithoutCredentials() {
		String link = this.cdn.baseUrl() + "/media/ME1?X-Amz-Expires=300&" + SIGNATURE;
		this.twilio.enqueue(redirect(307, link).header("Twilio-Request-Id", "RQmedia"));
		this.cdn.enqueue(file());
		TwilioResponse<byte[]> response = client().executeForResponse(media(), byte[].class);
		assertThat(response.body()).isEqualTo(FILE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().getFirst("Content-Type")).isEqualTo("image/jpeg");
		assertThat(response.requestId()).isEqualTo("RQmedia");
		RecordedRequest call = this.twilio.takeRequest();
		assertThat(call.basicCredentials()).isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(call.header("I-Twilio-Idempotency-Token")).isEqualTo("caller-token");
		RecordedRequest download = this.cdn.takeRequest();
		assertThat(download.method()).isEqualTo("GET");
		assertThat(download.path()).isEqualTo("/media/ME1");
		assertThat(download.rawQuery()).isEqualTo("X-Amz-Expires=300&" + SIGNATURE);
		assertThat(download.header("Authorization")).isNull();
		assertThat(download.header("I-Twilio-Idempotency-Token")).isNull();
		assertThat(download.header("X-Twilio-Webhook-Enabled")).isNull();
		assertThat(download.header("User-Agent")).startsWith("twilio-spring-boot/");
		// One call to Twilio, whatever it took to fetch the file
		TwilioRequestContext context = this.listener.only();
		assertThat(context.attempts()).isOne();
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(context.requestId()).isEqualTo("RQmedia");
	}

	/**
	 * An application's shared builder may carry interceptors that log URLs or add another
	 * API's credentials, default requests and an API version inserter: none of them may
	 * see, change or add to the request for the signed link.
	 */
	@Test
	void sharedBuildersInterceptorsAndDefaultsStayOffTheDownload() {
		String link = this.cdn.baseUrl() + "/media/ME1?X-Amz-Expires=300&" + SIGNATURE;
		this.twilio.enqueue(redirect(307, link));
		this.cdn.enqueue(file());
		List<URI> intercepted = new CopyOnWriteArrayList<>();
		RestClient.Builder shared = RestClient.builder().requestInterceptor((request, body, execution) -> {
			intercepted.add(request.getURI());
			request.getHeaders().setBearerAuth("other-api-token");
			return execution.execute(request, body);
		})
			.requestInitializer((request) -> request.getHeaders().set("X-Initialized", "yes"))
			.defaultRequest((request) -> request.header("X-Default-Request", "other-api-secret"))
			.defaultHeader("X-Default-Header", "other")
			.defaultApiVersion("2")
			.apiVersionInserter(ApiVersionInserter.useQueryParam("api-version"));
		TwilioClient client = this.twilio.clientBuilder().maxRetries(0).restClientBuilder(shared).build();
		assertThat(client.execute(media(), byte[].class)).isEqualTo(FILE);
		RecordedRequest download = this.cdn.takeRequest();
		assertThat(download.path()).isEqualTo("/media/ME1");
		assertThat(download.rawQuery()).isEqualTo("X-Amz-Expires=300&" + SIGNATURE);
		assertThat(download.header("Authorization")).isNull();
		assertThat(download.header("X-Initialized")).isNull();
		assertThat(download.header("X-Default-Request")).isNull();
		assertThat(download.header("X-Default-Header")).isNull();
		// The application's interceptor saw Twilio's request, and nothing of the link
		assertThat(intercepted).hasSize(1)
			.allSatisfy((uri) -> assertThat(uri.toString()).doesNotContain(SIGNATURE).contains("/Media/ME1"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void followsEveryRedirectStatus(int status) {
		this.twilio.enqueue(redirect(status, this.cdn.baseUrl() + "/file"));
		this.cdn.enqueue(file());
		assertThat(client().execute(media(), byte[].class)).isEqualTo(FILE);
		assertThat(this.cdn.takeRequest().header("Authorization")).isNull();
	}

	@Test
	void followsARelativeLocationWithoutCredentials() {
		this.twilio.enqueue(redirect(302, "/files/ME1?" + SIGNATURE), file());
		assertThat(client().execute(media(), byte[].class)).isEqualTo(FILE);
		assertThat(this.twilio.requests()).hasSize(2);
		assertThat(this.twilio.requests().get(0).basicCredentials()).isNotNull();
		RecordedRequest download = this.twilio.requests().get(1);
		assertThat(download.path()).isEqualTo("/files/ME1");
		assertThat(download.header("Authorization")).isNull();
	}

	@Test
	void followsAShortChainOfRedirects() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/1"));
		this.cdn.enqueue(redirect(302, "/2"), redirect(301, this.cdn.baseUrl() + "/3"), file());
		assertThat(client().execute(media(), byte[].class)).isEqualTo(FILE);
		assertThat(this.cdn.requests()).extracting(RecordedRequest::path).containsExactly("/1", "/2", "/3");
		assertThat(this.cdn.requests()).allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
	}

	@Test
	void failsClearlyWhenRedirectedMoreThanThreeTimes() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/1"));
		this.cdn.enqueue(redirect(302, "/2"), redirect(302, "/3"), redirect(302, "/4?" + SIGNATURE));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client().execute(media(), byte[].class))
			.withMessageContaining("GET " + MEDIA + " was redirected more than 3 times")
			.withMessageNotContaining(SIGNATURE);
		assertThat(this.cdn.requestCount()).isEqualTo(3);
		assertThat(this.listener.only().outcome()).isEqualTo(Outcome.UNKNOWN);
	}

	@Test
	void refusesToFollowFromHttpsToHttp(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		SSLContext tls = SelfSignedKeyStores.tls(keyStore);
		String link = this.cdn.baseUrl() + "/media/ME1?" + SIGNATURE;
		HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		https.setHttpsConfigurator(new HttpsConfigurator(tls));
		https.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.getResponseHeaders().set("Location", link);
			exchange.sendResponseHeaders(307, -1);
			exchange.close();
		});
		https.start();
		try {
			TwilioClient client = TwilioClient.builder()
				.accountSid(StubTwilioServer.ACCOUNT_SID)
				.authToken(StubTwilioServer.AUTH_TOKEN)
				.baseUrl(URI.create("https://localhost:" + https.getAddress().getPort()))
				.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder().sslContext(tls).build()))
				.build();
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.execute(media(), byte[].class))
				.withMessageContaining("from https to http at " + this.cdn.baseUrl().getAuthority())
				.withMessageContaining("refuses")
				.withMessageNotContaining(SIGNATURE);
		}
		finally {
			https.stop(0);
		}
		assertThat(this.cdn.requestCount()).isZero();
	}

	@Test
	void refusesALocationThatIsNotHttp() {
		this.twilio.enqueue(redirect(302, "ftp://files.example.com/ME1"));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client().execute(media(), byte[].class))
			.withMessageContaining("not an http or https URL");
	}

	@Test
	void failsWhenARedirectHasNoLocation() {
		this.twilio.enqueue(Response.empty(302));
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client().execute(media(), byte[].class))
			.withMessageContaining("without a Location to follow");
	}

	@Test
	void failsOnAnErrorOfTheLinksHostWithoutShowingTheLinkOrRetrying() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/media/ME1?" + SIGNATURE));
		this.cdn.enqueue(Response.text(403, "application/xml",
				"<Error><Code>AccessDenied</Code><StringToSign>" + SIGNATURE + "</StringToSign></Error>"));
		TwilioClient client = this.twilio.clientBuilder().maxRetries(3).listener(this.listener).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.execute(media(), byte[].class))
			.withMessageContaining(
					"was redirected to " + this.cdn.baseUrl().getAuthority() + ", which answered HTTP 403")
			.withMessageNotContaining(SIGNATURE)
			.withMessageNotContaining("AccessDenied");
		assertThat(this.twilio.requestCount()).isOne();
	}

	@Test
	void asksTwilioForANewLinkWhenTheFileCannotBeFetched() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/old?" + SIGNATURE),
				redirect(307, this.cdn.baseUrl() + "/new?" + SIGNATURE));
		this.cdn.enqueue(Response.disconnect(), file());
		TwilioClient client = this.twilio.clientBuilder().maxRetries(1).listener(this.listener).build();
		assertThat(client.execute(media(), byte[].class)).isEqualTo(FILE);
		assertThat(this.twilio.requestCount()).isEqualTo(2);
		assertThat(this.cdn.requests()).extracting(RecordedRequest::path).containsExactly("/old", "/new");
		assertThat(this.listener.only().attempts()).isEqualTo(2);
		assertThat(this.listener.retries()).containsExactly(TwilioRetryReason.CONNECTION_ERROR);
	}

	@Test
	void failureToReachTheLinksHostNamesItsHostButNotTheLink(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		this.twilio.enqueue(redirect(307, "http://127.0.0.1:" + closedPort + "/media/ME1?" + SIGNATURE));
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		loggingSystem.setLogLevel(TwilioClient.class.getName(), LogLevel.DEBUG);
		try {
			assertThatExceptionOfType(TwilioConnectionException.class)
				.isThrownBy(() -> client().execute(media(), byte[].class))
				.withMessageContaining("downloading the file it redirected to")
				.withMessageContaining("127.0.0.1:" + closedPort)
				.satisfies((ex) -> {
					for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
						assertThat(String.valueOf(cause.getMessage())).doesNotContain(SIGNATURE)
							.doesNotContain("/media/ME1");
					}
				});
		}
		finally {
			loggingSystem.setLogLevel(TwilioClient.class.getName(), null);
		}
		assertThat(output.getAll()).contains("Following redirect 1 of GET " + MEDIA + " to 127.0.0.1:" + closedPort)
			.doesNotContain(SIGNATURE)
			.doesNotContain("/media/ME1");
	}

	@Test
	void sizeLimitHoldsForTheFile() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/file"));
		this.cdn.enqueue(Response.text(200, "audio/mpeg", "x".repeat(2048)));
		TwilioClient client = this.twilio.clientBuilder().maxResponseSize(1024).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.execute(media(), byte[].class))
			.withMessageContaining("more than the largest response the client reads (1024 bytes)");
	}

	@Test
	void downloadIsNotObservedAsAnHttpRequestSoNoSpanHoldsTheLink() {
		List<Observation.Context> observed = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				observed.add(context);
			}

		});
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/media/ME1?" + SIGNATURE));
		this.cdn.enqueue(file());
		TwilioClient client = this.twilio.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.builtInTransport()
			.build();
		assertThat(client.execute(media(), byte[].class)).isEqualTo(FILE);
		assertThat(this.cdn.requestCount()).isOne();
		// Twilio's request only
		assertThat(observed).hasSize(1);
		for (Observation.Context context : observed) {
			for (KeyValue keyValue : context.getAllKeyValues()) {
				assertThat(keyValue.getValue()).doesNotContain(this.cdn.baseUrl().getAuthority())
					.doesNotContain(SIGNATURE);
			}
		}
	}

	@Test
	void textAndJsonResultsKeepARedirectAsTheResult() {
		String json = "{\"redirect_to\":\"" + this.cdn.baseUrl() + "/report.csv\"}";
		this.twilio.enqueue(Response.json(307, json).header("Location", this.cdn.baseUrl() + "/report.csv"),
				Response.json(307, json).header("Location", this.cdn.baseUrl() + "/report.csv"),
				Response.json(307, json).header("Location", this.cdn.baseUrl() + "/report.csv"));
		TwilioClient client = client();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.MESSAGING, "/v1/Deactivations").build();
		assertThat(client.execute(request, JsonNode.class).get("redirect_to").asString()).endsWith("/report.csv");
		assertThat(client.execute(request, String.class)).isEqualTo(json);
		TwilioResponse<byte[]> exchanged = client.exchange(request);
		assertThat(exchanged.statusCode()).isEqualTo(307);
		assertThat(new String(exchanged.body(), StandardCharsets.UTF_8)).isEqualTo(json);
		assertThat(this.cdn.requestCount()).isZero();
	}

	@Test
	void redirectAnsweringAHeadIsNotFollowed() {
		this.twilio.enqueue(redirect(307, this.cdn.baseUrl() + "/file"));
		TwilioRequest head = TwilioRequest.method(HttpMethod.HEAD, TwilioDomain.API, MEDIA)
			.pathVariable("MessageSid", "MM1")
			.pathVariable("Sid", "ME1")
			.build();
		assertThat(client().executeForResponse(head, byte[].class).statusCode()).isEqualTo(307);
		assertThat(this.cdn.requestCount()).isZero();
	}

	private TwilioClient client() {
		return this.twilio.clientBuilder().maxRetries(0).listener(this.listener).build();
	}

	private static TwilioRequest media() {
		return TwilioRequest.get(TwilioDomain.API, MEDIA)
			.pathVariable("MessageSid", "MM1")
			.pathVariable("Sid", "ME1")
			.header("X-Twilio-Webhook-Enabled", "true")
			// A token the caller sets goes to Twilio, and no further
			.header("I-Twilio-Idempotency-Token", "caller-token")
			.build();
	}

	private static Response redirect(int status, String location) {
		// Twilio's redirect of a media URL carries a small XML body
		return Response.text(status, "application/xml",
				"<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RedirectTo>" + location
						+ "</RedirectTo></TwilioResponse>")
			.header("Location", location);
	}

	private static Response file() {
		return Response.bytes(200, "image/jpeg", FILE);
	}

}
