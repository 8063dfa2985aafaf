package dev.twiliospring.client.messaging;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link UsAppToPersonCreateRequest} and
 * {@link UsAppToPersonUpdateRequest}: what a US A2P campaign sends and how its users opt
 * in, which Twilio takes both when a campaign is created and when it is updated.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class UsAppToPersonSettingsBuilder<B extends UsAppToPersonSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	UsAppToPersonSettingsBuilder() {
	}

	/**
	 * Describe what the campaign sends (required).
	 * @param description between 40 and 4096 characters
	 * @return this builder
	 */
	public B description(String description) {
		return param("Description", description);
	}

	/**
	 * Describe how end users opt in to the campaign (required).
	 * @param messageFlow the opt-in flow, 40 to 2048 characters
	 * @return this builder
	 */
	public B messageFlow(String messageFlow) {
		return param("MessageFlow", messageFlow);
	}

	/**
	 * Set the sample messages of the campaign (required).
	 * @param messageSamples two to five samples of 20 to 1024 characters
	 * @return this builder
	 */
	public B messageSamples(String... messageSamples) {
		return param("MessageSamples", messageSamples);
	}

	/**
	 * Set the sample messages of the campaign (required).
	 * @param messageSamples two to five samples of 20 to 1024 characters
	 * @return this builder
	 */
	public B messageSamples(Collection<String> messageSamples) {
		return param("MessageSamples", messageSamples);
	}

	/**
	 * Set whether messages contain links (required).
	 * @param hasEmbeddedLinks whether messages contain links
	 * @return this builder
	 */
	public B hasEmbeddedLinks(boolean hasEmbeddedLinks) {
		return param("HasEmbeddedLinks", hasEmbeddedLinks);
	}

	/**
	 * Set whether messages contain phone numbers (required).
	 * @param hasEmbeddedPhone whether messages contain phone numbers
	 * @return this builder
	 */
	public B hasEmbeddedPhone(boolean hasEmbeddedPhone) {
		return param("HasEmbeddedPhone", hasEmbeddedPhone);
	}

	/**
	 * Set whether the content is age gated (required by an update).
	 * @param ageGated whether the content is age gated
	 * @return this builder
	 */
	public B ageGated(boolean ageGated) {
		return param("AgeGated", ageGated);
	}

	/**
	 * Set whether the campaign is about direct lending (required by an update).
	 * @param directLending whether it is about direct lending
	 * @return this builder
	 */
	public B directLending(boolean directLending) {
		return param("DirectLending", directLending);
	}

	/**
	 * Set the URL of the privacy policy of the campaign.
	 * @param privacyPolicyUrl the URL
	 * @return this builder
	 */
	public B privacyPolicyUrl(String privacyPolicyUrl) {
		return param("PrivacyPolicyUrl", privacyPolicyUrl);
	}

	/**
	 * Set the URL of the terms and conditions of the campaign.
	 * @param termsAndConditionsUrl the URL
	 * @return this builder
	 */
	public B termsAndConditionsUrl(String termsAndConditionsUrl) {
		return param("TermsAndConditionsUrl", termsAndConditionsUrl);
	}

	/**
	 * Set a parameter this builder has no method for.
	 * @param name the parameter name as Twilio spells it
	 * @param value the value; {@code null} removes the parameter
	 * @return this builder
	 */
	@SuppressWarnings("unchecked")
	public B param(String name, @Nullable Object value) {
		this.parameters.set(name, value);
		return (B) this;
	}

	/**
	 * Check the settings against the counts and lengths that Twilio's API description
	 * gives, so that a campaign Twilio would refuse fails here and says what to change.
	 * @param parameters the parameters of the request, with the required ones present
	 * @return the parameters
	 */
	static TwilioParameters checkSettings(TwilioParameters parameters) {
		List<String> samples = parameters.get("MessageSamples");
		if (samples.size() < 2 || samples.size() > 5) {
			throw new IllegalArgumentException("A US A2P campaign needs two to five messageSamples(...), got "
					+ samples.size());
		}
		for (int i = 0; i < samples.size(); i++) {
			checkLength("Message sample " + (i + 1), samples.get(i), 20, 1024);
		}
		checkLength("The description(...)", parameters.getFirst("Description"), 40, 4096);
		checkLength("The messageFlow(...)", parameters.getFirst("MessageFlow"), 40, 2048);
		return parameters;
	}

	private static void checkLength(String what, @Nullable String value, int min, int max) {
		int length = (value != null) ? value.codePointCount(0, value.length()) : 0;
		// Twilio's description does not say how it counts characters: an emoji is one
		// code point but two UTF-16 units, so only what is too short or too long either
		// way is refused here, leaving the rest to Twilio
		int units = (value != null) ? value.length() : 0;
		if (units < min || length > max) {
			throw new IllegalArgumentException(what + " of a US A2P campaign has " + length
					+ " characters; Twilio takes " + min + " to " + max);
		}
	}

	/**
	 * Build the request.
	 * @return the request
	 * @throws IllegalArgumentException if a required parameter is missing, or if the samples,
	 * description or message flow are not of the count and length that Twilio takes
	 */
	public abstract R build();

}
