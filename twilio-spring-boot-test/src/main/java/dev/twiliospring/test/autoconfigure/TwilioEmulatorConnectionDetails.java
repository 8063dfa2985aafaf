package dev.twiliospring.test.autoconfigure;

import java.net.URI;

import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.test.emulator.TwilioEmulator;

/**
 * {@link TwilioConnectionDetails} that point the application at a
 * {@link TwilioEmulator}: its account SID, auth token and base URL. Defining a bean of
 * this type replaces the {@code twilio.*} properties and {@code TWILIO_*} environment
 * variables, and makes the auto-configured {@code TwilioClient} and webhook signature
 * validation use the emulator's account.
 *
 * @since 1.0.0
 */
public class TwilioEmulatorConnectionDetails implements TwilioConnectionDetails {

	private final TwilioEmulator emulator;

	/**
	 * Create an instance.
	 * @param emulator the emulator to connect to
	 */
	public TwilioEmulatorConnectionDetails(TwilioEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getAccountSid() {
		return this.emulator.accountSid();
	}

	@Override
	public String getAuthToken() {
		return this.emulator.authToken();
	}

	@Override
	public URI getBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String toString() {
		return "TwilioEmulatorConnectionDetails[baseUrl=" + this.emulator.baseUrl() + ", accountSid="
				+ this.emulator.accountSid() + "]";
	}

}
