package dev.twiliospring.sample;

import java.net.URI;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.webhook.DefaultWebhookUrlResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aot.hint.annotation.RegisterReflectionForBinding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * API that sends text messages through Twilio and reports their delivery, as told by
 * Twilio's status callbacks.
 *
 * @since 1.0.0
 */
@RestController
@RequestMapping("/api/messages")
public class MessageController {

	private static final Logger logger = LoggerFactory.getLogger(MessageController.class);

	/**
	 * The longest text Twilio sends as one message, in UTF-16 characters.
	 */
	static final int MAX_BODY_CHARACTERS = 1600;

	/**
	 * The longest value a problem detail repeats back.
	 */
	private static final int MAX_SHOWN = 32;

	private final ObjectProvider<TwilioClient> client;

	private final MessageStatusTracker tracker;

	private final SampleProperties properties;

	private final Environment environment;

	public MessageController(ObjectProvider<TwilioClient> client, MessageStatusTracker tracker,
			SampleProperties properties, Environment environment) {
		URI publicUrl = properties.getPublicUrl();
		if (publicUrl != null) {
			// Checked as the starter checks twilio.webhook.public-url: Twilio refuses every
			// message whose status callback URL has no scheme or host (error 21609)
			InvalidTwilioConfigurationException.applySetting("sample.public-url", null,
					"an absolute http or https URL without query or fragment, such as https://example.ngrok.app",
					() -> new DefaultWebhookUrlResolver(publicUrl));
		}
		this.client = client;
		this.tracker = tracker;
		this.properties = properties;
		this.environment = environment;
	}

	// Declaring what it consumes and produces has Spring refuse a request it could not
	// read or answer (415, 406) before the message is sent, not after
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<SentMessage> send(@RequestBody SendRequest request, HttpServletRequest servletRequest) {
		String to = (request.to() != null) ? request.to().trim() : "";
		String body = (request.body() != null) ? request.body() : "";
		if (!to.matches("\\+[1-9][0-9]{1,14}")) {
			throw new InvalidRequestException("'to' must be a phone number in E.164 format, such as +14155550100, "
					+ "but was " + shown(to));
		}
		if (!StringUtils.hasText(body)) {
			throw new InvalidRequestException("'body' must not be empty");
		}
		// Twilio counts UTF-16 characters, so that an emoji such as U+1F600 takes two
		int length = body.length();
		if (length > MAX_BODY_CHARACTERS) {
			// Twilio would refuse it with error 21617, after a round trip
			throw new InvalidRequestException("'body' must have at most " + MAX_BODY_CHARACTERS
					+ " characters, but has " + length);
		}
		TwilioClient twilio = this.client.getIfAvailable();
		if (twilio == null) {
			throw new TwilioNotConfiguredException();
		}
		String statusCallback = statusCallbackUrl(servletRequest);
		MessageCreateRequest.Builder create = MessageCreateRequest.builder()
			.to(to)
			.from(this.properties.getFrom())
			.body(body);
		if (statusCallback != null) {
			create.statusCallback(statusCallback);
		}
		Message message = twilio.messages().create(create.build());
		String sid = message.sid();
		if (sid == null) {
			// Twilio's API description makes every field optional; without the sid nothing can be tracked
			throw new TwilioException("Twilio answered the request to send the message without the message's sid");
		}
		String status = (message.status() != null) ? message.status().toString() : "queued";
		logger.info("Sent message {} ({}), status callbacks to {}", sid, status,
				(statusCallback != null) ? statusCallback : "nowhere (twilio.webhook.status-callback.path is blank)");
		logger.debug("Message {} went to {}", sid, to);
		this.tracker.sent(sid, to, status);
		// A path without scheme and host: the request's Host header, which may be empty or
		// anything, cannot make the answer fail once the message has been sent
		URI location = UriComponentsBuilder.fromPath(servletRequest.getContextPath())
			.path("/api/messages/{sid}")
			.buildAndExpand(sid)
			.toUri();
		return ResponseEntity.created(location).body(new SentMessage(sid, status));
	}

	@GetMapping("/{sid}")
	// The wildcard body hides the record from the hints Spring derives from handler methods
	@RegisterReflectionForBinding(MessageStatusTracker.TrackedMessage.class)
	public ResponseEntity<?> status(@PathVariable String sid) {
		return this.tracker.find(sid).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No message " + shown(sid) + " was sent by this application");
			problem.setTitle("Unknown message");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		});
	}

	/**
	 * The value as a problem detail shows it: quoted, cut short when it is long.
	 */
	private static String shown(String value) {
		if (value.length() <= MAX_SHOWN) {
			return "'" + value + "'";
		}
		// Never between the two halves of a character beyond the BMP
		int end = Character.isHighSurrogate(value.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
		return "'" + value.substring(0, end) + "...' (" + value.length() + " characters)";
	}

	/**
	 * The URL of the starter's status callback endpoint as Twilio reaches it, or
	 * {@code null} if the endpoint is switched off. A path of the public URL stands for
	 * the context path, as in the starter's signature check.
	 */
	private @Nullable String statusCallbackUrl(HttpServletRequest request) {
		String endpoint = this.environment.getProperty("twilio.webhook.status-callback.path");
		if (!StringUtils.hasText(endpoint)) {
			return null;
		}
		URI base = publicUrl();
		String basePath = (base.getRawPath() != null) ? base.getRawPath() : "";
		String prefix = basePath.isEmpty() || basePath.equals("/") ? request.getContextPath()
				: StringUtils.trimTrailingCharacter(basePath, '/');
		return UriComponentsBuilder.fromUri(base)
			.replacePath(prefix)
			.path(endpoint.trim())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
	}

	private URI publicUrl() {
		if (this.properties.getPublicUrl() != null) {
			return this.properties.getPublicUrl();
		}
		String webhookUrl = this.environment.getProperty("twilio.webhook.public-url");
		if (StringUtils.hasText(webhookUrl)) {
			return URI.create(webhookUrl.trim());
		}
		// Set by Spring Boot once the server runs, also when server.port is 0
		Integer port = this.environment.getProperty("local.server.port", Integer.class);
		return URI.create("http://localhost:" + ((port != null) ? port
				: this.environment.getProperty("server.port", Integer.class, 8080)));
	}

	/**
	 * A message to send.
	 *
	 * @param to the recipient in E.164 format
	 * @param body the text
	 */
	public record SendRequest(@Nullable String to, @Nullable String body) {

	}

	/**
	 * Thrown for a request that the API rejects.
	 */
	static class InvalidRequestException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InvalidRequestException(String message) {
			super(message);
		}

	}

	/**
	 * Thrown when no Twilio account is configured.
	 */
	static class TwilioNotConfiguredException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TwilioNotConfiguredException() {
			super("Twilio is not configured: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or run the sample "
					+ "against the local emulator");
		}

	}

	/**
	 * The answer to a send: the message's SID and its first status, in this order.
	 * @param sid the message SID
	 * @param status the status Twilio answered with
	 */
	public record SentMessage(String sid, String status) {
	}

}
