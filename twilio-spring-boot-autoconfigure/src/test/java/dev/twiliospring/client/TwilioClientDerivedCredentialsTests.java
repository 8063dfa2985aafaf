package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClientConnectionLifecycleTests.KeepAliveServer;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.observation.TwilioClientObservationListener;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link TwilioClient#withAuthToken} and {@link TwilioClient#withApiKey}.
 */
class TwilioClientDerivedCredentialsTests {

	private static final String SUBACCOUNT = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String SUBACCOUNT_TOKEN = "subaccount-token-fedcba9876543210";

	private static final String API_KEY_SID = "SK" + "c".repeat(32);

	private static final String API_KEY_SECRET = "subaccount-key-secret-0123456789";

	private static final String SUBACCOUNT_JSON = "{\"sid\":\"" + SUBACCOUNT
			+ "\",\"status\":\"active\",\"type\":\"Full\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void clientTellsWhetherItSignsWithAnApiKey() {
		TwilioClient parent = this.server.client();
		TwilioClient keyed = this.server.clientBuilder().apiKey(API_KEY_SID, API_KEY_SECRET).build();
		assertThat(parent.authenticatesWithApiKey()).isFalse();
		assertThat(parent.forAccount(SUBACCOUNT).authenticatesWithApiKey()).isFalse();
		assertThat(parent.withApiKey(SUBACCOUNT, API_KEY_SID, API_KEY_SECRET).authenticatesWithApiKey()).isTrue();
		assertThat(keyed.authenticatesWithApiKey()).isTrue();
		assertThat(keyed.forAccount(SUBACCOUNT).authenticatesWithApiKey()).isTrue();
		assertThat(keyed.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN).authenticatesWithApiKey()).isFalse();
		keyed.close();
		parent.close();
	}

	@Test
	void derivedClientSignsWithTheAuthTokenAndReachesProductHostsWhileTheParentKeepsItsOwn() {
		TwilioClient parent = this.server.client();
		TwilioClient tenant = parent.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		this.server.enqueue(Response.fixture(200, "services-page-0.json"), Response.json(200, SUBACCOUNT_JSON),
				Response.json(200, SUBACCOUNT_JSON));
		tenant.messaging().services().list();
		tenant.accounts().fetch();
		parent.forAccount(SUBACCOUNT).accounts().fetch();
		List<RecordedRequest> requests = this.server.requests();
		RecordedRequest services = requests.get(0);
		assertThat(services.path()).isEqualTo("/v1/Services");
		assertThat(services.basicCredentials()).isEqualTo(SUBACCOUNT + ":" + SUBACCOUNT_TOKEN);
		RecordedRequest account = requests.get(1);
		assertThat(account.path()).isEqualTo("/2010-04-01/Accounts/" + SUBACCOUNT + ".json");
		assertThat(account.basicCredentials()).isEqualTo(SUBACCOUNT + ":" + SUBACCOUNT_TOKEN);
		assertThat(requests.get(2).basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(tenant.accountSid()).isEqualTo(SUBACCOUNT);
		assertThat(parent.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
	}

	@Test
	void derivedClientSignsWithTheApiKeyAndWorksOnTheGivenAccount() {
		TwilioClient tenant = this.server.client().withApiKey(" " + SUBACCOUNT + " ", API_KEY_SID, API_KEY_SECRET);
		this.server.enqueue(Response.json(200, SUBACCOUNT_JSON));
		tenant.accounts().fetch();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SUBACCOUNT + ".json");
		assertThat(request.basicCredentials()).isEqualTo(API_KEY_SID + ":" + API_KEY_SECRET);
	}

	@Test
	void derivedCallsGoThroughTheParentsListenersAndObservations() {
		RecordingTwilioClientListener listener = new RecordingTwilioClientListener();
		TestObservationRegistry observations = TestObservationRegistry.create();
		TwilioClient tenant = this.server.clientBuilder()
			.listener(listener)
			.listener(new TwilioClientObservationListener(observations))
			.build()
			.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		this.server.enqueue(Response.json(200, SUBACCOUNT_JSON));
		tenant.accounts().fetch();
		assertThat(listener.only().accountSid()).isEqualTo(SUBACCOUNT);
		assertThat(observations).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1)
			.hasObservationWithNameEqualTo("twilio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("uri", "/2010-04-01/Accounts/{Sid}.json");
	}

	@Test
	void derivedClientRetriesAsTheParentIsConfiguredTo() {
		RecordingTwilioClientListener listener = new RecordingTwilioClientListener();
		TwilioClient tenant = this.server.clientBuilder()
			.maxRetries(2)
			.listener(listener)
			.build()
			.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		this.server.enqueue(Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\",\"status\":503}"),
				Response.json(200, SUBACCOUNT_JSON));
		assertThat(tenant.accounts().fetch().sid()).isEqualTo(SUBACCOUNT);
		assertThat(this.server.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.basicCredentials())
				.isEqualTo(SUBACCOUNT + ":" + SUBACCOUNT_TOKEN));
		assertThat(listener.retries()).containsExactly(TwilioRetryReason.SERVER_ERROR);
	}

	@Test
	void derivedClientSharesHostsUserAgentReadTimeoutAndSizeLimit() {
		TwilioClient parent = this.server.clientBuilder()
			.userAgentExtension("tenant-app/1.0")
			.readTimeout(Duration.ofMillis(300))
			.maxResponseSize(1024)
			.build();
		TwilioClient tenant = parent.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		for (TwilioDomain domain : List.of(TwilioDomain.API, TwilioDomain.VERIFY, TwilioDomain.MESSAGING)) {
			assertThat(tenant.baseUrl(domain)).isEqualTo(parent.baseUrl(domain));
		}
		this.server.enqueue(Response.json(200, SUBACCOUNT_JSON),
				Response.json(200, "{\"sid\":\"" + "x".repeat(2000) + "\"}"),
				Response.json(200, SUBACCOUNT_JSON).delay(Duration.ofSeconds(2)));
		tenant.accounts().fetch();
		assertThat(this.server.takeRequest().header("User-Agent")).endsWith(" tenant-app/1.0");
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> tenant.accounts().fetch())
			.withMessageContaining("more than the largest response the client reads (1024 bytes)");
		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> tenant.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@Test
	void derivedClientKeepsRegionAndEdge() {
		TwilioClient parent = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.region("ie1")
			.edge("dublin")
			.build();
		TwilioClient tenant = parent.withApiKey(SUBACCOUNT, API_KEY_SID, API_KEY_SECRET);
		assertThat(tenant.region()).isEqualTo("ie1");
		assertThat(tenant.edge()).isEqualTo("dublin");
		assertThat(tenant.baseUrl(TwilioDomain.VERIFY)).isEqualTo(URI.create("https://verify.dublin.ie1.twilio.com"));
		parent.close();
	}

	@Test
	void derivedClientSendsOverTheParentsPooledConnections() throws Exception {
		try (KeepAliveServer keepAlive = new KeepAliveServer();
				TwilioClient parent = TwilioClient.builder()
					.accountSid(TwilioClientConnectionLifecycleTests.ACCOUNT_SID)
					.authToken("parent-token")
					.baseUrl(keepAlive.baseUrl())
					.build()) {
			parent.accounts().fetch();
			TwilioClient tenant = parent.withAuthToken(TwilioClientConnectionLifecycleTests.ACCOUNT_SID,
					SUBACCOUNT_TOKEN);
			tenant.accounts().fetch();
			tenant.close();
			parent.accounts().fetch();
			assertThat(keepAlive.accepted()).as("connections opened for three calls, the derived one closed between")
				.isEqualTo(1);
		}
	}

	@Test
	void closingTheParentWhileADerivedCallIsUnderWayClosesTheTransportOnceItEnds() throws Exception {
		CountDownLatch arrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.server.dispatcher((request) -> {
			arrived.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Response.json(200, SUBACCOUNT_JSON);
		});
		ClosableRequestFactory transport = new ClosableRequestFactory();
		TwilioClient parent = this.server.clientBuilder()
			.requestFactoryWithTimeouts((connectTimeout, readTimeout) -> transport)
			.build();
		TwilioClient tenant = parent.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		CompletableFuture<Account> call = CompletableFuture.supplyAsync(() -> tenant.accounts().fetch());
		try {
			assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
			parent.close();
			assertThat(transport.closed).as("transport closed under the derived call").isFalse();
		}
		finally {
			release.countDown();
		}
		assertThat(call.get(10, TimeUnit.SECONDS).sid()).isEqualTo(SUBACCOUNT);
		assertThat(transport.closed).as("transport closed once the derived call ended").isTrue();
	}

	@Test
	void errorsHideTheDerivedCredentialsAndTheParents() {
		TwilioClient tenant = this.server.client().withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		this.server.dispatcher((request) -> Response.json(401,
				"{\"code\":20003,\"status\":401,\"message\":\"Rejected " + request.header("Authorization") + " ("
						+ SUBACCOUNT_TOKEN + "), parent " + StubTwilioServer.AUTH_TOKEN + "\",\"detail\":\""
						+ SUBACCOUNT_TOKEN + "\"}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> tenant.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getMessage() + ex.getErrorMessage() + ex.getDetails() + ex)
				.contains("Rejected Basic [hidden] ([hidden]), parent [hidden]")
				.doesNotContain(SUBACCOUNT_TOKEN)
				.doesNotContain(StubTwilioServer.AUTH_TOKEN));
	}

	@Test
	void viewOfADerivedClientSignsWithItsCredentialsAndRefusesOtherProductsOfAnotherAccount() {
		TwilioClient tenant = this.server.client().withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN);
		this.server.enqueue(Response.fixture(200, "services-page-0.json"), Response.json(200, SUBACCOUNT_JSON));
		tenant.forAccount(SUBACCOUNT).messaging().services().list();
		tenant.forAccount(StubTwilioServer.ACCOUNT_SID).accounts().fetch();
		assertThat(this.server.requests()).allSatisfy((request) -> assertThat(request.basicCredentials())
			.isEqualTo(SUBACCOUNT + ":" + SUBACCOUNT_TOKEN));
		assertThatIllegalStateException()
			.isThrownBy(() -> tenant.forAccount(StubTwilioServer.ACCOUNT_SID).messaging().services().list())
			.withMessageContaining("with the credentials of account " + SUBACCOUNT);
	}

	@Test
	void clientDerivedFromAViewReachesProductHostsOfItsAccount() {
		TwilioClient tenant = this.server.client()
			.forAccount(SUBACCOUNT)
			.withApiKey(SUBACCOUNT, API_KEY_SID, API_KEY_SECRET);
		this.server.enqueue(Response.fixture(200, "services-page-0.json"));
		tenant.messaging().services().list();
		assertThat(this.server.takeRequest().basicCredentials()).isEqualTo(API_KEY_SID + ":" + API_KEY_SECRET);
	}

	@Test
	void rejectsMalformedAccountSidWithoutEchoingIt() {
		TwilioClient parent = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> parent.withAuthToken(SUBACCOUNT_TOKEN, SUBACCOUNT_TOKEN))
			.withMessage("Twilio account SID must be 'AC' followed by 32 hexadecimal characters, but the "
					+ "configured value (" + SUBACCOUNT_TOKEN.length() + " characters) is not");
		assertThatIllegalArgumentException().isThrownBy(() -> parent.withApiKey(null, API_KEY_SID, API_KEY_SECRET))
			.withMessage("Twilio account SID must not be null");
	}

	@Test
	void rejectsMissingAuthToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.client().withAuthToken(SUBACCOUNT, " "))
			.withMessageContaining("No auth token given");
	}

	@Test
	void rejectsApiKeyWithAPartMissing() {
		TwilioClient parent = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> parent.withApiKey(SUBACCOUNT, API_KEY_SID, ""))
			.withMessageContaining("An API key needs both its SID and its secret: call withApiKey(");
		assertThatIllegalArgumentException().isThrownBy(() -> parent.withApiKey(SUBACCOUNT, null, API_KEY_SECRET))
			.withMessageContaining("An API key needs both its SID and its secret")
			.withMessageNotContaining(API_KEY_SECRET);
	}

	@Test
	void rejectsMalformedApiKeySidWithoutEchoingTheSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.client().withApiKey(SUBACCOUNT, API_KEY_SECRET, API_KEY_SECRET))
			.withMessageContaining("Twilio API key SID must be 'SK' followed by 32 hexadecimal characters")
			.withMessageNotContaining(API_KEY_SECRET);
	}

	@Test
	void toStringNamesTheAccountButNoSecret() {
		TwilioClient parent = this.server.client();
		assertThat(parent.withAuthToken(SUBACCOUNT, SUBACCOUNT_TOKEN).toString()).contains(SUBACCOUNT)
			.doesNotContain(SUBACCOUNT_TOKEN);
		assertThat(parent.withApiKey(SUBACCOUNT, API_KEY_SID, API_KEY_SECRET).toString()).contains(SUBACCOUNT)
			.doesNotContain(API_KEY_SID)
			.doesNotContain(API_KEY_SECRET);
	}

	/**
	 * A transport that records whether the client closed it.
	 */
	static final class ClosableRequestFactory implements ClientHttpRequestFactory, DisposableBean {

		private final ClientHttpRequestFactory delegate = new SimpleClientHttpRequestFactory();

		volatile boolean closed;

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			return this.delegate.createRequest(uri, httpMethod);
		}

		@Override
		public void destroy() {
			this.closed = true;
		}

	}

}
