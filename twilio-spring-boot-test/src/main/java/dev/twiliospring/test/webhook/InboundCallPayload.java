package dev.twiliospring.test.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Payload of an incoming call, as Twilio posts it to a voice webhook: status
 * {@code ringing}, direction {@code inbound}.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#inboundCall()
 */
public final class InboundCallPayload extends CallPayload<InboundCallPayload> {

	private @Nullable String stirVerstat = "TN-Validation-Passed-A";

	InboundCallPayload() {
		super("ringing", "inbound");
	}

	/**
	 * Set the SHAKEN/STIR verification status of the caller ID ({@code StirVerstat}).
	 * @param stirVerstat the verification status, or {@code null} to leave it out
	 * @return this payload
	 */
	public InboundCallPayload stirVerstat(@Nullable String stirVerstat) {
		this.stirVerstat = stirVerstat;
		return this;
	}

	@Override
	void contribute(Params params) {
		super.contribute(params);
		params.put("StirVerstat", this.stirVerstat);
	}

}
