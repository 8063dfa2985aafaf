package dev.twiliospring.client.verify;

import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new verification: where and how to send a one-time code.
 * <pre class="code">
 * VerificationCreateRequest request = VerificationCreateRequest.builder()
 *     .to("+15017122661")
 *     .channel(VerificationChannel.SMS)
 *     .locale("en")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see VerificationResource#create(VerificationCreateRequest)
 */
public final class VerificationCreateRequest {

	private final TwilioParameters parameters;

	private VerificationCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request that sends a code to the given recipient.
	 * @param to the phone number in E.164 format or the email address
	 * @param channel the channel
	 * @return the request
	 */
	public static VerificationCreateRequest of(String to, VerificationChannel channel) {
		return builder().to(to).channel(channel).build();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "VerificationCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link VerificationCreateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Set the phone number or email address to verify (required).
		 * @param to a phone number in E.164 format, such as {@code +15017122661}, or an email address
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Set the channel that delivers the code (required).
		 * @param channel the channel
		 * @return this builder
		 */
		public Builder channel(VerificationChannel channel) {
			this.parameters.set("Channel", channel);
			return this;
		}

		/**
		 * Replace the service name in this verification's message.
		 * @param customFriendlyName the name
		 * @return this builder
		 */
		public Builder customFriendlyName(String customFriendlyName) {
			this.parameters.set("CustomFriendlyName", customFriendlyName);
			return this;
		}

		/**
		 * Set a custom message text (deprecated by Twilio in favour of templates).
		 * @param customMessage the text
		 * @return this builder
		 */
		public Builder customMessage(String customMessage) {
			this.parameters.set("CustomMessage", customMessage);
			return this;
		}

		/**
		 * Set digits to send once a verification call is answered, such as an extension.
		 * @param sendDigits the digits, {@code w} waits half a second
		 * @return this builder
		 */
		public Builder sendDigits(String sendDigits) {
			this.parameters.set("SendDigits", sendDigits);
			return this;
		}

		/**
		 * Set the language of the message.
		 * @param locale a locale such as {@code en} or {@code pt-BR}; by default from the phone number
		 * @return this builder
		 */
		public Builder locale(String locale) {
			this.parameters.set("Locale", locale);
			return this;
		}

		/**
		 * Set the language of the message from a {@link Locale}, written as
		 * Twilio names its languages: as a language tag, such as {@code pt-BR} for
		 * {@code new Locale("pt", "BR")}, whose {@code toString()} would be {@code pt_BR}.
		 * @param locale a locale with a language, such as {@code Locale.JAPANESE}
		 * @return this builder
		 * @throws IllegalArgumentException if the locale has no language, such as
		 * {@code Locale.ROOT}
		 */
		public Builder locale(Locale locale) {
			Assert.notNull(locale, "Locale must not be null");
			if (locale.getLanguage().isEmpty()) {
				throw new IllegalArgumentException("Locale '" + locale.toLanguageTag()
						+ "' has no language: give one such as Locale.ENGLISH or Locale.forLanguageTag(\"pt-BR\")");
			}
			return locale(locale.toLanguageTag());
		}

		/**
		 * Use the given code instead of a generated one; the service must allow custom codes.
		 * @param customCode 4 to 10 characters
		 * @return this builder
		 */
		public Builder customCode(String customCode) {
			this.parameters.set("CustomCode", customCode);
			return this;
		}

		/**
		 * Set the amount of a PSD2 transaction.
		 * @param amount the amount, such as {@code €39.99}
		 * @return this builder
		 */
		public Builder amount(String amount) {
			this.parameters.set("Amount", amount);
			return this;
		}

		/**
		 * Set the payee of a PSD2 transaction.
		 * @param payee the payee
		 * @return this builder
		 */
		public Builder payee(String payee) {
			this.parameters.set("Payee", payee);
			return this;
		}

		/**
		 * Append an Android SMS retriever app hash to the message.
		 * @param appHash the app hash
		 * @return this builder
		 */
		public Builder appHash(String appHash) {
			this.parameters.set("AppHash", appHash);
			return this;
		}

		/**
		 * Use another message template than the service's default.
		 * @param templateSid the template SID ({@code HJ...})
		 * @return this builder
		 */
		public Builder templateSid(String templateSid) {
			this.parameters.set("TemplateSid", templateSid);
			return this;
		}

		/**
		 * Set the IP address of the user's device, recommended for the {@code auto} channel.
		 * @param deviceIp an IPv4 or IPv6 address
		 * @return this builder
		 */
		public Builder deviceIp(String deviceIp) {
			this.parameters.set("DeviceIp", deviceIp);
			return this;
		}

		/**
		 * Set whether a silent network authentication URL needs a client token.
		 * @param enableSnaClientToken whether to require the token
		 * @return this builder
		 */
		public Builder enableSnaClientToken(boolean enableSnaClientToken) {
			this.parameters.set("EnableSnaClientToken", enableSnaClientToken);
			return this;
		}

		/**
		 * Set whether fraud prevention checks this SMS verification.
		 * @param riskCheck whether to check, Twilio's default
		 * @return this builder
		 */
		public Builder riskCheck(boolean riskCheck) {
			this.parameters.set("RiskCheck", riskCheck ? "enable" : "disable");
			return this;
		}

		/**
		 * Set the values of programmable rate limits, by the {@code unique_name} of each
		 * rate limit of the service.
		 * @param rateLimits the values, sent as a JSON object
		 * @return this builder
		 */
		public Builder rateLimits(Map<String, ?> rateLimits) {
			this.parameters.set("RateLimits", json(rateLimits, "RateLimits"));
			return this;
		}

		/**
		 * Set the configuration of the email channel, such as {@code from},
		 * {@code from_name} and {@code substitutions}.
		 * @param channelConfiguration the configuration, sent as a JSON object
		 * @return this builder
		 */
		public Builder channelConfiguration(Map<String, ?> channelConfiguration) {
			this.parameters.set("ChannelConfiguration", json(channelConfiguration, "ChannelConfiguration"));
			return this;
		}

		/**
		 * Set the values of the template's variables.
		 * @param substitutions the values by variable name, sent as a JSON object
		 * @return this builder
		 */
		public Builder templateCustomSubstitutions(Map<String, ?> substitutions) {
			this.parameters.set("TemplateCustomSubstitutions", json(substitutions, "TemplateCustomSubstitutions"));
			return this;
		}

		/**
		 * Set tags recorded with the verification and its events.
		 * @param tags up to 10 tags, sent as a JSON object, whose keys and text values are
		 * up to 128 characters long and should not contain personal data
		 * @return this builder
		 * @throws IllegalArgumentException if there are more tags, or longer ones, than
		 * Twilio takes
		 */
		public Builder tags(Map<String, ?> tags) {
			Assert.notNull(tags, "Tags must not be null");
			if (tags.size() > 10) {
				throw new IllegalArgumentException("Tags can hold up to 10 tags, got " + tags.size());
			}
			tags.forEach((key, value) -> {
				Assert.notNull(key, "Tags must not have a null key");
				checkTagLength("key", key, key);
				if (value instanceof CharSequence text) {
					checkTagLength("value", key, text.toString());
				}
			});
			this.parameters.set("Tags", json(tags, "Tags"));
			return this;
		}

		private static void checkTagLength(String what, String key, String text) {
			int length = text.codePointCount(0, text.length());
			if (length > 128) {
				// Cut after whole code points, never half an emoji
				throw new IllegalArgumentException("The " + what + " of tag '"
						+ ((key.codePointCount(0, key.length()) > 32)
								? key.substring(0, key.offsetByCodePoints(0, 32)) + "..." : key)
						+ "' has " + length
						+ " characters; Twilio takes up to 128");
			}
		}

		/**
		 * Set a parameter this builder has no method for.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if the recipient or the channel is missing
		 */
		public VerificationCreateRequest build() {
			if (!this.parameters.contains("To") || !this.parameters.contains("Channel")) {
				throw new IllegalArgumentException(
						"A verification needs a recipient and a channel: call to(...) and channel(...)");
			}
			return new VerificationCreateRequest(this.parameters.build());
		}

		private static String json(Map<String, ?> value, String name) {
			Assert.notNull(value, () -> name + " must not be null");
			try {
				// Not a shared mapper: it would keep a serializer for each class of the
				// application it wrote, and with it the class loader of an application that
				// was restarted in the same JVM (Spring DevTools)
				return JsonMapper.builder().build().writeValueAsString(value);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(name + " cannot be written as JSON: " + ex.getOriginalMessage(), ex);
			}
		}


	}

}
