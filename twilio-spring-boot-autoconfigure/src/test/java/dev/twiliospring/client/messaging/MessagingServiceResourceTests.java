package dev.twiliospring.client.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.MetaPages;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MessagingServiceResource}.
 */
class MessagingServiceResourceTests {

	private static final String SID = "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final MessagingServiceResource services = this.server.clientBuilder()
		.listener(this.listener)
		.build()
		.messaging()
		.services();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createPostsFormToMessagingHost() {
		this.server.enqueue(Response.fixture(201, "messaging/service.json"));
		MessagingService service = this.services.create(MessagingServiceCreateRequest.builder()
			.friendlyName("My Service!")
			.inboundRequestUrl("https://www.example.com/")
			.inboundMethod(HttpMethod.POST)
			.fallbackMethod(HttpMethod.GET)
			.stickySender(true)
			.scanMessageContent(MessagingService.ScanMessageContent.INHERIT)
			.validityPeriod(Duration.ofMinutes(10))
			.usecase("marketing")
			.useInboundWebhookOnNumber(true)
			.build());
		assertThat(service.sid()).isEqualTo(SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Services");
		assertThat(request.bodyAsString()).isEqualTo("FriendlyName=My+Service%21&InboundRequestUrl=https%3A%2F%2Fwww.example.com%2F"
				+ "&InboundMethod=POST&FallbackMethod=GET&StickySender=true&ScanMessageContent=inherit"
				+ "&ValidityPeriod=600&Usecase=marketing&UseInboundWebhookOnNumber=true");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(context.pathTemplate()).isEqualTo("/v1/Services");
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "messaging/service.json"));
		MessagingService service = this.services.fetch(SID);
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/Services/" + SID);
		assertThat(this.listener.only().pathTemplate()).isEqualTo("/v1/Services/{Sid}");
		assertThat(service.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(service.friendlyName()).isEqualTo("My Service!");
		assertThat(service.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC));
		assertThat(service.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 33, 0, ZoneOffset.UTC));
		assertThat(service.inboundRequestUrl()).isEqualTo("https://www.example.com/");
		assertThat(service.inboundMethod()).isEqualTo("POST");
		assertThat(service.fallbackUrl()).isEqualTo("https://www.example.com");
		assertThat(service.fallbackMethod()).isEqualTo("GET");
		assertThat(service.statusCallback()).isEqualTo("https://www.example.com");
		assertThat(service.stickySender()).isTrue();
		assertThat(service.smartEncoding()).isFalse();
		assertThat(service.mmsConverter()).isTrue();
		assertThat(service.fallbackToLongCode()).isTrue();
		assertThat(service.scanMessageContent()).isEqualTo(MessagingService.ScanMessageContent.INHERIT);
		assertThat(service.areaCodeGeomatch()).isTrue();
		assertThat(service.validityPeriod()).isEqualTo(600);
		assertThat(service.synchronousValidation()).isTrue();
		assertThat(service.usecase()).isEqualTo("marketing");
		assertThat(service.usAppToPersonRegistered()).isFalse();
		assertThat(service.useInboundWebhookOnNumber()).isTrue();
		assertThat(service.links()).containsEntry("phone_numbers",
				"https://messaging.twilio.com/v1/Services/" + SID + "/PhoneNumbers");
		assertThat(service.url()).isEqualTo("https://messaging.twilio.com/v1/Services/" + SID);
	}

	@Test
	void mapsUnknownEnumValueToUnknown() {
		this.server.enqueue(Response.json(200, "{\"sid\":\"" + SID + "\",\"scan_message_content\":\"quarantine\"}"));
		assertThat(this.services.fetch(SID).scanMessageContent()).isEqualTo(MessagingService.ScanMessageContent.UNKNOWN);
	}

	@Test
	void streamsServicesAcrossMetaPages() {
		String first = "https://messaging.twilio.com/v1/Services?PageSize=2&Page=0";
		String second = "https://messaging.twilio.com/v1/Services?PageSize=2&Page=1&PageToken=PT1";
		this.server.enqueue(
				Response.json(200, MetaPages.page("services", first, second,
						List.of("{\"sid\":\"MG1\",\"friendly_name\":\"one\"}", "{\"sid\":\"MG2\",\"friendly_name\":\"two\"}"))),
				Response.json(200, MetaPages.page("services", second, null, List.of("{\"sid\":\"MG3\"}"))));
		assertThat(this.services.stream(2).map(MessagingService::sid)).containsExactly("MG1", "MG2", "MG3");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::path).containsExactly("/v1/Services", "/v1/Services");
		assertThat(requests).extracting(RecordedRequest::rawQuery)
			.containsExactly("PageSize=2", "PageSize=2&Page=1&PageToken=PT1");
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::domain)
			.containsOnly(TwilioDomain.MESSAGING);
	}

	@Test
	void listReturnsFirstPageAndNextPageFollowsItsLink() {
		String next = "https://messaging.twilio.com/v1/Services?PageSize=1&Page=1&PageToken=PT1";
		this.server.enqueue(
				Response.json(200, MetaPages.page("services", "https://messaging.twilio.com/v1/Services", next,
						List.of("{\"sid\":\"MG1\"}"))),
				Response.json(200, MetaPages.page("services", next, null, List.of("{\"sid\":\"MG2\"}"))));
		Page<MessagingService> page = this.services.list(1);
		assertThat(page.items()).extracting(MessagingService::sid).containsExactly("MG1");
		assertThat(page.hasNext()).isTrue();
		Page<MessagingService> last = this.services.nextPage(page).orElseThrow();
		assertThat(last.items()).extracting(MessagingService::sid).containsExactly("MG2");
		assertThat(this.services.nextPage(last)).isEmpty();
		assertThat(this.server.requests().get(1).rawQuery()).isEqualTo("PageSize=1&Page=1&PageToken=PT1");
	}

	@Test
	void updatePostsChangedSettingsOnly() {
		this.server.enqueue(Response.fixture(200, "messaging/service.json"));
		this.services.update(SID, MessagingServiceUpdateRequest.builder()
			.friendlyName("Renamed")
			.statusCallback("https://example.com/status")
			.areaCodeGeomatch(false)
			.build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Services/" + SID);
		assertThat(request.bodyAsString())
			.isEqualTo("FriendlyName=Renamed&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus&AreaCodeGeomatch=false");
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		assertThat(this.services.deleteWithResponse(SID).statusCode()).isEqualTo(204);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.path()).isEqualTo("/v1/Services/" + SID);
	}

	@Test
	void createNeedsName() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessagingServiceCreateRequest.builder().build())
			.withMessage("A messaging service needs a name: call friendlyName(...)");
	}

	@Test
	void updateNeedsAChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessagingServiceUpdateRequest.builder().build())
			.withMessageContaining("at least one setting");
	}

	@Test
	void rejectsMethodsTwilioDoesNotCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceCreateRequest.builder().inboundMethod(HttpMethod.PUT))
			.withMessage("InboundMethod must be GET or POST, got PUT");
	}

	@Test
	void rejectsValidityPeriodOutsideTwilioRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceCreateRequest.builder().validityPeriod(Duration.ofHours(11)))
			.withMessage("ValidityPeriod must be whole seconds between 1 and 36000, got PT11H");
		// was sent as ValidityPeriod=1
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceUpdateRequest.builder().validityPeriod(Duration.ofMillis(1500)))
			.withMessage("ValidityPeriod must be whole seconds between 1 and 36000, got PT1.5S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceUpdateRequest.builder().validityPeriod(null))
			.withMessage("ValidityPeriod must not be null");
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.services.fetch(" "))
			.withMessage("Messaging service SID must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	// twilio_messaging_v1.json CreateService and UpdateService: FriendlyName "It can be up
	// to 64 characters long."
	@Test
	void refusesServiceNameLongerThanTwilioTakes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceCreateRequest.builder().friendlyName("x".repeat(65)))
			.withMessage("FriendlyName must be at most 64 characters, got 65");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessagingServiceUpdateRequest.builder().friendlyName("x".repeat(65)))
			.withMessage("FriendlyName must be at most 64 characters, got 65");
		assertThat(MessagingServiceCreateRequest.builder().friendlyName("\uD83D\uDCE6".repeat(64)).build().parameters()
			.getFirst("FriendlyName")).hasSize(128);
	}

}
