package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.observation.tck.TestObservationRegistry;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the observations of {@link TwilioWebhookFilter}.
 */
class TwilioWebhookFilterObservationTests {

	private static final String TOKEN = "webhook-auth-token-0123456789";

	private static final String URL = "http://localhost/twilio/hook";

	private final TestObservationRegistry observationRegistry = TestObservationRegistry.create();

	private final TwilioWebhookFilter filter = new TwilioWebhookFilter(
			new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")), new DefaultWebhookUrlResolver(),
			TwilioSignatureValidator.of(TOKEN));

	TwilioWebhookFilterObservationTests() {
		this.filter.setObservationRegistry(this.observationRegistry);
	}

	@Test
	void observesAcceptedIncomingMessage() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(signed(params("MessageSid", "SM1", "SmsSid", "SM1", "SmsStatus", "received", "Body",
				"hi")), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasNameEqualTo("twilio.webhook.requests")
			.hasContextualNameEqualTo("twilio webhook message")
			.hasLowCardinalityKeyValue("type", "message")
			.hasLowCardinalityKeyValue("outcome", "accepted")
			.hasLowCardinalityKeyValue("reason", "none")
			.doesNotHaveError()
			.hasBeenStopped();
	}

	@Test
	void observesVoiceWebhook() throws Exception {
		this.filter.doFilter(signed(params("CallSid", "CA1", "CallStatus", "ringing", "From", "+15551230000")),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat().hasLowCardinalityKeyValue("type", "voice");
	}

	@Test
	void observesMessageStatusCallback() throws Exception {
		this.filter.doFilter(signed(params("MessageSid", "SM1", "MessageStatus", "delivered")),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("type", "status")
			.hasLowCardinalityKeyValue("outcome", "accepted");
	}

	@Test
	void observesCallProgressEventAsStatus() throws Exception {
		this.filter.doFilter(
				signed(params("CallSid", "CA1", "CallStatus", "ringing", "CallbackSource", "call-progress-events")),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat().hasLowCardinalityKeyValue("type", "status");
	}

	@Test
	void observesConferenceEventsAsStatus() throws Exception {
		this.filter.doFilter(signed(params("ConferenceSid", "CF1", "FriendlyName", "Room", "CallSid", "CA1",
				"StatusCallbackEvent", "participant-join", "SequenceNumber", "2")), new MockHttpServletResponse(),
				new MockFilterChain());
		this.filter.doFilter(signed(params("ConferenceSid", "CF1", "FriendlyName", "Room", "StatusCallbackEvent",
				"conference-end", "SequenceNumber", "3")), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.webhook.requests", 2)
			.forAllObservationsWithNameEqualTo("twilio.webhook.requests",
					(observation) -> observation.hasLowCardinalityKeyValue("type", "status"));
	}

	@Test
	void observesAsynchronousAnsweringMachineDetectionResultAsStatus() throws Exception {
		this.filter.doFilter(signed(params("AccountSid", "AC1", "CallSid", "CA1", "AnsweredBy", "machine_start",
				"MachineDetectionDuration", "2400")), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat().hasLowCardinalityKeyValue("type", "status");
	}

	@Test
	void observesOtherWebhook() throws Exception {
		this.filter.doFilter(signed(params("EventType", "onMessageAdded")), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat().hasLowCardinalityKeyValue("type", "other");
	}

	@Test
	void observesRejectedSignature() throws Exception {
		MockHttpServletRequest request = signed(params("MessageSid", "SM1", "Body", "hi"));
		request.setContent("MessageSid=SM1&Body=changed".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("type", "message")
			.hasLowCardinalityKeyValue("outcome", "rejected-signature")
			.hasLowCardinalityKeyValue("reason", "signature-mismatch");
	}

	@Test
	void observesMissingSignatureAsRejectedSignature() throws Exception {
		MockHttpServletRequest request = signed(params("CallSid", "CA1"));
		request.removeHeader(TwilioSignatureValidator.SIGNATURE_HEADER);
		this.filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "rejected-signature")
			.hasLowCardinalityKeyValue("reason", "missing-signature");
	}

	@Test
	void observesFailureOfSignatureValidatorResolverAsRejectedSignatureWithItsError() throws Exception {
		IllegalStateException failure = new IllegalStateException("tenant store is down");
		this.filter.setSignatureValidatorResolver((accountSid) -> {
			throw failure;
		});
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(signed(params("AccountSid", "AC" + "a".repeat(32), "MessageSid", "SM1", "Body", "hi")),
				response, chain);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(chain.getRequest()).isNull();
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "rejected-signature")
			.hasLowCardinalityKeyValue("reason", "signature-validator-unavailable")
			.assertThatError()
			.isSameAs(failure);
	}

	@Test
	void observesFailureOfWebhookUrlResolverAsRejectedSignatureWithItsError() throws Exception {
		IllegalStateException failure = new IllegalStateException("tenant host table is down");
		TwilioWebhookFilter filter = new TwilioWebhookFilter(
				new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")), (request) -> {
					throw failure;
				}, TwilioSignatureValidator.of(TOKEN));
		filter.setObservationRegistry(this.observationRegistry);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(signed(params("MessageSid", "SM1", "Body", "hi")), response, chain);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(chain.getRequest()).isNull();
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "rejected-signature")
			.hasLowCardinalityKeyValue("reason", "webhook-url-unavailable")
			.hasBeenStopped()
			.assertThatError()
			.isSameAs(failure);
	}

	@Test
	void observesMalformedRequestAsRejectedBadRequest() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/hook");
		request.setContentType("text/plain");
		request.setContent("hello".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(415);
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("type", "other")
			.hasLowCardinalityKeyValue("outcome", "rejected-bad-request")
			.hasLowCardinalityKeyValue("reason", "unsupported-content-type");
	}

	@Test
	void observesTooLargeRequestAsRejectedBadRequest() throws Exception {
		this.filter.setMaxBodySize(8);
		this.filter.doFilter(signed(params("MessageSid", "SM1", "Body", "far too long")),
				new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "rejected-bad-request")
			.hasLowCardinalityKeyValue("reason", "body-too-large");
	}

	@Test
	void observesReplayedRetryAsDeduplicated() throws Exception {
		this.filter.setDeduplicationStore(new InMemoryWebhookDeduplicationStore(10));
		Map<String, String> params = params("MessageSid", "SM1", "Body", "hi");
		for (int attempt = 0; attempt < 2; attempt++) {
			MockHttpServletRequest request = signed(params);
			request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "idem-1");
			this.filter.doFilter(request, new MockHttpServletResponse(),
					(req, res) -> res.getWriter().write("<Response/>"));
		}
		assertThat(this.observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.webhook.requests", 2)
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("outcome", "accepted")
				.hasLowCardinalityKeyValue("reason", "none"))
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("outcome", "deduplicated")
				.hasLowCardinalityKeyValue("reason", "replayed"));
	}

	@Test
	void recordsHandlerFailureOnAcceptedRequest() {
		assertThatExceptionOfType(ServletException.class)
			.isThrownBy(() -> this.filter.doFilter(signed(params("CallSid", "CA1")), new MockHttpServletResponse(),
					(req, res) -> {
						throw new ServletException("handler failed");
					}));
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "accepted")
			.hasError()
			.hasBeenStopped();
	}

	@Test
	void requestsThatAreNoWebhooksAreNotObserved() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("POST", "/other"), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(this.observationRegistry).doesNotHaveAnyObservation();
	}

	@Test
	void customConventionReplacesTheDefault() throws Exception {
		this.filter.setObservationConvention(new DefaultTwilioWebhookObservationConvention() {

			@Override
			public String getName() {
				return "acme.webhooks";
			}

		});
		this.filter.doFilter(signed(params("CallSid", "CA1")), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.observationRegistry).hasSingleObservationThat()
			.hasNameEqualTo("acme.webhooks")
			.hasLowCardinalityKeyValue("type", "voice");
	}

	private static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	private static MockHttpServletRequest signed(Map<String, String> params) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/hook");
		request.setContentType("application/x-www-form-urlencoded");
		String body = params.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue().replace("+", "%2B").replace(" ", "+"))
			.collect(Collectors.joining("&"));
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		Map<String, List<String>> signed = new LinkedHashMap<>();
		params.forEach((name, value) -> signed.put(name, List.of(value)));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER,
				TwilioSignatureValidator.computeSignature(TOKEN, URL, signed));
		return request;
	}

}
