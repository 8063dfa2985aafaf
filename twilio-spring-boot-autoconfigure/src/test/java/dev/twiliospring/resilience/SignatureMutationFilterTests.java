package dev.twiliospring.resilience;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.twiliospring.resilience.SignatureMutationTests.Kind;
import dev.twiliospring.resilience.SignatureMutationTests.Mutation;
import dev.twiliospring.resilience.SignatureMutationTests.SignedRequest;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutations of {@link SignatureMutationTests}, sent as requests through the
 * {@link TwilioWebhookFilter}: the production URL resolver rebuilds the URL from scheme,
 * host, port, path and query, and the production form decoder reads the body as sent,
 * including the bytes a body mutation changed. A request that the validator alone
 * rejects must not reach the handler, and one it accepts must.
 */
class SignatureMutationFilterTests {

	private static final long SEED = 0x5EED_F17EL;

	private static final int MUTATIONS = 4_000;

	@Test
	void filterLetsThroughExactlyTheRequestsWhoseSignedDataIsUnchanged() throws Exception {
		Random random = new Random(SEED);
		Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
		List<String> wrong = new ArrayList<>();
		int rejections = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			SignedRequest original = SignedRequest.random(random);
			TwilioWebhookFilter filter = filter(original.validator());
			Exchange sent = send(filter, original);
			if (!sent.handled()) {
				wrong.add("original refused with " + sent.status() + ": " + original);
			}
			Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
			Mutation mutation = kind.apply(original, random);
			if (mutation == null) {
				i--;
				continue;
			}
			TwilioWebhookFilter checking = (mutation.validator() != null) ? filter(mutation.validator()) : filter;
			Exchange exchange = send(checking, mutation.request());
			counts.computeIfAbsent(kind, (key) -> new int[2])[mutation.changesSignedData() ? 0 : 1]++;
			if (mutation.changesSignedData()) {
				rejections++;
				if (exchange.handled() || exchange.status() < 400 || exchange.status() >= 500) {
					wrong.add(kind + " accepted or answered " + exchange.status() + ": " + original + " -> "
							+ mutation.request());
				}
			}
			else if (!exchange.handled()) {
				wrong.add(kind + " refused with " + exchange.status() + ": " + original + " -> " + mutation.request());
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(rejections).isGreaterThanOrEqualTo(3_000);
		assertThat(counts.keySet()).containsExactlyInAnyOrder(Kind.values());
	}

	private static TwilioWebhookFilter filter(TwilioSignatureValidator validator) {
		return new TwilioWebhookFilter(new TwilioWebhookRequestMatcher(List::of, List.of("/twilio/**")),
				new DefaultWebhookUrlResolver(), validator);
	}

	private static Exchange send(TwilioWebhookFilter filter, SignedRequest signed) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", signed.path());
		request.setScheme(signed.scheme());
		request.setSecure("https".equals(signed.scheme()));
		request.setServerName(signed.host());
		request.setServerPort((signed.port() != -1) ? signed.port() : signed.defaultPort());
		request.setQueryString(signed.query().isEmpty() ? null : signed.query());
		byte[] body;
		if (signed.isForm()) {
			request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
			body = (signed.body().length > 0) ? signed.body()
					: SignedRequest.encode(signed.parameters()).getBytes(StandardCharsets.US_ASCII);
		}
		else {
			request.setContentType(MediaType.APPLICATION_JSON_VALUE);
			body = signed.body();
		}
		request.setContent(body);
		request.addHeader(TwilioSignatureValidator.SIGNATURE_HEADER, signed.signature());
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean handled = new AtomicBoolean();
		filter.doFilter(request, response, (req, res) -> handled.set(true));
		return new Exchange(handled.get(), response.getStatus());
	}

	private record Exchange(boolean handled, int status) {

	}

}
