package dev.twiliospring.test.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the Twilio emulator.
 *
 * @since 1.0.0
 */
@ConfigurationProperties("twilio.emulator")
public class TwilioEmulatorProperties {

	/**
	 * Whether to start a local Twilio emulator and connect the application to it
	 * instead of Twilio.
	 */
	private boolean enabled;

	/**
	 * Port of the emulator. A random free port when 0.
	 */
	private int port;

	/**
	 * Account SID of the emulated main account. Random when not set.
	 */
	private @Nullable String accountSid;

	/**
	 * Auth token of the emulated main account. Random when not set.
	 */
	private @Nullable String authToken;

	/**
	 * Time between two status changes of an emulated message or call.
	 */
	private Duration stepDelay = Duration.ofMillis(50);

	/**
	 * Whether tests reset the emulator after each test method, so that an application
	 * context cached across tests does not carry messages, calls, numbers and callbacks
	 * from one test to the next.
	 */
	private boolean resetAfterEachTest = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public @Nullable String getAccountSid() {
		return this.accountSid;
	}

	public void setAccountSid(@Nullable String accountSid) {
		this.accountSid = accountSid;
	}

	public @Nullable String getAuthToken() {
		return this.authToken;
	}

	public void setAuthToken(@Nullable String authToken) {
		this.authToken = authToken;
	}

	public Duration getStepDelay() {
		return this.stepDelay;
	}

	public void setStepDelay(Duration stepDelay) {
		this.stepDelay = stepDelay;
	}

	public boolean isResetAfterEachTest() {
		return this.resetAfterEachTest;
	}

	public void setResetAfterEachTest(boolean resetAfterEachTest) {
		this.resetAfterEachTest = resetAfterEachTest;
	}

	@Override
	public String toString() {
		return "TwilioEmulatorProperties[enabled=" + this.enabled + ", port=" + this.port + ", accountSid="
				+ this.accountSid + ", authToken=" + ((this.authToken != null) ? "******" : "null") + ", stepDelay="
				+ this.stepDelay + ", resetAfterEachTest=" + this.resetAfterEachTest + "]";
	}

}
