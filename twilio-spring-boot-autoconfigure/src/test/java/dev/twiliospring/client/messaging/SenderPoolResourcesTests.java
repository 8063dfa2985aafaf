package dev.twiliospring.client.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.MetaPages;
import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the sender pool of a messaging service: {@link ServicePhoneNumberResource},
 * {@link AlphaSenderResource} and {@link ServiceShortCodeResource}.
 */
class SenderPoolResourcesTests {

	private static final String SERVICE = "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TwilioClient client = this.server.clientBuilder().listener(this.listener).build();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void addsPhoneNumberToPool() {
		this.server.enqueue(Response.fixture(201, "messaging/phone-number.json"));
		ServicePhoneNumber number = this.client.messaging()
			.phoneNumbers(SERVICE)
			.add("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Services/" + SERVICE + "/PhoneNumbers");
		assertThat(request.bodyAsString()).isEqualTo("PhoneNumberSid=PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(request.basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID + ":");
		TwilioRequestContext context = this.listener.only();
		assertThat(context.domain()).isEqualTo(TwilioDomain.MESSAGING);
		assertThat(context.pathTemplate()).isEqualTo("/v1/Services/{ServiceSid}/PhoneNumbers");
		assertThat(number.sid()).isEqualTo("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(number.serviceSid()).isEqualTo(SERVICE);
		assertThat(number.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC));
		assertThat(number.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 33, 0, ZoneOffset.UTC));
		assertThat(number.phoneNumber()).isEqualTo("+987654321");
		assertThat(number.countryCode()).isEqualTo("US");
		assertThat(number.capabilities()).isEmpty();
		assertThat(number.url()).endsWith("/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	}

	@Test
	void listsAndRemovesPhoneNumbers() {
		String url = "https://messaging.twilio.com/v1/Services/" + SERVICE + "/PhoneNumbers";
		this.server.enqueue(
				Response.json(200, MetaPages.page("phone_numbers", url, url + "?Page=1&PageToken=PT1",
						List.of("{\"sid\":\"PN1\",\"capabilities\":[\"SMS\",\"MMS\"]}"))),
				Response.json(200, MetaPages.page("phone_numbers", url, null, List.of("{\"sid\":\"PN2\"}"))),
				Response.empty(204));
		ServicePhoneNumberResource numbers = this.client.messaging().phoneNumbers(SERVICE);
		assertThat(numbers.stream().map(ServicePhoneNumber::sid)).containsExactly("PN1", "PN2");
		numbers.remove("PN1");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests.get(0).rawQuery()).isNull();
		assertThat(requests.get(1).rawQuery()).isEqualTo("Page=1&PageToken=PT1");
		assertThat(requests.get(2).method()).isEqualTo("DELETE");
		assertThat(requests.get(2).path()).isEqualTo("/v1/Services/" + SERVICE + "/PhoneNumbers/PN1");
	}

	@Test
	void fetchesPhoneNumberOfPool() {
		this.server.enqueue(Response.fixture(200, "messaging/phone-number.json"));
		this.client.messaging().phoneNumbers(SERVICE).fetch("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path())
			.isEqualTo("/v1/Services/" + SERVICE + "/PhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	}

	@Test
	void addsListsAndRemovesAlphaSenders() {
		this.server.enqueue(Response.fixture(201, "messaging/alpha-sender.json"),
				Response.json(200,
						MetaPages.page("alpha_senders", "https://messaging.twilio.com/v1/Services/" + SERVICE
								+ "/AlphaSenders?PageSize=10&Page=0", null, List.of("{\"sid\":\"AI1\"}"))),
				Response.empty(204));
		AlphaSenderResource senders = this.client.messaging().alphaSenders(SERVICE);
		AlphaSender sender = senders.add("Twilio");
		assertThat(sender.sid()).isEqualTo("AIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(sender.alphaSender()).isEqualTo("Twilio");
		assertThat(sender.capabilities()).containsExactly("SMS");
		assertThat(sender.serviceSid()).isEqualTo(SERVICE);
		assertThat(sender.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC));
		assertThat(senders.list(10).items()).extracting(AlphaSender::sid).containsExactly("AI1");
		senders.remove("AI1");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests.get(0).path()).isEqualTo("/v1/Services/" + SERVICE + "/AlphaSenders");
		assertThat(requests.get(0).bodyAsString()).isEqualTo("AlphaSender=Twilio");
		assertThat(requests.get(1).method()).isEqualTo("GET");
		assertThat(requests.get(1).rawQuery()).isEqualTo("PageSize=10");
		assertThat(requests.get(2).method()).isEqualTo("DELETE");
		assertThat(requests.get(2).path()).isEqualTo("/v1/Services/" + SERVICE + "/AlphaSenders/AI1");
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::pathTemplate)
			.containsExactly("/v1/Services/{ServiceSid}/AlphaSenders", "/v1/Services/{ServiceSid}/AlphaSenders",
					"/v1/Services/{ServiceSid}/AlphaSenders/{Sid}");
	}

	@Test
	void addsListsAndRemovesShortCodes() {
		this.server.enqueue(Response.fixture(201, "messaging/short-code.json"),
				Response.json(200, MetaPages.page("short_codes",
						"https://messaging.twilio.com/v1/Services/" + SERVICE + "/ShortCodes", null,
						List.of("{\"sid\":\"SC1\",\"short_code\":\"12345\"}"))),
				Response.empty(204));
		ServiceShortCodeResource shortCodes = this.client.messaging().shortCodes(SERVICE);
		ServiceShortCode shortCode = shortCodes.add("SCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(shortCode.sid()).isEqualTo("SCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(shortCode.shortCode()).isEqualTo("12345");
		assertThat(shortCode.capabilities()).containsExactly("SMS");
		assertThat(shortCode.countryCode()).isEqualTo("US");
		assertThat(shortCodes.list().items()).extracting(ServiceShortCode::shortCode).containsExactly("12345");
		shortCodes.remove("SC1");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests.get(0).bodyAsString()).isEqualTo("ShortCodeSid=SCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(requests.get(0).path()).isEqualTo("/v1/Services/" + SERVICE + "/ShortCodes");
		assertThat(requests.get(2).path()).isEqualTo("/v1/Services/" + SERVICE + "/ShortCodes/SC1");
	}

	@Test
	void rejectsMissingServiceAndSenderValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.messaging().phoneNumbers(""))
			.withMessage("Messaging service SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.messaging().alphaSenders(SERVICE).add(" "))
			.withMessage("AlphaSender must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	// twilio_messaging_v1.json CreateAlphaSender: AlphaSender "Can be up to 11 characters
	// long. Valid characters are A-Z, a-z, 0-9, space, hyphen -, plus +, underscore _ and
	// ampersand &. This value cannot contain only numbers."
	@Test
	void refusesAlphaSendersTwilioDoesNotTake() {
		AlphaSenderResource senders = this.client.messaging().alphaSenders(SERVICE);
		assertThatIllegalArgumentException().isThrownBy(() -> senders.add("MyCompanyName"))
			.withMessage("AlphaSender 'MyCompanyName' has 13 characters; Twilio takes up to 11");
		assertThatIllegalArgumentException().isThrownBy(() -> senders.add("Shop.com"))
			.withMessage("AlphaSender 'Shop.com' has '.', which Twilio does not take: use A-Z, a-z, 0-9, space, "
					+ "'-', '+', '_' and '&'");
		assertThatIllegalArgumentException().isThrownBy(() -> senders.add("Caf\u00e9"))
			.withMessageStartingWith("AlphaSender 'Caf\u00e9' has '\u00e9', which Twilio does not take");
		assertThatIllegalArgumentException().isThrownBy(() -> senders.add("Shop\uD83D\uDED2"))
			.withMessageStartingWith("AlphaSender 'Shop\uD83D\uDED2' has '\uD83D\uDED2', which Twilio does not take");
		assertThatIllegalArgumentException().isThrownBy(() -> senders.add("12345"))
			.withMessage("AlphaSender '12345' has digits only, which Twilio does not take: add a letter");
		assertThat(this.server.requestCount()).isZero();
		this.server.enqueue(Response.fixture(201, "messaging/alpha-sender.json"));
		senders.add("A1 -+_&b 2C");
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("AlphaSender", List.of("A1 -+_&b 2C")));
	}

}
