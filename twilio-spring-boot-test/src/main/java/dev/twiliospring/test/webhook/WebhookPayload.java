package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.twiliospring.test.TwilioForms;
import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.test.TwilioTestNumbers;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Base class of the webhook payload builders. A payload knows the parameters Twilio sends
 * for its kind of webhook and fills the ones not set with plausible values, SIDs
 * included, so a test only sets what it cares about.
 * <p>
 * {@link #param(String, String...)} and {@link #remove(String)} override any parameter, to
 * test how an application copes with unusual input.
 *
 * @param <P> the concrete payload type
 * @since 1.0.0
 */
public abstract class WebhookPayload<P extends WebhookPayload<P>> {

	/** API version Twilio reports in webhooks. */
	public static final String API_VERSION = "2010-04-01";

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.US);

	private String accountSid = TwilioSids.next(TwilioSids.ACCOUNT);

	private final Map<String, @Nullable List<String>> overrides = new LinkedHashMap<>();

	WebhookPayload() {
	}

	/**
	 * Set the SID of the account the webhook is for ({@code AccountSid}).
	 * @param accountSid the account SID
	 * @return this payload
	 */
	public P accountSid(String accountSid) {
		this.accountSid = accountSid;
		return self();
	}

	/**
	 * Return the SID of the account the webhook is for.
	 * @return the account SID
	 */
	public String getAccountSid() {
		return this.accountSid;
	}

	/**
	 * Set a parameter, replacing the value the payload would send.
	 * @param name the parameter name, as Twilio spells it
	 * @param values the values; several for a repeated parameter
	 * @return this payload
	 */
	public P param(String name, String... values) {
		this.overrides.put(name, List.of(values));
		return self();
	}

	/**
	 * Leave a parameter out of the payload.
	 * @param name the parameter name
	 * @return this payload
	 */
	public P remove(String name) {
		this.overrides.put(name, null);
		return self();
	}

	/**
	 * Return the form parameters of the webhook, for
	 * {@code MockHttpServletRequestBuilder.formFields(...)} or the emulator. Each call
	 * returns a new map.
	 * @return the parameters, by name
	 * @throws IllegalStateException if a parameter was set that this webhook does not
	 * carry, such as a participant's {@code Muted} on a {@code conference-start} event
	 */
	public MultiValueMap<String, String> params() {
		Params params = new Params();
		params.put("AccountSid", this.accountSid);
		contribute(params);
		params.put("ApiVersion", API_VERSION);
		LinkedMultiValueMap<String, String> result = new LinkedMultiValueMap<>();
		params.values.forEach(result::put);
		this.overrides.forEach((name, values) -> {
			if (values == null) {
				result.remove(name);
			}
			else {
				result.put(name, new ArrayList<>(values));
			}
		});
		return result;
	}

	/**
	 * Return the value of a parameter.
	 * @param name the parameter name
	 * @return the first value, or {@code null} if the payload does not have the parameter
	 */
	public @Nullable String get(String name) {
		return params().getFirst(name);
	}

	/**
	 * Return the parameters form encoded, as Twilio sends them in the request body.
	 * @return the form encoded body
	 */
	public String formBody() {
		return TwilioForms.encode(params());
	}

	/**
	 * Return a MockMvc form POST of this payload. Add
	 * {@code .with(TwilioMockMvcRequestPostProcessors.twilioSignature())} to sign it.
	 * @param uriTemplate the URI template of the webhook, such as {@code /twilio/sms}
	 * @param uriVariables the URI variables
	 * @return the request builder
	 */
	public MockHttpServletRequestBuilder post(String uriTemplate, Object... uriVariables) {
		return MockMvcRequestBuilders.post(uriTemplate, uriVariables)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.formFields(params());
	}

	/**
	 * Return the URL of a recording's media on Twilio's API, for this payload's account.
	 * @param recordingSid the recording SID
	 * @return the URL
	 */
	String apiRecordingUrl(String recordingSid) {
		return "https://api.twilio.com/2010-04-01/Accounts/" + this.accountSid + "/Recordings/" + recordingSid;
	}

	/**
	 * Add the parameters of this kind of webhook.
	 * @param params the parameters to add to
	 */
	abstract void contribute(Params params);

	@SuppressWarnings("unchecked")
	final P self() {
		return (P) this;
	}

	static String now() {
		return RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * Write a date-time in the RFC 2822 format Twilio sends the dates of webhooks in, to
	 * the second, in its own offset.
	 */
	static String rfc2822(OffsetDateTime dateTime) {
		return RFC_2822.format(dateTime);
	}

	static void location(Params params, String prefix, @Nullable String number) {
		TwilioTestNumbers.Location location = TwilioTestNumbers.location(number);
		params.put(prefix + "Country", location.isoCountry());
		params.put(prefix + "State", location.region());
		params.put(prefix + "City", location.city());
		params.put(prefix + "Zip", location.postalCode());
	}

	@Override
	public String toString() {
		try {
			return getClass().getSimpleName() + params();
		}
		catch (IllegalStateException ex) {
			// A debugger or an assertion's message shows the payload it cannot build
			return getClass().getSimpleName() + "[" + ex.getMessage() + "]";
		}
	}

	/**
	 * Ordered parameters being collected.
	 */
	static final class Params {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		void put(String name, @Nullable Object value) {
			if (value != null) {
				this.values.put(name, new ArrayList<>(List.of(value.toString())));
			}
		}

	}

}
