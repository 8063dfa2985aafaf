package dev.twiliospring.autoconfigure.webhook;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.SmsController;
import dev.twiliospring.autoconfigure.webhook.WebhookTestApplication.StatusEvents;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.webhook.CallStatusEvent;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import dev.twiliospring.webhook.ConferenceStatusEvent;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.RecordingStatusEvent;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.form;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.params;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.postSignedFor;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.sign;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * End-to-end tests for {@link TwilioWebhookAutoConfiguration} through MockMvc.
 */
@SpringBootTest(classes = WebhookTestApplication.class,
		properties = { "twilio.auth-token=" + AUTH_TOKEN, "twilio.webhook.additional-auth-tokens=previous-token",
				"twilio.webhook.paths=/functional/**", "twilio.webhook.status-callback.path=/twilio/status",
				"twilio.webhook.max-body-size=2KB", "twilio.webhook.deduplicate=true" })
@AutoConfigureMockMvc
class TwilioWebhookEndToEndTests {

	private static final String SMS_URL = "http://localhost/twilio/sms";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SmsController smsController;

	@Autowired
	private StatusEvents statusEvents;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@BeforeEach
	void reset() {
		this.smsController.invocations.set(0);
		this.statusEvents.received.clear();
	}

	@Test
	void answersValidWebhookWithTwimlAsApplicationXml() throws Exception {
		this.mvc.perform(signedPost(SMS_URL, "From", "+15551230000", "Body", "hello").accept(MediaType.ALL))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/xml;charset=UTF-8"))
			.andExpect(content().string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Response><Message>You said: hello #1</Message></Response>"));
	}

	@Test
	void answersWithXmlWhenNoAcceptHeaderIsSent() throws Exception {
		this.mvc.perform(signedPost(SMS_URL, "Body", "hello"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/xml;charset=UTF-8"));
	}

	@Test
	void answersTextXmlWhenOnlyThatIsAccepted() throws Exception {
		this.mvc.perform(signedPost(SMS_URL, "Body", "hello").accept(MediaType.TEXT_XML))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/xml;charset=UTF-8"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You said: hello")));
	}

	@Test
	void rejectsTamperedParameterWithoutRevealingSecrets() throws Exception {
		Map<String, List<String>> signed = params("From", "+15551230000", "Body", "hello");
		Map<String, List<String>> sent = params("From", "+15551230000", "Body", "hellO");
		MvcResult result = this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form(sent))
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(SMS_URL, signed)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.reason").value("signature-mismatch"))
			.andExpect(jsonPath("$.detail")
				.value("The X-Twilio-Signature does not match the request URL and parameters"))
			.andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContain(AUTH_TOKEN, "previous-token", sign(SMS_URL, sent), sign(SMS_URL, signed));
		assertThat(this.smsController.invocations).hasValue(0);
	}

	@Test
	void rejectsSignatureForAnotherUrl() throws Exception {
		this.mvc.perform(postSignedFor(SMS_URL, "https://localhost/twilio/sms", "Body", "hello"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("signature-mismatch"));
		this.mvc.perform(postSignedFor(SMS_URL, "http://localhost/twilio/other", "Body", "hello"))
			.andExpect(status().isForbidden());
		assertThat(this.smsController.invocations).hasValue(0);
	}

	@Test
	void rejectsMissingSignature() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("Body=hi"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("missing-signature"))
			.andExpect(jsonPath("$.instance").value("/twilio/sms"));
		assertThat(this.smsController.invocations).hasValue(0);
	}

	@Test
	void rejectsEmptySignature() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=hi")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, ""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("missing-signature"));
	}

	@Test
	void rejectsSeveralSignatureHeaders() throws Exception {
		Map<String, List<String>> params = params("Body", "hi");
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form(params))
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, sign(SMS_URL, params), "other"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("multiple-signatures"));
		assertThat(this.smsController.invocations).hasValue(0);
	}

	@Test
	void acceptsSignatureOfAdditionalAuthToken() throws Exception {
		Map<String, List<String>> params = params("Body", "rotated");
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form(params))
				.header(TwilioSignatureValidator.SIGNATURE_HEADER,
						TwilioSignatureValidator.computeSignature("previous-token", SMS_URL, params)))
			.andExpect(status().isOk());
	}

	@Test
	void leavesOtherEndpointsAlone() throws Exception {
		this.mvc
			.perform(post(URI.create("http://localhost/mixed/open")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=unsigned"))
			.andExpect(status().isOk())
			.andExpect(content().string("open:unsigned"));
	}

	@Test
	void checksHandlerMethodsAnnotatedOneByOne() throws Exception {
		this.mvc
			.perform(post(URI.create("http://localhost/mixed/hook")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=unsigned"))
			.andExpect(status().isForbidden());
		this.mvc.perform(signedPost("http://localhost/mixed/hook", "Body", "signed"))
			.andExpect(status().isOk())
			.andExpect(content().string("hook:signed"));
	}

	@Test
	void checksRequestsMatchingConfiguredPaths() throws Exception {
		this.mvc
			.perform(post(URI.create("http://localhost/functional/hook"))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=unsigned"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("missing-signature"));
		this.mvc.perform(signedPost("http://localhost/functional/hook", "Body", "signed"))
			.andExpect(status().isOk())
			.andExpect(content().string("functional:signed"));
	}

	@Test
	void refusesHandlerThatOnlyBodyParametersSelect() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/conditional", "Digits", "12"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("not-verified"));
		this.mvc.perform(signedPost("http://localhost/twilio/conditional?Digits=12", "Body", "hi"))
			.andExpect(status().isOk())
			.andExpect(content().string("digits:12"));
	}

	@Test
	void checksWebhookHandlerMappedWhileTheApplicationRuns() throws Exception {
		// The first request indexes the handler mappings
		this.mvc.perform(signedPost(SMS_URL, "Body", "hello")).andExpect(status().isOk());
		RequestMappingInfo info = RequestMappingInfo.paths("/late/hook")
			.methods(RequestMethod.POST)
			.options(this.handlerMapping.getBuilderConfiguration())
			.build();
		Method handler = ReflectionUtils.findMethod(LateHook.class, "hook", String.class);
		assertThat(handler).isNotNull();
		this.handlerMapping.registerMapping(info, new LateHook(), handler);
		try {
			// Unknown to the index: refused by the handler interceptor, never run unchecked
			this.mvc.perform(signedPost("http://localhost/late/hook", "Body", "signed"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("not-verified"));
			// Indexed again: checked by the filter
			this.mvc.perform(signedPost("http://localhost/late/hook", "Body", "signed"))
				.andExpect(status().isOk())
				.andExpect(content().string("late:signed"));
			this.mvc.perform(post("/late/hook").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("Body=forged"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("missing-signature"));
		}
		finally {
			this.handlerMapping.unregisterMapping(info);
		}
	}

	@Test
	void bindsTypedPayloadWithMediaAndRawParameters() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/media", "NumMedia", "2", "MediaUrl1", "https://m/1",
					"MediaContentType1", "image/png", "MediaUrl0", "https://m/0", "MediaContentType0", "image/jpeg",
					"BrandNew", "surprise", "Tag", "a", "Tag", "b"))
			.andExpect(status().isOk())
			.andExpect(content().string("2:https://m/0=image/jpeg,https://m/1=image/png|surprise|[a, b]"));
	}

	@Test
	void bindsGatherResult() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/gather", "Digits", "42#", "Confidence", "0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string("42#/0.5"));
	}

	@Test
	void bindsDialResult() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/dialed", "DialCallStatus", "busy", "DialBridged", "false",
				"CallSid", "CA1"))
			.andExpect(status().isOk())
			.andExpect(content().string("busy/false/null"));
	}

	@Test
	void bindsRecordResult() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/recorded", "RecordingSid", "RE1", "RecordingDuration",
				"9", "Digits", "hangup"))
			.andExpect(status().isOk())
			.andExpect(content().string("RE1/9/true"));
	}

	@Test
	void answersMalformedDialDurationWithBadRequest() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/dialed", "DialCallStatus", "completed",
				"DialCallDuration", "ten"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'DialCallDuration' must be an integer but was 'ten'"));
	}

	@Test
	void bindsConferenceStatusCallback() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/conference", "AccountSid", "AC1", "ConferenceSid", "CF1",
					"FriendlyName", "support", "StatusCallbackEvent", "participant-mute", "SequenceNumber", "5",
					"Timestamp", "Tue, 25 Nov 2025 14:03:09 +0000", "CallSid", "CA1", "Muted", "true", "Hold",
					"false"))
			.andExpect(status().isOk())
			.andExpect(content().string("5:participant-mute CF1 CA1 muted=true hold=false at 2025-11-25T14:03:09Z"));
	}

	@Test
	void bindsConferenceEventThisVersionDoesNotKnowAsUnknown() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/conference", "ConferenceSid", "CF1", "StatusCallbackEvent",
					"conference-teleport", "SequenceNumber", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string("0:unknown CF1 null muted=null hold=null at null"));
	}

	@Test
	void answersMalformedConferenceSequenceNumberWithBadRequest() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/conference", "ConferenceSid", "CF1", "StatusCallbackEvent",
					"participant-join", "SequenceNumber", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'SequenceNumber' must be an integer but was 'first'"));
	}

	@Test
	void answersUnparsableNumberWithBadRequest() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/media", "NumMedia", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'NumMedia' must be an integer but was 'many'"));
	}

	@Test
	void checksGetWebhookAgainstUrlWithRawQuery() throws Exception {
		String url = "http://localhost/twilio/voice?CallSid=CA1&From=%2B15551230000&CallStatus=ringing";
		this.mvc
			.perform(get(URI.create(url)).header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(AUTH_TOKEN, url)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.endsWith("<Response><Say>Call CA1 from +15551230000 is ringing</Say></Response>")));
		String decoded = "http://localhost/twilio/voice?CallSid=CA1&From=+15551230000&CallStatus=ringing";
		this.mvc
			.perform(get(URI.create(url)).header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(AUTH_TOKEN, decoded)))
			.andExpect(status().isForbidden());
	}

	@Test
	void checksJsonBodyAgainstSignedHash() throws Exception {
		byte[] body = "{\"property\": \"value\"}".getBytes(StandardCharsets.UTF_8);
		String url = TwilioSignatureValidator.withBodySha256("http://localhost/twilio/event", body);
		String signature = TwilioSignatureValidator.computeSignature(AUTH_TOKEN, url);
		this.mvc
			.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature))
			.andExpect(status().isOk())
			.andExpect(content().string("event:value"));
		this.mvc
			.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"property\": \"forged\"}")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("body-hash-mismatch"));
	}

	@Test
	void rejectsMalformedForm() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=%zz")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("malformed-body"));
	}

	@Test
	void rejectsInvalidUtf8() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=%C3%28")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("malformed-body"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("UTF-8")));
	}

	@Test
	void rejectsMalformedQueryString() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=hi")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant")
				.with((request) -> {
					request.setQueryString("a=%G1");
					return request;
				}))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("malformed-query"));
	}

	@Test
	void rejectsBodyOverLimit() throws Exception {
		this.mvc
			.perform(signedPost(SMS_URL, "Body", "x".repeat(3000)))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("body-too-large"));
		assertThat(this.smsController.invocations).hasValue(0);
	}

	@Test
	void rejectsUnsupportedContentType() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.TEXT_PLAIN)
				.content("Body=hi")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.reason").value("unsupported-content-type"));
		this.mvc
			.perform(post(URI.create(SMS_URL)).content("Body=hi")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.reason").value("missing-content-type"));
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType("application/x-www-form-urlencoded;charset=bogus")
				.content("Body=hi")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, "irrelevant"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.reason").value("unsupported-content-type"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("charset")));
	}

	@Test
	void replaysFirstResponseToRetryWithSameIdempotencyToken() throws Exception {
		String first = this.mvc
			.perform(signedPost(SMS_URL, "Body", "once").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("You said: once #1");
		this.mvc
			.perform(signedPost(SMS_URL, "Body", "once").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-1"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/xml;charset=UTF-8"))
			.andExpect(content().string(first));
		assertThat(this.smsController.invocations).hasValue(1);
		this.mvc
			.perform(signedPost(SMS_URL, "Body", "once").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-2"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You said: once #2")));
		this.mvc.perform(signedPost(SMS_URL, "Body", "once"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You said: once #3")));
	}

	@Test
	void doesNotReplayToAnotherRequestCarryingTheSameToken() throws Exception {
		this.mvc
			.perform(signedPost(SMS_URL, "Body", "first").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-3"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You said: first #1")));
		this.mvc
			.perform(
					signedPost(SMS_URL, "Body", "second").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-3"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You said: second #2")));
	}

	@Test
	void doesNotDeduplicateInvalidRequests() throws Exception {
		this.mvc
			.perform(post(URI.create(SMS_URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Body=x")
				.header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-4"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(signedPost(SMS_URL, "Body", "x").header(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok-4"))
			.andExpect(status().isOk());
		assertThat(this.smsController.invocations).hasValue(1);
	}

	@Test
	void publishesMessageStatusCallbackAsEvent() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "MessageSid", "SM1", "MessageStatus", "delivered",
					"AccountSid", "AC1"))
			.andExpect(status().isNoContent());
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(MessageStatusEvent.class, (event) -> {
				assertThat(event.callback().messageSid()).isEqualTo("SM1");
				assertThat(event.callback().messageStatus()).isEqualTo(Message.Status.DELIVERED);
			});
	}

	@Test
	void publishesOlderMessageStatusCallbackWithSmsStatusOnlyAsEvent() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "SmsSid", "SM2", "SmsStatus", "sent", "AccountSid",
					"AC1"))
			.andExpect(status().isNoContent());
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(MessageStatusEvent.class, (event) -> {
				assertThat(event.callback().messageSid()).isEqualTo("SM2");
				assertThat(event.callback().messageStatus()).isEqualTo(Message.Status.SENT);
			});
	}

	@Test
	void publishesCallStatusCallbackAsEvent() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "CallSid", "CA1", "CallStatus", "completed",
					"CallDuration", "61"))
			.andExpect(status().isNoContent());
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(CallStatusEvent.class, (event) -> {
				assertThat(event.callback().callStatus()).isEqualTo(Call.Status.COMPLETED);
				assertThat(event.callback().callDuration()).isEqualTo(61);
			});
	}

	@Test
	void publishesRecordingStatusCallbackAsEvent() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "CallSid", "CA1", "RecordingSid", "RE1",
					"RecordingStatus", "completed", "RecordingDuration", "9"))
			.andExpect(status().isNoContent());
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(RecordingStatusEvent.class, (event) -> {
				assertThat(event.callback().recordingSid()).isEqualTo("RE1");
				assertThat(event.callback().recordingStatus()).isEqualTo(Recording.Status.COMPLETED);
			});
	}

	@Test
	void checksSignatureOfStatusCallbacks() throws Exception {
		this.mvc
			.perform(post(URI.create("http://localhost/twilio/status"))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("MessageSid=SM1&MessageStatus=delivered"))
			.andExpect(status().isForbidden());
		assertThat(this.statusEvents.received).isEmpty();
	}

	@Test
	void rejectsUnrecognizedStatusCallback() throws Exception {
		this.mvc.perform(signedPost("http://localhost/twilio/status", "Something", "else"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("unrecognized-callback"));
		this.mvc.perform(signedPost("http://localhost/twilio/status", "MessageStatus", "sent", "ErrorCode", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("invalid-parameter"));
		assertThat(this.statusEvents.received).isEmpty();
	}

	@Test
	void publishesConferenceEventFromStatusCallbackEndpoint() throws Exception {
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "AccountSid", "AC1", "ConferenceSid", "CF1",
					"FriendlyName", "support", "StatusCallbackEvent", "conference-end", "SequenceNumber", "7",
					"Timestamp", "Tue, 25 Nov 2025 14:03:09 +0000", "ReasonConferenceEnded",
					"last-participant-left"))
			.andExpect(status().isNoContent());
		assertThat(this.statusEvents.received).singleElement()
			.isInstanceOfSatisfying(ConferenceStatusEvent.class, (event) -> {
				assertThat(event.callback().statusCallbackEvent())
					.isEqualTo(ConferenceStatusCallback.Event.CONFERENCE_END);
				assertThat(event.callback().reasonConferenceEnded())
					.isEqualTo(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_LEFT);
				assertThat(event.callback().sequenceNumber()).isEqualTo(7);
			});
	}

	@Test
	void refusesVideoRoomCallbackWithADetailThatNamesIt() throws Exception {
		// A room's StatusCallback pointed at the endpoint: the detail has to tell a Video
		// developer where such callbacks go
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "AccountSid", "AC1", "RoomSid", "RM1", "RoomName",
					"consult-42", "RoomStatus", "in-progress", "StatusCallbackEvent", "participant-connected",
					"ParticipantIdentity", "alice"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("unrecognized-callback"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.containsString("Video room callbacks to a @TwilioWebhook handler of their own")));
		assertThat(this.statusEvents.received).isEmpty();
	}

	@Test
	void doesNotPublishTranscriptionCallbackAsCallStatusEvent() throws Exception {
		// A transcribeCallback carries the call's standard parameters, CallStatus included
		this.mvc
			.perform(signedPost("http://localhost/twilio/status", "TranscriptionSid", "TR1", "TranscriptionText",
					"Call me back", "TranscriptionStatus", "completed", "RecordingSid", "RE1", "CallSid", "CA1",
					"AccountSid", "AC1", "CallStatus", "completed"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason").value("unrecognized-callback"));
		assertThat(this.statusEvents.received).isEmpty();
	}

	static class LateHook {

		@TwilioWebhook
		@ResponseBody
		String hook(@RequestParam("Body") String body) {
			return "late:" + body;
		}

	}

}
