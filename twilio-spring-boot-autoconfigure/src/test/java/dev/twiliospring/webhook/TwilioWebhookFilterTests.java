package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookFilter}.
 */
class TwilioWebhookFilterTests {

	private static final String URL = "http://localhost/twilio/sms";

	private final TwilioWebhookRequestMatcher matcher = new TwilioWebhookRequestMatcher(List::of,
			List.of("/twilio/**"));

	@Test
	void rejectsWebhookWhenNoAuthTokenIsConfigured() throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(), null);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(signedRequest("token", "Body", "hi"), response, chain);
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("\"reason\":\"signature-not-verifiable\"");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void passesOnRequestWithBodyAndParameters() throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token"));
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.setQueryString("tenant=a");
		request.setRequestURI("/twilio/sms");
		request.removeHeader(TwilioSignatureValidator.SIGNATURE_HEADER);
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, TwilioSignatureValidator
			.computeSignature("token", URL + "?tenant=a", Map.of("Body", List.of("hi"))));
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(chain.getRequest().getParameterMap()).containsOnlyKeys("tenant", "Body");
		assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8)
			.isEqualTo("Body=hi");
		assertThat(chain.getRequest().getAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE)).isEqualTo(true);
		assertThat(chain.getRequest().getAttribute(TwilioWebhookFilter.URL_ATTRIBUTE)).isEqualTo(URL + "?tenant=a");
	}

	@Test
	void leavesRequestsThatAreNoWebhooksAlone() throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/other");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void answersRetryWithConflictWhileFirstAttemptIsRunning() throws Exception {
		WebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10) {

			@Override
			public Claim claim(String key, Duration ttl, Duration maxWait) {
				return Claim.inProgress();
			}

		};
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token"));
		filter.setDeduplicationStore(store);
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("\"reason\":\"duplicate-in-progress\"");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void releasesClaimWhenHandlerFails() throws Exception {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10);
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(),
				TwilioSignatureValidator.of("token"));
		filter.setDeduplicationStore(store);
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(503));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(store.size()).isZero();
	}

	private static MockHttpServletRequest signedRequest(String token, String name, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/sms");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent((name + "=" + value).getBytes(StandardCharsets.UTF_8));
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER,
				TwilioSignatureValidator.computeSignature(token, URL, Map.of(name, List.of(value))));
		return request;
	}

}
