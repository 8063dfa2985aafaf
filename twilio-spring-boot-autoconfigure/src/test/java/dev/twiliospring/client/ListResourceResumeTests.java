package dev.twiliospring.client;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Media;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.messaging.MessagingService;
import dev.twiliospring.client.video.RoomParticipant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for resuming any list of an {@link AbstractResource}, of {@code MediaResource} and
 * of a generic request from a saved page URL with {@code page(url)}, and for the check of
 * the URL that {@code nextPage(page)} follows.
 */
class ListResourceResumeTests {

	private static final String ACCOUNT = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID;

	private static final String SUBACCOUNT_SID = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String CONFERENCE_SID = "CF" + "c".repeat(32);

	private static final String SERVICE_SID = "MG" + "d".repeat(32);

	private static final String VERIFY_SERVICE_SID = "VA" + "e".repeat(32);

	private static final String ROOM_SID = "RM" + "f".repeat(32);

	private static final String MESSAGE_SID = "SM" + "1".repeat(32);

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	static Stream<Arguments> lists() {
		return Stream.of(
				list("recordings", TwilioClient::recordings, "https://api.twilio.com", ACCOUNT + "/Recordings.json"),
				list("conferences", TwilioClient::conferences, "", ACCOUNT + "/Conferences.json"),
				list("conference participants", (client) -> client.conferences().participants(CONFERENCE_SID), "",
						ACCOUNT + "/Conferences/" + CONFERENCE_SID + "/Participants.json"),
				list("conference recordings", (client) -> client.conferences().recordings(CONFERENCE_SID), "",
						ACCOUNT + "/Conferences/" + CONFERENCE_SID + "/Recordings.json"),
				list("incoming phone numbers", TwilioClient::incomingPhoneNumbers, "",
						ACCOUNT + "/IncomingPhoneNumbers.json"),
				list("outgoing caller IDs", TwilioClient::outgoingCallerIds, "", ACCOUNT + "/OutgoingCallerIds.json"),
				list("accounts", TwilioClient::accounts, "", "/2010-04-01/Accounts.json"),
				list("messaging services", (client) -> client.messaging().services(), "https://messaging.twilio.com",
						"/v1/Services"),
				list("messaging service phone numbers", (client) -> client.messaging().phoneNumbers(SERVICE_SID),
						"https://messaging.twilio.com", "/v1/Services/" + SERVICE_SID + "/PhoneNumbers"),
				list("brand registrations", (client) -> client.messaging().brandRegistrations(),
						"https://messaging.twilio.com", "/v1/a2p/BrandRegistrations"),
				list("Verify services", (client) -> client.verify().services(), "https://verify.twilio.com",
						"/v2/Services"),
				list("Video rooms", (client) -> client.video().rooms(), "https://video.twilio.com", "/v1/Rooms"),
				list("Video room participants", (client) -> client.video().participants(ROOM_SID),
						"https://video.twilio.com", "/v1/Rooms/" + ROOM_SID + "/Participants"));
	}

	private static Arguments list(String name, Function<TwilioClient, AbstractResource<?>> resource, String host,
			String path) {
		return Arguments.of(name, resource, host, path);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void listResumesFromASavedPageUrlSendingItsPathAndQueryToThisClientsHost(String name,
			Function<TwilioClient, AbstractResource<?>> resource, String host, String path) {
		this.server.dispatcher((request) -> Response.json(200, "{\"page\":3,\"page_size\":2}"));
		Page<?> page = resource.apply(this.server.client()).page(host + path + "?PageSize=2&Page=3&PageToken=PT2");
		assertThat(page.pageNumber()).isEqualTo(3);
		assertThat(this.server.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo(path);
			assertThat(request.rawQuery()).isEqualTo("PageSize=2&Page=3&PageToken=PT2");
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void listRefusesASavedPageUrlOfAnotherListWithoutARequest(String name,
			Function<TwilioClient, AbstractResource<?>> resource, String host, String path) {
		AbstractResource<?> list = resource.apply(this.server.client());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> list.page("https://api.twilio.com" + ACCOUNT + "/Messages.json?To=%2B15558675310&Page=1"))
			.withMessageContaining("Page URL is not a page of ")
			.withMessageNotContaining("15558675310");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void metaPageUrlOnThisClientsOwnHostResumesThere() {
		String next = this.server.baseUrl() + "/v1/Services?PageSize=1&Page=2&PageToken=PT1";
		this.server.enqueue(
				Response.json(200, MetaPages.page("services", next, null, List.of("{\"sid\":\"" + SERVICE_SID + "\"}"))));
		Page<MessagingService> page = this.server.client().messaging().services().page(next);
		assertThat(page.items()).extracting(MessagingService::sid).containsExactly(SERVICE_SID);
		assertThat(this.server.takeRequest().rawQuery()).isEqualTo("PageSize=1&Page=2&PageToken=PT1");
	}

	@Test
	void metaPageUrlOfAnotherProductsListIsRefusedWithoutARequest() {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.verify().services().page("https://messaging.twilio.com/v1/Services?Page=1"))
			.withMessageStartingWith("Page URL is not a page of /v2/Services");
		assertThat(this.server.requestCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://conversations.twilio.com", "https://chat.twilio.com",
			"https://api.twilio.com", "https://twilio.com" })
	void metaPageUrlOfAnotherProductsListOfTheSamePathIsRefusedWithoutARequest(String host) {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messaging().services().page(host + "/v1/Services?PageSize=1&Page=2&PageToken=PT1"))
			.withMessageContaining("names host " + host.substring("https://".length()))
			.withMessageContaining("not one of messaging.twilio.com");
		Page<MessagingService> page = new Page<>(List.of(), 0, 50, null, null, null, host + "/v1/Services?Page=1");
		assertThatIllegalArgumentException().isThrownBy(() -> client.messaging().services().nextPage(page));
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void metaPageUrlOnARegionalHostOfTheListsProductResumesThere() {
		this.server.dispatcher((request) -> Response.json(200, "{\"page\":2,\"page_size\":1}"));
		Page<MessagingService> page = this.server.client()
			.messaging()
			.services()
			.page("https://Messaging.Dublin.IE1.twilio.com/v1/Services?PageSize=1&Page=2&PageToken=PT1");
		assertThat(page.pageNumber()).isEqualTo(2);
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/Services");
	}

	@Test
	void metaPageUrlThatWritesAPathVariableAsTwilioDoesResumesThere() {
		// Twilio keeps what a path may hold as it is, as in /v2/PhoneNumbers/+14159929960,
		// where the client encodes a room's unique name as standup%2B1%40acme
		String next = "https://video.twilio.com/v1/Rooms/standup+1@acme/Participants?PageSize=1&Page=1&PageToken=PT0";
		this.server.dispatcher((request) -> Response.json(200,
				MetaPages.page("participants", "https://video.twilio.com/v1/Rooms/standup+1@acme/Participants", null,
						List.of())));
		TwilioClient client = this.server.client();
		assertThat(client.video().participants("standup+1@acme").page(next).items()).isEmpty();
		Page<RoomParticipant> page = new Page<>(List.of(), 0, 1, null, null, null,
				"/v1/Rooms/standup%2b1%40acme/Participants?PageSize=1&Page=2&PageToken=PT1");
		assertThat(client.video().participants("standup+1@acme").nextPage(page)).isPresent();
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly("/v1/Rooms/standup+1@acme/Participants", "/v1/Rooms/standup%2b1%40acme/Participants");
	}

	@Test
	void pageUrlWhosePathHasASlashWhereThePathVariableHasAnEncodedOneIsRefusedWithoutARequest() {
		this.server.dispatcher((request) -> Response.json(200, "{\"page\":1,\"page_size\":50}"));
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.video().participants("a/b").page("/v1/Rooms/a/b/Participants?Page=1"))
			.withMessageStartingWith("Page URL is not a page of /v1/Rooms/{RoomSid}/Participants");
		assertThat(client.video().participants("a/b").page("/v1/Rooms/a%2fb/Participants?Page=1")).isNotNull();
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly("/v1/Rooms/a%2fb/Participants");
	}

	@Test
	void nextPageOfAPageWhoseNextPageUrlIsOfAnotherAccountIsRefusedWithoutARequest() {
		String subaccountRecordings = "/2010-04-01/Accounts/" + SUBACCOUNT_SID + "/Recordings.json";
		Page<Recording> page = new Page<>(List.of(), 0, 50, null, null, null, subaccountRecordings + "?Page=1");
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.recordings().nextPage(page))
			.withMessageContaining("is a page of " + subaccountRecordings)
			.withMessageContaining("forAccount(subaccountSid)");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void nextPageOfAPageWhoseNextPageUrlIsOnAnotherHostIsRefusedWithoutARequest() {
		Page<MessagingService> page = new Page<>(List.of(), 0, 50, null, null, null,
				"https://user:secret@twilio.example.com/v1/Services?Page=1");
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.messaging().services().nextPage(page))
			.withMessageContaining("names host twilio.example.com")
			.withMessageNotContaining("secret");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void mediaOfAMessageResumesFromASavedPageUrlAndRefusesOneOfAnotherMessage() {
		String path = ACCOUNT + "/Messages/" + MESSAGE_SID + "/Media.json";
		this.server.dispatcher((request) -> Response.json(200,
				"{\"media_list\":[{\"sid\":\"ME1\"}],\"page\":1,\"page_size\":1,\"next_page_uri\":null}"));
		TwilioClient client = this.server.client();
		Page<Media> page = client.messages().media().page(MESSAGE_SID, path + "?PageSize=1&Page=1&PageToken=PT0");
		assertThat(page.items()).extracting(Media::sid).containsExactly("ME1");
		String otherMessage = ACCOUNT + "/Messages/SM" + "2".repeat(32) + "/Media.json?Page=1";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages().media().page(MESSAGE_SID, otherMessage))
			.withMessageContaining("not a page of /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json");
		Page<Media> forged = new Page<>(List.of(), 0, 50, null, null, null, otherMessage);
		assertThatIllegalArgumentException().isThrownBy(() -> client.messages().media().nextPage(MESSAGE_SID, forged));
		assertThat(this.server.requests()).extracting(RecordedRequest::path).containsExactly(path);
	}

	@Test
	void genericListResumesFromASavedPageUrlAndRefusesOneOfAnotherList() {
		TwilioRequest list = TwilioRequest.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Messages")
			.pathVariable("ConversationSid", "CH1")
			.queryParam("PageSize", 1)
			.build();
		this.server.enqueue(Response.json(200, MetaPages.page("messages",
				"https://conversations.twilio.com/v1/Conversations/CH1/Messages?PageSize=1&Page=4", null, List.of())));
		TwilioClient client = this.server.client();
		Page<Object> page = client.page(list,
				"https://conversations.twilio.com/v1/Conversations/CH1/Messages?PageSize=1&Page=4&PageToken=PT3",
				"messages", Object.class);
		assertThat(page.items()).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.page(list, "/v1/Conversations/CH2/Messages?Page=4", "messages", Object.class))
			.withMessageContaining("not a page of /v1/Conversations/{ConversationSid}/Messages");
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.rawQuery()).isEqualTo("PageSize=1&Page=4&PageToken=PT3"));
	}

}
