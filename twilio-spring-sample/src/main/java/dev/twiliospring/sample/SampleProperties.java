package dev.twiliospring.sample;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample application.
 *
 * @since 1.0.0
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * Twilio number that sends the outbound messages, in E.164 format.
	 */
	private String from = "+15005550006";

	/**
	 * Number the voice menu forwards callers to when they press 3, in E.164 format.
	 */
	private String forwardTo = "+14155550123";

	/**
	 * Base URL at which Twilio reaches this application, for the status callbacks of
	 * outbound messages: an absolute http or https URL without query or fragment, such
	 * as https://example.ngrok.app. Defaults to twilio.webhook.public-url, then to
	 * http://localhost with the server port.
	 */
	private @Nullable URI publicUrl;

	/**
	 * Whether the message API and the actuator answer requests made on this machine
	 * only. They have no authentication; switch this off only behind a proxy that
	 * authenticates its users.
	 */
	private boolean localOnly = true;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getForwardTo() {
		return this.forwardTo;
	}

	public void setForwardTo(String forwardTo) {
		this.forwardTo = forwardTo;
	}

	public @Nullable URI getPublicUrl() {
		return this.publicUrl;
	}

	public void setPublicUrl(@Nullable URI publicUrl) {
		this.publicUrl = publicUrl;
	}

	public boolean isLocalOnly() {
		return this.localOnly;
	}

	public void setLocalOnly(boolean localOnly) {
		this.localOnly = localOnly;
	}

}
