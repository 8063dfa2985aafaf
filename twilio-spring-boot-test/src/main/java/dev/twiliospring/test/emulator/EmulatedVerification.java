package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Verify verification the emulator holds, as it was when this snapshot was taken,
 * including what Twilio's API does not show: its code and the parameters it was started
 * with.
 *
 * @param sid SID of the verification ({@code VE} followed by 32 hex characters), which
 * {@link TwilioEmulator#expireVerification(String)} takes
 * @param serviceSid SID of the Verify service
 * @param accountSid SID of the account
 * @param to phone number or email address the code was sent to
 * @param channel channel the code was last sent with: {@code sms}, {@code call},
 * {@code email} or {@code whatsapp}
 * @param status status, such as {@code pending}, {@code approved}, {@code canceled},
 * {@code expired} or {@code max_attempts_reached}
 * @param code code the recipient got
 * @param sendAttempts number of times the code was sent
 * @param checks number of times a code was checked against it, right or wrong
 * @param dateCreated when the verification was started
 * @param dateUpdated when the verification last changed
 * @param parameters parameters of the latest API request that started the verification
 * or sent its code again, in the order they were sent, such as {@code Locale},
 * {@code CustomFriendlyName} or {@code RateLimits}
 * @since 1.0.0
 */
public record EmulatedVerification(String sid, String serviceSid, String accountSid, String to, String channel,
		String status, String code, int sendAttempts, int checks, Instant dateCreated, Instant dateUpdated,
		Map<String, List<String>> parameters) {

	/**
	 * Create an instance, copying the parameters.
	 */
	public EmulatedVerification {
		parameters = RequestParameters.copyOf(parameters);
	}

	/**
	 * Return the first value of a parameter of the latest API request that started the
	 * verification or sent its code again.
	 * @param name the parameter name, such as {@code Locale}
	 * @return the value, or {@code null} if the request did not have the parameter
	 */
	public @Nullable String parameter(String name) {
		return RequestParameters.first(this.parameters, name);
	}

}
