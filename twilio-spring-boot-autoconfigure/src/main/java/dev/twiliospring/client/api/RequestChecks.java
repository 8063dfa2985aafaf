package dev.twiliospring.client.api;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.twiml.TwimlDocument;

/**
 * Checks shared by the request builders, so that a mistake fails in the builder with a
 * message that says what to fix instead of as a Twilio error after a round trip.
 */
final class RequestChecks {

	/** Longest inline TwiML that Twilio accepts in a {@code Twiml} parameter. */
	static final int MAX_TWIML_LENGTH = 4000;

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

	private RequestChecks() {
	}

	/**
	 * Check that a method is one Twilio accepts for a callback.
	 * @param method the method
	 * @param parameter the parameter name, for the message
	 * @return the method
	 */
	static HttpMethod getOrPost(HttpMethod method, String parameter) {
		Assert.notNull(method, () -> parameter + " must not be null");
		if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
			throw new IllegalArgumentException(parameter + " must be GET or POST, got " + method);
		}
		return method;
	}

	/**
	 * Check that each method parameter of an update comes with the URL it is the method
	 * of, as Twilio pairs them: {@code HoldMethod} with {@code HoldUrl},
	 * {@code AnnounceMethod} with {@code AnnounceUrl}. An update that plays or fetches
	 * something names it in the same request, so a method alone stands for a forgotten
	 * URL. Not for creating or redirecting calls: Twilio ignores a method without its
	 * URL there, as it ignores {@code Method} beside {@code Twiml} or
	 * {@code ApplicationSid}, and an application may set a callback's method on every
	 * call whether that call has the callback or not.
	 * @param parameters the parameters of an update of a conference or participant
	 * @return the parameters
	 */
	static TwilioParameters methodsWithTheirUrls(TwilioParameters parameters) {
		for (String name : parameters.asMap().keySet()) {
			if (name.endsWith("Method")) {
				String base = name.substring(0, name.length() - "Method".length());
				String url = base.endsWith("Callback") ? base : base + "Url";
				if (!parameters.contains(url)) {
					throw new IllegalArgumentException(name + " is how Twilio requests " + url + ": set "
							+ StringUtils.uncapitalize(url) + "(...) too");
				}
			}
		}
		return parameters;
	}

	/**
	 * Check that a value is given.
	 * @param <T> the type of the value
	 * @param value the value
	 * @param parameter the parameter name, for the message
	 * @return the value
	 */
	static <T> T given(T value, String parameter) {
		Assert.notNull(value, () -> parameter + " must not be null");
		return value;
	}

	/**
	 * Check inline TwiML against Twilio's length limit.
	 * @param twiml the TwiML
	 * @return the TwiML
	 */
	static String twiml(String twiml) {
		Assert.hasText(twiml, "Twiml must not be empty");
		if (twiml.length() > MAX_TWIML_LENGTH) {
			throw new IllegalArgumentException("Twiml must be at most " + MAX_TWIML_LENGTH
					+ " characters, got " + twiml.length() + "; serve it from a URL and pass url(...) instead");
		}
		return twiml;
	}

	/**
	 * Render a TwiML document and check it against Twilio's length limit.
	 * @param twiml the document
	 * @return the XML text
	 */
	static String twiml(TwimlDocument twiml) {
		Assert.notNull(twiml, "Twiml must not be null");
		return twiml(twiml.toXml());
	}

	/**
	 * Check and normalize an ISO 3166-1 alpha-2 country code.
	 * @param countryCode the country code, such as {@code US} or {@code gb}
	 * @return the upper-case country code
	 */
	static String countryCode(String countryCode) {
		Assert.notNull(countryCode, "Country code must not be null");
		if (!COUNTRY_CODE.matcher(countryCode).matches()) {
			throw new IllegalArgumentException(
					"Country code must be an ISO 3166-1 alpha-2 code such as US or GB, got '" + countryCode + "'");
		}
		return countryCode.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether a value is a SID of a kind: its two-letter prefix and 32 hexadecimal
	 * digits, as Twilio's specs give them. Read without a regular expression, whose
	 * matcher a request built on every call would allocate.
	 * @param value the value
	 * @param prefix the prefix of the kind, such as {@code "CA"} for a call
	 * @return whether the value is such a SID
	 */
	static boolean isSid(String value, String prefix) {
		if (value.length() != 34 || !value.startsWith(prefix)) {
			return false;
		}
		for (int i = 2; i < 34; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
				return false;
			}
		}
		return true;
	}

}
