package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.twiliospring.test.TwilioForms;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends webhooks and status callbacks as Twilio does: form encoded, signed with the
 * account's auth token in {@code X-Twilio-Signature}, with an
 * {@code I-Twilio-Idempotency-Token}. A {@code GET} sends the parameters in the query
 * string and signs the URL alone.
 */
final class WebhookSender {

	private static final Log logger = LogFactory.getLog(WebhookSender.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Pattern XML_DECLARATION_ENCODING = Pattern
		.compile("<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

	/** Bytes at the start of a response in which an XML declaration is looked for. */
	private static final int DECLARATION_LENGTH = 256;

	/**
	 * One client for every emulator of the JVM: a JDK client holds a selector thread and
	 * its descriptors until it is closed, which Java 17 cannot do, or collected.
	 */
	private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Clock clock;

	WebhookSender(Clock clock) {
		this.clock = clock;
	}

	WebhookDelivery send(String method, String url, Map<String, List<String>> params, String authToken) {
		boolean get = "GET".equalsIgnoreCase(method);
		String form = TwilioForms.encode(params);
		String target = url;
		if (get && !form.isEmpty()) {
			target = url + ((url.indexOf('?') >= 0) ? "&" : "?") + form;
		}
		Instant time = this.clock.instant();
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
			HttpResponse<byte[]> response = HTTP_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String body = decode(response.body(), response.headers().firstValue("Content-Type").orElse(null));
			if (logger.isDebugEnabled()) {
				logger.debug("Twilio emulator " + method.toUpperCase(Locale.ROOT) + " " + target + " answered "
						+ response.statusCode());
			}
			return new WebhookDelivery(method.toUpperCase(Locale.ROOT), target, params,
					response.statusCode(), body, null, time);
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

	/**
	 * Decode the body of the application's response as an XML parser reads TwiML: in
	 * the charset of its content type, else in the encoding its byte order mark or XML
	 * declaration names, else as UTF-8. A byte order mark is not part of the text.
	 */
	static String decode(byte[] body, @Nullable String contentType) {
		Charset charset = contentTypeCharset(contentType);
		boolean utf8Mark = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
				&& (body[2] & 0xFF) == 0xBF;
		if (charset == null) {
			boolean utf16Mark = body.length >= 2 && (((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF)
					|| ((body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE));
			// Java's UTF-16 reads the byte order from the mark and drops it
			charset = utf8Mark ? StandardCharsets.UTF_8 : utf16Mark ? StandardCharsets.UTF_16 : declaredEncoding(body);
		}
		int start = (utf8Mark && charset.equals(StandardCharsets.UTF_8)) ? 3 : 0;
		return new String(body, start, body.length - start, charset);
	}

	private static @Nullable Charset contentTypeCharset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			MimeType mimeType = MimeTypeUtils.parseMimeType(contentType);
			return mimeType.getCharset();
		}
		catch (InvalidMimeTypeException ex) {
			return null;
		}
	}

	private static Charset declaredEncoding(byte[] body) {
		// The declaration is ASCII in every encoding it can name without a byte order mark
		String head = new String(body, 0, Math.min(body.length, DECLARATION_LENGTH), StandardCharsets.ISO_8859_1);
		Matcher matcher = XML_DECLARATION_ENCODING.matcher(head);
		if (matcher.lookingAt()) {
			try {
				return Charset.forName(matcher.group(1));
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
				// An XML parser cannot read it either; the TwiML is then reported invalid
			}
		}
		return StandardCharsets.UTF_8;
	}

}
