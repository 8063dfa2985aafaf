package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.api.Call;

/**
 * Incoming or answered call, as Twilio posts it to a voice webhook.
 * <p>
 * Absent parameters are {@code null}. Every parameter, including ones not modelled here,
 * is available from {@link #params()}.
 *
 * @param callSid SID of the call ({@code CallSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from caller's phone number, client identifier or SIP address ({@code From})
 * @param to called phone number, client identifier or SIP address ({@code To})
 * @param callStatus status of the call ({@code CallStatus})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param direction direction of the call, such as {@link Call.Direction#INBOUND} or
 * {@link Call.Direction#OUTBOUND_API}; {@link Call.Direction#UNKNOWN} for a value this
 * version does not know ({@code Direction})
 * @param forwardedFrom number the call was forwarded from, if the carrier reports it
 * ({@code ForwardedFrom})
 * @param callerName caller ID name, if caller name lookup is enabled
 * ({@code CallerName})
 * @param parentCallSid SID of the call that created this one ({@code ParentCallSid})
 * @param callToken token for forwarding the call with the caller's identity
 * ({@code CallToken})
 * @param caller same as {@code From} ({@code Caller})
 * @param called same as {@code To} ({@code Called})
 * @param fromCity caller's city ({@code FromCity})
 * @param fromState caller's state or province ({@code FromState})
 * @param fromZip caller's postal code ({@code FromZip})
 * @param fromCountry caller's country ({@code FromCountry})
 * @param toCity called party's city ({@code ToCity})
 * @param toState called party's state or province ({@code ToState})
 * @param toZip called party's postal code ({@code ToZip})
 * @param toCountry called party's country ({@code ToCountry})
 * @param stirVerstat SHAKEN/STIR verification status of the caller ID
 * ({@code StirVerstat})
 * @param addOns results of the enabled Add-ons, as the JSON text Twilio sends
 * ({@code AddOns})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record InboundCall(@Nullable String callSid, @Nullable String accountSid, @Nullable String from,
		@Nullable String to, Call.@Nullable Status callStatus, @Nullable String apiVersion,
		Call.@Nullable Direction direction, @Nullable String forwardedFrom, @Nullable String callerName,
		@Nullable String parentCallSid, @Nullable String callToken, @Nullable String caller, @Nullable String called,
		@Nullable String fromCity, @Nullable String fromState, @Nullable String fromZip, @Nullable String fromCountry,
		@Nullable String toCity, @Nullable String toState, @Nullable String toZip, @Nullable String toCountry,
		@Nullable String stirVerstat, @Nullable String addOns, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public InboundCall {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a call from webhook parameters.
	 * @param params the parameters of the request
	 * @return the call
	 */
	public static InboundCall from(WebhookParameters params) {
		return new InboundCall(params.get("CallSid"), params.get("AccountSid"), params.get("From"), params.get("To"),
				params.getEnum("CallStatus", Call.Status::from), params.get("ApiVersion"),
				params.getEnum("Direction", Call.Direction::from), params.get("ForwardedFrom"),
				params.get("CallerName"), params.get("ParentCallSid"), params.get("CallToken"), params.get("Caller"),
				params.get("Called"), params.get("FromCity"), params.get("FromState"), params.get("FromZip"),
				params.get("FromCountry"), params.get("ToCity"), params.get("ToState"), params.get("ToZip"),
				params.get("ToCountry"), params.get("StirVerstat"), params.get("AddOns"), params);
	}

	/**
	 * Return the result of synchronous answering machine detection, which Twilio adds to
	 * the request for TwiML of an outgoing call created with {@code MachineDetection}
	 * ({@code AnsweredBy}).
	 * @return the result, {@link Call.AnsweredBy#UNKNOWN} for a value this version does
	 * not know, or {@code null} without detection
	 */
	public Call.@Nullable AnsweredBy answeredBy() {
		return this.params.getEnum("AnsweredBy", Call.AnsweredBy::from);
	}

	/**
	 * Return how long answering machine detection took, in milliseconds
	 * ({@code MachineDetectionDuration}).
	 * @return the duration, or {@code null} without detection
	 * @throws InvalidWebhookPayloadException if the value is not a number
	 */
	public @Nullable Integer machineDetectionDuration() {
		return this.params.getInteger("MachineDetectionDuration");
	}

}
