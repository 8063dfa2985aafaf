package dev.twiliospring.webhook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioWebhookFilter}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookFilterTests {

	private static final String URL = "http://localhost/twilio/sms";

	private final TwilioWebhookRequestMatcher matcher = new TwilioWebhookRequestMatcher(List::of,
			List.of("/twilio/**"));

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	@AfterEach
	void resetLogLevel() {
		this.loggingSystem.setLogLevel(TwilioWebhookFilter.class.getName(), null);
	}

	@Test
	void refusesABodySizeLimitThatAdmitsNoBody() {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(), null);
		assertThatIllegalArgumentException().isThrownBy(() -> filter.setMaxBodySize(0))
			.withMessage("the size must be greater than zero but was 0B");
		assertThatIllegalArgumentException().isThrownBy(() -> filter.setMaxBodySize(-1));
		filter.setMaxBodySize(1);
		assertThat(filter.toString()).contains("maxBodySize=1");
	}

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
	void answersWebhookWhoseUrlResolverFailsWithServiceUnavailableAndLogsTheFailure(CapturedOutput output)
			throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, (request) -> {
			throw new IllegalStateException("tenant host table is down");
		}, TwilioSignatureValidator.of("token"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(signedRequest("token", "Body", "hi"), response, chain);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"reason\":\"webhook-url-unavailable\"")
			.contains("could not be resolved; the request can be retried")
			.doesNotContain("tenant host table is down")
			.doesNotContain("IllegalStateException");
		assertThat(chain.getRequest()).isNull();
		assertThat(output).contains("ERROR")
			.contains("Rejected Twilio webhook POST /twilio/sms")
			.contains("The WebhookUrlResolver failed")
			.contains("java.lang.IllegalStateException: tenant host table is down");
	}

	/**
	 * A resolver written in Kotlin, or one that rethrows sneakily, can throw a checked
	 * exception, which is the server's failure all the same.
	 */
	@Test
	void answersWebhookWhoseUrlResolverThrowsCheckedExceptionWithServiceUnavailable(CapturedOutput output)
			throws Exception {
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher,
				(request) -> TwilioWebhookFilterTests.<RuntimeException>sneakyThrow(
						new java.io.IOException("tenant host table is unreachable")),
				TwilioSignatureValidator.of("token"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(signedRequest("token", "Body", "hi"), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("\"reason\":\"webhook-url-unavailable\"")
			.doesNotContain("unreachable");
		assertThat(output).contains("java.io.IOException: tenant host table is unreachable");
	}

	@SuppressWarnings("unchecked")
	private static <E extends Exception> String sneakyThrow(Exception ex) throws E {
		throw (E) ex;
	}

	@Test
	void answersWebhookWhoseUrlResolverReturnsNullWithServiceUnavailable(CapturedOutput output) throws Exception {
		WebhookUrlResolver resolver = (request) -> null;
		TwilioWebhookFilter filter = new TwilioWebhookFilter(this.matcher, resolver,
				TwilioSignatureValidator.of("token"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(signedRequest("token", "Body", "hi"), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("\"reason\":\"webhook-url-unavailable\"");
		assertThat(output).contains("returned null");
	}

	@Test
	void passesOnRequestWithBodyAndParameters() throws Exception {
		TwilioWebhookFilter filter = filter();
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
		TwilioWebhookFilter filter = filter();
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
		TwilioWebhookFilter filter = filter();
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
	void replaysTheHeadersOfTheRecordedResponse() throws Exception {
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(new InMemoryWebhookDeduplicationStore(10));
		AtomicInteger invocations = new AtomicInteger();
		FilterChain handler = (req, res) -> {
			HttpServletResponse response = (HttpServletResponse) res;
			response.addHeader("Set-Cookie", "conversation=" + invocations.incrementAndGet());
			response.addHeader("X-Trace", "a");
			response.addHeader("X-Trace", "b");
			response.setContentType("application/xml");
			response.getWriter().write("<Response/>");
		};
		MockHttpServletResponse first = new MockHttpServletResponse();
		filter.doFilter(retry("tok"), first, handler);
		MockHttpServletResponse replayed = new MockHttpServletResponse();
		filter.doFilter(retry("tok"), replayed, handler);
		assertThat(invocations).hasValue(1);
		assertThat(replayed.getHeaders("Set-Cookie")).containsExactly("conversation=1");
		assertThat(replayed.getHeaders("X-Trace")).containsExactly("a", "b");
		// The writer labels the charset it encodes with, as a container's writer does
		assertThat(replayed.getContentType()).isEqualTo("application/xml;charset=ISO-8859-1")
			.isEqualTo(first.getContentType());
		assertThat(replayed.getContentAsString()).isEqualTo("<Response/>");
	}

	@Test
	void releasesClaimWhenHandlerFails() throws Exception {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10);
		TwilioWebhookFilter filter = filter();
		filter.setDeduplicationStore(store);
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, "tok");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(503));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(store.size()).isZero();
	}

	@Test
	void checksTheBodyHashOfASignedUrlWhateverTheContentType() throws Exception {
		TwilioWebhookFilter filter = filter();
		byte[] json = "{\"amount\":100}".getBytes(StandardCharsets.UTF_8);
		String signedUrl = TwilioSignatureValidator.withBodySha256("http://localhost/twilio/event", json);
		String signature = TwilioSignatureValidator.computeSignature("token", signedUrl);
		// A captured JSON webhook replayed without its body, or with a form body instead
		for (String contentType : new String[] { null, "application/x-www-form-urlencoded" }) {
			for (String body : (contentType != null) ? new String[] { "", "&", "amount=1" } : new String[] { "" }) {
				MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/event");
				request.setQueryString(signedUrl.substring(signedUrl.indexOf('?') + 1));
				request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, signature);
				if (contentType != null) {
					request.setContentType(contentType);
				}
				request.setContent(body.getBytes(StandardCharsets.UTF_8));
				MockHttpServletResponse response = new MockHttpServletResponse();
				MockFilterChain chain = new MockFilterChain();
				filter.doFilter(request, response, chain);
				assertThat(response.getStatus()).as("%s %s", contentType, body).isEqualTo(403);
				assertThat(response.getContentAsString()).contains("\"reason\":\"body-hash-mismatch\"");
				assertThat(chain.getRequest()).isNull();
			}
		}
	}

	@Test
	void rejectsABodyOnAGetWebhook() throws Exception {
		TwilioWebhookFilter filter = filter();
		MockHttpServletRequest request = signedGet();
		request.setContent("{\"CallSid\":\"CA-forged\"}".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"reason\":\"unexpected-body\"");
		assertThat(chain.getRequest()).isNull();
		// Without a body the same signed request passes
		request.setContent(null);
		MockFilterChain next = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), next);
		assertThat(next.getRequest()).isNotNull();
	}

	@Test
	void rejectsABodyOnAGetWebhookThatNoHeaderAnnounces() throws Exception {
		TwilioWebhookFilter filter = filter();
		MockHttpServletRequest request = signedGet();
		request.setContent("CallSid=CA-forged".getBytes(StandardCharsets.UTF_8));
		request.setProtocol("HTTP/2.0");
		// As an HTTP/2 request's body comes in DATA frames, without Content-Length
		HttpServletRequest unannounced = new HttpServletRequestWrapper(request) {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(unannounced, response, chain);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"reason\":\"unexpected-body\"");
		assertThat(chain.getRequest()).isNull();
	}

	/**
	 * Over HTTP/1.1 the filter does not read a GET webhook's body; over HTTP/2 it checks
	 * that there is none. Either way the handler still gets the reader.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "HTTP/1.1", "HTTP/2.0" })
	void leavesTheReaderOfAGetWebhookToTheHandler(String protocol) throws Exception {
		TwilioWebhookFilter filter = filter();
		MockHttpServletRequest request = signedGet();
		request.setProtocol(protocol);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(chain.getRequest().getReader().read()).isEqualTo(-1);
	}

	@Test
	void passesGetWebhookOnWhoseReaderAnEarlierFilterTook() throws Exception {
		TwilioWebhookFilter filter = filter();
		MockHttpServletRequest request = signedGet();
		request.setProtocol("HTTP/2.0");
		request.getReader();
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void refusesMethodsTwilioNeverCallsAWebhookWith() throws Exception {
		TwilioWebhookFilter filter = filter();
		for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS")) {
			MockHttpServletRequest request = signedRequest("token", "Body", "hi");
			request.setMethod(method);
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			filter.doFilter(request, response, chain);
			assertThat(response.getStatus()).as(method).isEqualTo(405);
			assertThat(response.getHeader("Allow")).isEqualTo("GET, POST");
			assertThat(response.getContentAsString()).contains("\"reason\":\"method-not-allowed\"")
				.contains("Method " + method + " is not supported by this Twilio webhook; Twilio calls it with GET or POST");
			assertThat(chain.getRequest()).isNull();
		}
	}

	@Test
	void rejectionLogOfAGetWebhookShowsNoParameterValues(CapturedOutput output) throws Exception {
		TwilioWebhookFilter filter = filter();
		// Twilio sends the parameters of a GET webhook, sender and text included, in the URL
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/twilio/sms");
		request.setQueryString("From=%2B15558675310&Body=Meet+me+at+noon");
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, "Zm9yZ2Vk");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(output.getAll()).contains("Rejected Twilio webhook GET " + URL + "?From=")
			.contains("Body=")
			.doesNotContain("15558675310")
			.doesNotContain("noon");
	}

	@Test
	void rejectionLogNamesTheClientAProxyForwardedFor(CapturedOutput output) throws Exception {
		MockHttpServletRequest forged = signedRequest("forged", "Body", "hi");
		forged.setRemoteAddr("10.0.0.2");
		forged.addHeader("X-Forwarded-For", "203.0.113.7");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(new HttpServlet() {
		}, new ForwardedHeaderFilter(), filter()).doFilter(forged, response);
		assertThat(response.getStatus()).isEqualTo(403);
		MockHttpServletRequest put = new MockHttpServletRequest("PUT", "/twilio/sms");
		put.setRemoteAddr("198.51.100.4");
		filter().doFilter(put, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(output.getAll().lines().filter((line) -> line.contains("Rejected Twilio webhook")))
			.satisfiesExactly(
					(line) -> assertThat(line).contains("POST " + URL + " from 203.0.113.7 with 403")
						.doesNotContain("10.0.0.2"),
					(line) -> assertThat(line).contains("PUT /twilio/sms from 198.51.100.4 with 405"));
	}

	@Test
	void warnsOfTheFirstRejectionAndLogsTheFollowingOnesAtDebug(CapturedOutput output) throws Exception {
		this.loggingSystem.setLogLevel(TwilioWebhookFilter.class.getName(), LogLevel.INFO);
		TwilioWebhookFilter filter = filter();
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(signedRequest("forged", "Body", "hi"), response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(403);
		}
		MockHttpServletRequest put = new MockHttpServletRequest("PUT", "/twilio/sms");
		filter.doFilter(put, new MockHttpServletResponse(), new MockFilterChain());
		List<String> warnings = output.getAll().lines().filter((line) -> line.contains("Rejected Twilio")).toList();
		assertThat(warnings).singleElement()
			.asString()
			.contains("WARN")
			.contains("with 403")
			.contains("logged at DEBUG");
		this.loggingSystem.setLogLevel(TwilioWebhookFilter.class.getName(), LogLevel.DEBUG);
		filter.doFilter(signedRequest("forged", "Body", "hi"), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(output.getAll().lines().filter((line) -> line.contains("Rejected Twilio"))).hasSize(2)
			.last()
			.asString()
			.contains("DEBUG");
	}

	@Test
	void rejectsBodyThatEndsBeforeItsContentLengthEvenWhenWhatArrivedIsSigned() throws Exception {
		// A container that ends the stream early instead of failing the read: the 7 bytes
		// that arrived carry a valid signature, but they are not the body that was sent
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter().doFilter(endingEarly(signedRequest("token", "Body", "hi"), 100), response, chain);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"reason\":\"unreadable-body\"")
			.contains("The request body ended after 7 of the 100 bytes its Content-Length announced");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void rejectsBodyThatNeverArrivedAsTheClientsErrorRatherThanAsAConsumedBody() throws Exception {
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.setContent(new byte[0]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter().doFilter(endingEarly(request, 100), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"reason\":\"unreadable-body\"")
			.contains("ended after 0 of the 100 bytes");
	}

	@Test
	void reportsBodyReadBeforeTheFilterAsTheApplicationsMistake() throws Exception {
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.getInputStream().readAllBytes();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter().doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("\"reason\":\"body-consumed\"");
	}

	private TwilioWebhookFilter filter() {
		return new TwilioWebhookFilter(this.matcher, new DefaultWebhookUrlResolver(), TwilioSignatureValidator.of("token"));
	}

	/**
	 * A request whose Content-Length announces more than its body holds, read from a
	 * stream that ends without an error and without calling itself finished.
	 */
	private static HttpServletRequest endingEarly(MockHttpServletRequest request, int contentLength) {
		ByteArrayInputStream body = new ByteArrayInputStream(request.getContentAsByteArray());
		ServletInputStream in = new ServletInputStream() {

			@Override
			public int read() {
				return body.read();
			}

			@Override
			public boolean isFinished() {
				return false;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener readListener) {
				throw new UnsupportedOperationException();
			}

		};
		return new HttpServletRequestWrapper(request) {

			@Override
			public int getContentLength() {
				return contentLength;
			}

			@Override
			public long getContentLengthLong() {
				return contentLength;
			}

			@Override
			public ServletInputStream getInputStream() {
				return in;
			}

		};
	}

	private static MockHttpServletRequest retry(String idempotencyToken) {
		MockHttpServletRequest request = signedRequest("token", "Body", "hi");
		request.addHeader(TwilioWebhookFilter.IDEMPOTENCY_TOKEN_HEADER, idempotencyToken);
		return request;
	}

	/**
	 * A voice webhook that Twilio calls with GET, signed by its URL alone.
	 */
	private static MockHttpServletRequest signedGet() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/twilio/voice");
		request.setQueryString("CallSid=CA1");
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER,
				TwilioSignatureValidator.computeSignature("token", "http://localhost/twilio/voice?CallSid=CA1"));
		return request;
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
