package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.twiliospring.test.TwilioForms;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sends webhooks and status callbacks as Twilio does: form encoded, signed with the
 * account's auth token in {@code X-Twilio-Signature}, with an
 * {@code I-Twilio-Idempotency-Token}. A {@code GET} sends the parameters in the query
 * string and signs the URL alone.
 */
final class WebhookSender {

	private static final Log logger = LogFactory.getLog(WebhookSender.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	/**
	 * One client for every emulator of the JVM: a JDK client holds a selector thread and
	 * its descriptors until it is closed, which Java 17 cannot do, or collected.
	 */
	private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookDelivery send(String method, String url, Map<String, List<String>> params, String authToken) {
		boolean get = "GET".equalsIgnoreCase(method);
		String form = TwilioForms.encode(params);
		String target = url;
		if (get && !form.isEmpty()) {
			target = url + ((url.indexOf('?') >= 0) ? "&" : "?") + form;
		}
		Instant time = Instant.now();
		try {
			// Signed as requested: characters beyond ASCII percent-encoded as UTF-8, as the
			// application reads the path and query
			String requested = URI.create(target).toASCIIString();
			String signature = get ? TwilioSignatureValidator.computeSignature(authToken, requested)
					: TwilioSignatureValidator.computeSignature(authToken, requested, params);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(requested))
				.timeout(TIMEOUT)
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
				.header("I-Twilio-Idempotency-Token", UUID.randomUUID().toString())
				.header("User-Agent", "TwilioProxy/1.1")
				.header("Accept", "*/*");
			if (get) {
				request.GET();
			}
			else {
				request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
					.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
			}
			HttpResponse<String> response = HTTP_CLIENT.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (logger.isDebugEnabled()) {
				logger.debug("Twilio emulator " + method.toUpperCase(Locale.ROOT) + " " + target + " answered "
						+ response.statusCode());
			}
			return new WebhookDelivery(method.toUpperCase(Locale.ROOT), target, params,
					response.statusCode(), response.body(), null, time);
		}
		catch (IOException | IllegalArgumentException ex) {
			logger.warn("Twilio emulator could not reach " + target + ": " + ex);
			return new WebhookDelivery(method.toUpperCase(Locale.ROOT), target, params, 0, "",
					String.valueOf(ex), time);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new WebhookDelivery(method.toUpperCase(Locale.ROOT), target, params, 0, "",
					"interrupted", time);
		}
	}

}
