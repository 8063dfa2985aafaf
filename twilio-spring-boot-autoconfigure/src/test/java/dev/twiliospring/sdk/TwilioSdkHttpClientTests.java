package dev.twiliospring.sdk;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.lookups.v2.PhoneNumber;
import com.twilio.rest.sync.v1.service.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRequestContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioSdkHttpClient}: code written for Twilio's SDK, sending through a
 * {@link TwilioClient} to a local server.
 */
class TwilioSdkHttpClientTests {

	private static final String ACCOUNT_SID = StubTwilioServer.ACCOUNT_SID;

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TwilioClient client = this.server.clientBuilder().listener(this.listener).maxRetries(2).build();

	private final TwilioRestClient restClient = new TwilioRestClient.Builder(ACCOUNT_SID, "sdk-side-token")
		.httpClient(new TwilioSdkHttpClient(this.client))
		.build();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void sdkMessageCreatorSendsThroughTwilioClient() {
		this.server.enqueue(Response.fixture(201, "message.json"));
		Message message = Message
			.creator(new com.twilio.type.PhoneNumber("+18182008801"), new com.twilio.type.PhoneNumber("+12019235161"),
					"testing")
			.create(this.restClient);
		assertThat(message.getSid()).isEqualTo("SMb7c0a2ce80504485a6f653a7110836f5");
		assertThat(message.getStatus()).isEqualTo(Message.Status.SENT);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json");
		assertThat(request.form()).containsOnly(Map.entry("To", List.of("+18182008801")),
				Map.entry("From", List.of("+12019235161")), Map.entry("Body", List.of("testing")));
		assertThat(request.basicCredentials()).isEqualTo(ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(request.header("User-Agent")).startsWith("twilio-spring-boot/");
		assertThat(request.header("I-Twilio-Idempotency-Token")).isNotBlank();
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.API);
		assertThat(context.method().name()).isEqualTo("POST");
		assertThat(context.pathTemplate()).isEqualTo("/2010-04-01/Accounts/{AccountSid}/Messages.json");
		assertThat(context.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(context.statusCode()).isEqualTo(201);
	}

	@Test
	void twilioErrorsBecomeSdkExceptionsAndAreObserved() {
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone "
				+ "number.\",\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Message
				.creator(new com.twilio.type.PhoneNumber("+1"), new com.twilio.type.PhoneNumber("+12019235161"), "hi")
				.create(this.restClient))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(21211);
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getMessage()).contains("not a valid phone number");
			});
		TwilioRequestContext context = this.listener.only();
		assertThat(context.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(context.errorCode()).isEqualTo(21211);
	}

	@Test
	void twilioClientRetriesAndSdkDoesNotRetryAgain() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"), Response.json(503, "{\"status\":503}"),
				Response.fixture(201, "message.json"));
		Message message = Message
			.creator(new com.twilio.type.PhoneNumber("+18182008801"), new com.twilio.type.PhoneNumber("+12019235161"),
					"testing")
			.create(this.restClient);
		assertThat(message.getSid()).isEqualTo("SMb7c0a2ce80504485a6f653a7110836f5");
		assertThat(this.server.requestCount()).isEqualTo(3);
		assertThat(this.server.requests()).extracting((request) -> request.header("I-Twilio-Idempotency-Token"))
			.containsOnly(this.server.requests().get(0).header("I-Twilio-Idempotency-Token"));
		assertThat(this.listener.only().retries()).isEqualTo(2);
	}

	@Test
	void sdkPatchWithFormParametersSendsThemAsItsBody() {
		this.server.enqueue(Response.json(200, "{}"));
		com.twilio.http.Request request = new com.twilio.http.Request(com.twilio.http.HttpMethod.PATCH, "accounts",
				"/v1/Messaging/GeoPermissions");
		request.setContentType(EnumConstants.ContentType.FORM_URLENCODED);
		request.addPostParam("Permissions", "[{\"country_code\":\"US\",\"type\":\"+1 & more\"}]");
		request.addPostParam("Tag", "a");
		request.addPostParam("Tag", "b");
		assertThat(this.restClient.request(request).getStatusCode()).isEqualTo(200);
		RecordedRequest sent = this.server.takeRequest();
		assertThat(sent.method()).isEqualTo("PATCH");
		assertThat(sent.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
		String body = sent.bodyAsString();
		assertThat(body).startsWith("Permissions=").endsWith("&Tag=a&Tag=b");
		assertThat(URLDecoder.decode(body.substring("Permissions=".length(), body.indexOf('&')),
				StandardCharsets.UTF_8))
			.isEqualTo("[{\"country_code\":\"US\",\"type\":\"+1 & more\"}]");
	}

	@Test
	void deleteThatAnEarlierAttemptAppliedIsDeletedForTheSdk() {
		this.server.enqueue(Response.json(503, "{\"status\":503}"),
				Response.json(404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}"));
		assertThat(Message.deleter("SMb7c0a2ce80504485a6f653a7110836f5").delete(this.restClient)).isTrue();
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void notFoundAtTheFirstAttemptOfADeleteStaysAnSdkException() {
		this.server.enqueue(Response.json(404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Message.deleter("SMb7c0a2ce80504485a6f653a7110836f5").delete(this.restClient))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void requestsTheClientRefusesBecomeSdkExceptions() {
		TwilioRestClient subaccount = new TwilioRestClient.Builder(StubTwilioServer.ACCOUNT_SID, "unused")
			.httpClient(new TwilioSdkHttpClient(this.server.client().forAccount("AC" + "f".repeat(32))))
			.build();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> PhoneNumber.fetcher("+14159929960").fetch(subaccount));
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void headerValueTheTransportRefusesBecomesAnSdkException() {
		com.twilio.http.Request request = new com.twilio.http.Request(com.twilio.http.HttpMethod.POST, "sync",
				"/v1/Services/IS0123456789abcdef0123456789abcdef/Documents/ET0123456789abcdef0123456789abcdef");
		request.addHeaderParam("If-Match", "rev-1\r\nX-Injected: yes");
		request.addPostParam("Data", "{}");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.restClient.request(request))
			.withMessageContaining("If-Match");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void exhaustedRetriesHandTheLastErrorToTheSdk() {
		this.server.dispatcher((request) -> Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\","
				+ "\"status\":503}"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> PhoneNumber.fetcher("+14159929960").fetch(this.restClient))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20503));
		assertThat(this.server.requestCount()).isEqualTo(3);
	}

	@Test
	void sdkLookupGoesToLookupsDomainWithEncodedPhoneNumber() {
		this.server.enqueue(Response.fixture(200, "lookups/basic.json"));
		PhoneNumber lookup = PhoneNumber.fetcher("+14159929960").setFields("line_type_intelligence").fetch(this.restClient);
		assertThat(lookup.getValid()).isTrue();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/v2/PhoneNumbers/%2B14159929960");
		assertThat(request.query()).containsEntry("Fields", List.of("line_type_intelligence"));
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.LOOKUPS);
		assertThat(context.pathTemplate()).isEqualTo("/v2/PhoneNumbers/{Sid}");
	}

	@Test
	void percentEncodedPathSegmentsOfSdkUrlsAreSentAsTheSdkSendsThem() {
		// The SDK's own client sends its URL as a URI: escapes in the path are escapes
		this.server.enqueue(Response.json(200, "{\"unique_name\":\"order status\"}"),
				Response.json(200, "{\"unique_name\":\"50%\"}"));
		String service = "IS0123456789abcdef0123456789abcdef";
		Document document = Document.fetcher(service, "order%20status").fetch(this.restClient);
		// A '%' that starts no escape, which the SDK's own client refuses, is sent as a '%'
		Document.fetcher(service, "50%").fetch(this.restClient);
		assertThat(document.getUniqueName()).isEqualTo("order status");
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly("/v1/Services/" + service + "/Documents/order%20status",
					"/v1/Services/" + service + "/Documents/50%25");
	}

	@Test
	void sdkReaderFollowsNextPageThroughTwilioClient() {
		String messages = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
		this.server.enqueue(Response.json(200, "{\"messages\":[{\"sid\":\"SM1\",\"body\":\"one\"}],\"page\":0,"
				+ "\"page_size\":1,\"uri\":\"" + messages + "?PageSize=1&Page=0\",\"first_page_uri\":\"" + messages
				+ "?PageSize=1&Page=0\",\"next_page_uri\":\"" + messages
				+ "?To=%2B18182008801&PageSize=1&Page=1&PageToken=PASM1\",\"previous_page_uri\":null}"),
				Response.json(200, "{\"messages\":[{\"sid\":\"SM2\",\"body\":\"two\"}],\"page\":1,\"page_size\":1,"
						+ "\"uri\":\"" + messages + "?PageSize=1&Page=1\",\"next_page_uri\":null}"));
		List<String> bodies = StreamSupport
			.stream(Message.reader().setTo("+18182008801").setPageSize(1L).read(this.restClient).spliterator(), false)
			.map(Message::getBody)
			.toList();
		assertThat(bodies).containsExactly("one", "two");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::path).containsOnly(messages);
		assertThat(requests.get(0).query()).containsOnly(Map.entry("To", List.of("+18182008801")),
				Map.entry("PageSize", List.of("1")));
		assertThat(requests.get(1).query()).containsExactly(Map.entry("To", List.of("+18182008801")),
				Map.entry("PageSize", List.of("1")), Map.entry("Page", List.of("1")),
				Map.entry("PageToken", List.of("PASM1")));
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::pathTemplate)
			.containsOnly("/2010-04-01/Accounts/{AccountSid}/Messages.json");
	}

	@Test
	void subaccountPathsAreKept() {
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.enqueue(Response.fixture(201, "message.json"));
		Message.creator(subaccount, new com.twilio.type.PhoneNumber("+18182008801"),
				new com.twilio.type.PhoneNumber("+12019235161"), "hi")
			.create(this.restClient);
		assertThat(this.server.takeRequest().path())
			.isEqualTo("/2010-04-01/Accounts/" + subaccount + "/Messages.json");
	}

	@Test
	void restClientBuiltForASubaccountAsTheMigrationGuideShowsSendsWithItsCredentialsToItsResources() {
		String subSid = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		String subToken = "subaccount-token";
		TwilioClient twilio = this.client;
		TwilioRestClient tenantRestClient = new TwilioRestClient.Builder(subSid, subToken)
			.httpClient(new TwilioSdkHttpClient(twilio.withAuthToken(subSid, subToken)))
			.build();
		this.server.enqueue(Response.fixture(201, "message.json"));
		Message
			.creator(new com.twilio.type.PhoneNumber("+18182008801"), new com.twilio.type.PhoneNumber("+12019235161"),
					"hi")
			.create(tenantRestClient);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + subSid + "/Messages.json");
		assertThat(request.basicCredentials()).isEqualTo(subSid + ":" + subToken);
	}

	@Test
	void connectionFailuresBecomeSdkConnectionExceptions() {
		TwilioClient unreachable = this.server.clientBuilder()
			.baseUrl(java.net.URI.create("http://127.0.0.1:1"))
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		TwilioRestClient restClient = new TwilioRestClient.Builder(ACCOUNT_SID, "token")
			.httpClient(new TwilioSdkHttpClient(unreachable))
			.build();
		assertThatExceptionOfType(ApiConnectionException.class)
			.isThrownBy(() -> PhoneNumber.fetcher("+14159929960").fetch(restClient))
			.withMessageContaining("GET /v2/PhoneNumbers/{Sid}");
	}

}
