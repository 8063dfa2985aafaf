package dev.twiliospring.test.migrating;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceListRequest;
import dev.twiliospring.client.api.ConferenceParticipant;
import dev.twiliospring.client.api.ConferenceParticipantCreateRequest;
import dev.twiliospring.client.api.ConferenceParticipantResource;
import dev.twiliospring.client.api.ConferenceRecordingResource;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.token.AccessToken;
import dev.twiliospring.client.token.VoiceGrant;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationNotFoundException;
import dev.twiliospring.client.verify.VerifyServiceCreateRequest;
import dev.twiliospring.test.emulator.Fault;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.twiml.Dial;
import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.Say;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the examples of {@code docs/migrating.md}: the snippets between
 * {@code tag::} and {@code end::} comments run against the emulator, and the document
 * must show them verbatim.
 */
class MigratingGuideTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "migrating.md");

	private static final Path SOURCE = Path.of("src", "test", "java", "dev", "twiliospring", "test", "migrating",
			"MigratingGuideTests.java");

	private static final String CUSTOMER = "+15558675310";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient twilio = this.emulator.client();

	private final String from = "+15005550006";

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void sendsSmsAndMms() {
		TwilioClient twilio = this.twilio;
		String to = CUSTOMER;
		String from = this.from;
		// tag::send[]
		Message sms = twilio.messages().create(MessageCreateRequest.builder()
			.to(to).from(from).body("Your order shipped")
			.statusCallback("https://example.com/twilio/status")
			.build());
		Message mms = twilio.messages().create(MessageCreateRequest.builder()
			.to(to).from(from).body("Your label")
			.mediaUrl("https://example.com/label.png", "https://example.com/invoice.pdf")
			.build());
		String sid = sms.sid();
		// end::send[]
		assertThat(sid).startsWith("SM");
		assertThat(mms.numMedia()).isEqualTo(2);
		assertThat(this.emulator.messagesTo(to)).hasSize(2);
	}

	@Test
	void makesCallWithTwiml() {
		TwilioClient twilio = this.twilio;
		String to = CUSTOMER;
		String from = this.from;
		// tag::call[]
		Call call = twilio.calls().create(CallCreateRequest.builder()
			.to(to).from(from)
			.twiml(VoiceResponse.builder().say("Your code is 1 2 3 4").build())
			.statusCallback("https://example.com/twilio/status")
			.statusCallbackEvent(CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
			.timeout(Duration.ofSeconds(20))
			.build());
		// end::call[]
		assertThat(call.sid()).startsWith("CA");
		assertThat(this.emulator.call(call.sid())).isPresent();
	}

	@Test
	void listsMessagesWithPagingAndDateFilters() {
		for (int i = 0; i < 5; i++) {
			String sid = this.twilio.messages()
				.create(MessageCreateRequest.builder().to(CUSTOMER).from(this.from).body("m" + i).build())
				.sid();
			this.emulator.awaitMessageStatus(sid, "delivered", Duration.ofSeconds(5));
		}
		TwilioClient twilio = this.twilio;
		ZonedDateTime since = ZonedDateTime.now(ZoneOffset.UTC).minusDays(1);
		List<String> seen = new ArrayList<>();
		// tag::list[]
		MessageListRequest request = MessageListRequest.builder()
			.to("+15558675310")
			.dateSentAfter(since.toInstant())
			.dateSentBefore(LocalDate.now(ZoneOffset.UTC))
			.pageSize(2)
			.build();
		// every match, page by page, as ResourceSet did; limit(...) replaces .limit(200)
		try (Stream<Message> messages = twilio.messages().stream(request)) {
			messages.limit(200).forEach((message) -> seen.add(message.sid()));
		}
		// one page at a time, as firstPage() and nextPage(page) did
		Page<Message> page = twilio.messages().list(request);
		Optional<Page<Message>> next = twilio.messages().nextPage(page);
		// end::list[]
		assertThat(seen).hasSize(5);
		assertThat(page.items()).hasSize(2);
		assertThat(page.hasNext()).isTrue();
		assertThat(next).hasValueSatisfying((second) -> assertThat(second.items()).hasSize(2));
	}

	@Test
	void fetchesRedactsAndDeletesMessage() {
		TwilioClient twilio = this.twilio;
		String sid = twilio.messages()
			.create(MessageCreateRequest.builder().to(CUSTOMER).from(this.from).body("secret").build())
			.sid();
		this.emulator.awaitMessageStatus(sid, "delivered", Duration.ofSeconds(5));
		// tag::fetch[]
		Message message = twilio.messages().fetch(sid);
		if (message.status() == Message.Status.SCHEDULED) {
			twilio.messages().cancel(sid);          // Status=canceled
		}
		twilio.messages().redact(sid);              // Body=""
		twilio.messages().delete(sid);
		// end::fetch[]
		assertThat(message.status()).isEqualTo(Message.Status.DELIVERED);
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> twilio.messages().fetch(sid))
			.satisfies((ex) -> assertThat(ex.hasCode(TwilioErrorCodes.NOT_FOUND)).isTrue());
	}

	@Test
	void sendsAndChecksVerificationCode() {
		TwilioClient twilio = this.twilio;
		String serviceSid = twilio.verify()
			.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").build())
			.sid();
		String to = CUSTOMER;
		twilio.verify().start(serviceSid, to, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(to).orElseThrow();
		boolean approved;
		// tag::verify[]
		twilio.verify().start(serviceSid, to, VerificationChannel.SMS);
		try {
			approved = twilio.verify().check(serviceSid, to, code).isApproved();
		}
		catch (VerificationNotFoundException ex) {
			// expired, approved already or too many attempts: the SDK's ApiException 20404
			approved = false;
		}
		// end::verify[]
		assertThat(approved).isTrue();
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> twilio.verify().check(serviceSid, to, code));
	}

	@Test
	void mapsTwilioErrorCodes() {
		assertThat(send("+15005550001")).isEqualTo("invalid number");
		assertThat(send("+15005550004")).isEqualTo("unsubscribed");
		this.emulator.failNext(Fault.tooManyRequests().retryAfter(Duration.ofSeconds(7)));
		assertThat(send(CUSTOMER)).isEqualTo("retry after PT7S");
	}

	private String send(String to) {
		TwilioClient twilio = this.twilio;
		MessageCreateRequest request = MessageCreateRequest.builder().to(to).from(this.from).body("Hello").build();
		// tag::errors[]
		try {
			return twilio.messages().create(request).sid();
		}
		catch (TwilioApiException ex) {
			if (ex.hasCode(TwilioErrorCodes.INVALID_TO_NUMBER)) {             // 21211
				return "invalid number";
			}
			if (ex.hasCode(TwilioErrorCodes.UNSUBSCRIBED_RECIPIENT)) {        // 21610
				return "unsubscribed";
			}
			if (ex.getStatusCode() == 429) {                                  // 20429
				return "retry after " + ex.getRetryAfter();
			}
			throw ex;
		}
		catch (TwilioConnectionException ex) {                               // ApiConnectionException
			throw ex;
		}
		// end::errors[]
	}

	@Test
	void validatesSignatureOutsideTheFilter() {
		String authToken = "12345";
		String url = "https://example.com/twilio/sms";
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("From", CUSTOMER);
		form.add("Body", "HELP");
		String signature = TwilioSignatureValidator.computeSignature(authToken, url, form);
		Map<String, String> params = form.toSingleValueMap();
		// tag::validator[]
		TwilioSignatureValidator validator = TwilioSignatureValidator.of(authToken);
		// RequestValidator took a Map<String, String>; Twilio signs repeated names too
		MultiValueMap<String, String> parameters = MultiValueMap.fromSingleValue(params);
		boolean valid = validator.validate(url, parameters, signature).isValid();
		// end::validator[]
		assertThat(valid).isTrue();
		assertThat(validator.validate(url, MultiValueMap.fromSingleValue(Map.of("Body", "HELP")), signature).isValid())
			.isFalse();
	}

	@Test
	void buildsTwiml() {
		// tag::twiml[]
		VoiceResponse voice = VoiceResponse.builder()
			.say(Say.text("Welcome").voice("Polly.Joanna"))
			.gather(Gather.builder().input(Gather.Input.DTMF).numDigits(1).action("/twilio/menu")
				.say("Press 1 for sales"))
			.dial(Dial.of("+15558675310"))
			.build();
		MessagingResponse sms = MessagingResponse.builder()
			.message(dev.twiliospring.twiml.Message.builder().body("Thanks!").media("https://example.com/a.png"))
			.build();
		String xml = voice.toXml();
		// end::twiml[]
		assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
				+ "<Say voice=\"Polly.Joanna\">Welcome</Say>"
				+ "<Gather action=\"/twilio/menu\" input=\"dtmf\" numDigits=\"1\"><Say>Press 1 for sales</Say></Gather>"
				+ "<Dial>+15558675310</Dial></Response>");
		assertThat(sms.toXml()).endsWith(
				"<Response><Message><Body>Thanks!</Body><Media>https://example.com/a.png</Media></Message></Response>");
	}

	@Test
	void createsSubaccountAndUsesItsCredentials() {
		TwilioClient twilio = this.twilio;
		String to = CUSTOMER;
		String from = this.from;
		// tag::subaccount[]
		Account sub = twilio.accounts().create(AccountCreateRequest.builder().friendlyName("tenant-42").build());
		// new TwilioRestClient.Builder(sub.getSid(), sub.getAuthToken()).build()
		TwilioClient tenant = twilio.withAuthToken(sub.sid(), sub.authToken());
		tenant.messages().create(MessageCreateRequest.builder().to(to).from(from).body("Hi").build());
		// Message.creator(sub.getSid(), ...) with the parent's credentials
		twilio.forAccount(sub.sid()).messages().list();
		twilio.accounts().suspend(sub.sid());
		// end::subaccount[]
		assertThat(tenant.accountSid()).isEqualTo(sub.sid());
		assertThat(this.emulator.messagesTo(to)).singleElement()
			.satisfies((message) -> assertThat(message.accountSid()).isEqualTo(sub.sid()));
		assertThat(twilio.accounts().fetch(sub.sid()).status()).isEqualTo(Account.Status.SUSPENDED);
	}

	@Test
	void addsConferenceParticipantsAndPausesTheConferenceRecording() {
		TwilioClient twilio = this.twilio;
		String from = this.from;
		Call customer = twilio.calls().create(CallCreateRequest.builder()
			.to(CUSTOMER).from(from)
			.twiml("<Response><Dial><Conference record=\"record-from-start\">support-42</Conference></Dial></Response>")
			.build());
		this.emulator.awaitParticipantStatus(customer.sid(), "connected", Duration.ofSeconds(5));
		String agentNumber = "+15558675311";
		// tag::conference[]
		// Conference.reader().setFriendlyName("support-42").setStatus(Conference.Status.IN_PROGRESS)
		Conference conference = twilio.conferences().list(ConferenceListRequest.builder()
			.friendlyName("support-42").status(Conference.Status.IN_PROGRESS).build()).items().get(0);
		// Participant.creator(conferenceSid, new PhoneNumber(from), new PhoneNumber(agentNumber))
		ConferenceParticipantResource participants = twilio.conferences().participants(conference.sid());
		ConferenceParticipant agent = participants.create(ConferenceParticipantCreateRequest.builder()
			.from(from).to(agentNumber).label("agent").build());
		participants.mute(customer.sid());                   // Participant.updater(...).setMuted(true)
		participants.hold(customer.sid());                   // setHold(true)
		participants.delete("agent");                        // Participant.deleter(...), by label or call SID
		// conference.Recording.updater(conferenceSid, "Twilio.CURRENT", Recording.Status.PAUSED)
		ConferenceRecordingResource recordings = twilio.conferences().recordings(conference.sid());
		Recording paused = recordings.pause(ConferenceRecordingResource.CURRENT);
		recordings.resume(paused.sid());
		twilio.conferences().end(conference.sid());         // Conference.updater(...).setStatus(COMPLETED)
		// end::conference[]
		assertThat(agent.callSid()).startsWith("CA");
		assertThat(paused.status()).isEqualTo(Recording.Status.PAUSED);
		assertThat(recordings.fetch(paused.sid()).status()).isEqualTo(Recording.Status.COMPLETED);
		assertThat(twilio.conferences().fetch(conference.sid()).status()).isEqualTo(Conference.Status.COMPLETED);
	}

	@Test
	void signsAccessTokenWithVoiceGrant() {
		String accountSid = "AC" + "a".repeat(32);
		String apiKeySid = "SK" + "b".repeat(32);
		String apiKeySecret = "s".repeat(32);
		// tag::token[]
		String jwt = AccessToken.builder(accountSid, apiKeySid, apiKeySecret)
			.identity("alice")
			.ttl(Duration.ofHours(1))
			.grant(VoiceGrant.builder()
				.outgoingApplicationSid("AP0123456789abcdef0123456789abcdef")
				.outgoingApplicationParams(Map.of("tenant", "42"))
				.incomingAllow(true)
				.build())
			.build()
			.toJwt();
		// end::token[]
		String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
				StandardCharsets.UTF_8);
		assertThat(payload).contains("\"identity\":\"alice\"", "\"incoming\":{\"allow\":true}",
				"\"application_sid\":\"AP0123456789abcdef0123456789abcdef\"", "\"params\":{\"tenant\":\"42\"}");
	}

	@Test
	void documentShowsTheTestedSnippetsVerbatim() throws IOException {
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		Map<String, String> snippets = snippets(Files.readString(SOURCE, StandardCharsets.UTF_8));
		assertThat(snippets).containsOnlyKeys("send", "call", "list", "fetch", "verify", "errors", "validator",
				"twiml", "subaccount", "conference", "token", "webhook");
		snippets.forEach((name, snippet) -> assertThat(document).as("snippet '%s' in %s", name, DOCUMENT)
			.contains(snippet));
	}

	private static Map<String, String> snippets(String source) {
		Map<String, String> snippets = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile("(?s)// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]").matcher(source);
		while (matcher.find()) {
			snippets.put(matcher.group(1), outdent(matcher.group(2)));
		}
		return snippets;
	}

	private static String outdent(String snippet) {
		List<String> lines = List.of(snippet.split("\n", -1));
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return String.join("\n", lines.stream().map((line) -> line.isBlank() ? "" : line.substring(indent)).toList());
	}

}

// tag::webhook[]
@RestController
@TwilioWebhook          // replaces the servlet filter that called RequestValidator
class SmsController {

	@PostMapping("/twilio/sms")
	MessagingResponse reply(InboundMessage sms, HttpServletRequest request) {
		// request.getParameter("Body") still works; the record has every parameter
		return MessagingResponse.builder().message("You sent " + sms.numMedia() + " files").build();
	}

}
// end::webhook[]
