package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Call;

/**
 * Result of asynchronous answering machine detection, as Twilio posts it to a call's
 * {@code AsyncAmdStatusCallback} URL while the call already runs its TwiML.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param callSid SID of the call ({@code CallSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param answeredBy who or what answered, {@link Call.AnsweredBy#UNKNOWN} when Twilio
 * could not tell or sent a value this version does not know ({@code AnsweredBy})
 * @param machineDetectionDuration how long detection took, in milliseconds
 * ({@code MachineDetectionDuration})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record AsyncAmdStatusCallback(@Nullable String callSid, @Nullable String accountSid,
		Call.@Nullable AnsweredBy answeredBy, @Nullable Integer machineDetectionDuration, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public AsyncAmdStatusCallback {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read the result of asynchronous answering machine detection from webhook
	 * parameters.
	 * @param params the parameters of the request
	 * @return the result
	 * @throws InvalidWebhookPayloadException if {@code MachineDetectionDuration} is not a
	 * number
	 */
	public static AsyncAmdStatusCallback from(WebhookParameters params) {
		return new AsyncAmdStatusCallback(params.get("CallSid"), params.get("AccountSid"),
				params.getEnum("AnsweredBy", Call.AnsweredBy::from), params.getInteger("MachineDetectionDuration"),
				params);
	}

	/**
	 * Return whether an answering machine answered: {@code AnsweredBy} is one of the
	 * {@code machine_*} results ({@link Call.AnsweredBy#isMachine()}).
	 * @return whether a machine answered
	 */
	public boolean answeredByMachine() {
		return this.answeredBy != null && this.answeredBy.isMachine();
	}

}
