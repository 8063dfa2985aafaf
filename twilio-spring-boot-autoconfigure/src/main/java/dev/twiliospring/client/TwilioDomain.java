package dev.twiliospring.client;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * Twilio product domain, the first label of a product's host such as {@code api} in
 * {@code api.twilio.com}.
 *
 * @param name the lower-case host label
 * @since 1.0.0
 */
public record TwilioDomain(String name) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

	/** Core REST API ({@code api.twilio.com}): accounts, messages, calls, phone numbers. */
	public static final TwilioDomain API = new TwilioDomain("api");

	/** Messaging API ({@code messaging.twilio.com}): messaging services and senders. */
	public static final TwilioDomain MESSAGING = new TwilioDomain("messaging");

	/** Verify API ({@code verify.twilio.com}). */
	public static final TwilioDomain VERIFY = new TwilioDomain("verify");

	/** Lookup API ({@code lookups.twilio.com}). */
	public static final TwilioDomain LOOKUPS = new TwilioDomain("lookups");

	/** Video API ({@code video.twilio.com}). */
	public static final TwilioDomain VIDEO = new TwilioDomain("video");

	/** Conversations API ({@code conversations.twilio.com}). */
	public static final TwilioDomain CONVERSATIONS = new TwilioDomain("conversations");

	/**
	 * Create a domain, checking that it is a valid host label.
	 * @param name the host label such as {@code "api"} or {@code "verify"}
	 */
	public TwilioDomain {
		Assert.notNull(name, "Domain name must not be null");
		String normalized = name.trim().toLowerCase(Locale.ROOT);
		Assert.isTrue(NAME.matcher(normalized).matches(), () -> "Twilio domain '" + normalized
				+ "' is not a valid host label; use letters, digits and hyphens, such as \"api\" or \"verify\"");
		name = normalized;
	}

	/**
	 * Return the domain with the given name.
	 * @param name the host label such as {@code "api"} or {@code "verify"}
	 * @return the domain
	 */
	public static TwilioDomain of(String name) {
		return new TwilioDomain(name);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
