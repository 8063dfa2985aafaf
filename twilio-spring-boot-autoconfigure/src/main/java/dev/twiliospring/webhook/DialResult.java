package dev.twiliospring.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;
import dev.twiliospring.client.api.Call;

/**
 * Outcome of a {@code <Dial>} verb, as Twilio posts it to the dial's action URL when the
 * dialed call ends or could not be connected.
 * <p>
 * Absent parameters are {@code null}: Twilio sends no {@code DialCallSid} and no
 * {@code DialCallDuration} after dialing a conference, no {@code DialCallDuration} for a
 * call that was not answered, and a {@code RecordingUrl} only when the dial was recorded. Every parameter, including ones
 * not modelled here, such as {@code DialSipResponseCode}, is available from
 * {@link #params()}.
 *
 * @param dialCallStatus outcome of the dialed call ({@code DialCallStatus})
 * @param dialCallSid SID of the dialed call ({@code DialCallSid})
 * @param dialCallDuration duration of the dialed call in seconds
 * ({@code DialCallDuration})
 * @param dialBridged whether the dialed party was connected to the caller
 * ({@code DialBridged})
 * @param recordingUrl URL of the recording of a recorded dial ({@code RecordingUrl})
 * @param callSid SID of the call that dialed ({@code CallSid})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param from caller ({@code From})
 * @param to called party of the call that dialed ({@code To})
 * @param callStatus status of the call that dialed ({@code CallStatus}), such as
 * {@code completed} when the caller hung up
 * @param direction direction of the call that dialed, such as
 * {@link Call.Direction#INBOUND}; {@link Call.Direction#UNKNOWN} for a value this version
 * does not know ({@code Direction})
 * @param apiVersion API version used ({@code ApiVersion})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record DialResult(DialResult.@Nullable Status dialCallStatus, @Nullable String dialCallSid,
		@Nullable Integer dialCallDuration, @Nullable Boolean dialBridged, @Nullable String recordingUrl,
		@Nullable String callSid, @Nullable String accountSid, @Nullable String from, @Nullable String to,
		Call.@Nullable Status callStatus, Call.@Nullable Direction direction, @Nullable String apiVersion,
		WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public DialResult {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a dial result from webhook parameters.
	 * @param params the parameters of the request
	 * @return the dial result
	 * @throws InvalidWebhookPayloadException if {@code DialCallDuration} is not a number
	 * or {@code DialBridged} is not {@code true} or {@code false}
	 */
	public static DialResult from(WebhookParameters params) {
		return new DialResult(params.getEnum("DialCallStatus", Status::from), params.get("DialCallSid"),
				params.getInteger("DialCallDuration"), params.getBoolean("DialBridged"), params.get("RecordingUrl"),
				params.get("CallSid"), params.get("AccountSid"), params.get("From"), params.get("To"),
				params.getEnum("CallStatus", Call.Status::from), params.getEnum("Direction", Call.Direction::from),
				params.get("ApiVersion"), params);
	}

	/**
	 * Return whether the dialed party answered and was connected to the caller: the
	 * status is {@link Status#COMPLETED completed} or {@link Status#ANSWERED answered}
	 * ({@link Status#isConnected()}).
	 * @return whether the dial connected
	 */
	public boolean connected() {
		return this.dialCallStatus != null && this.dialCallStatus.isConnected();
	}

	/**
	 * Outcome of a dial ({@code DialCallStatus}). Values Twilio adds later map to
	 * {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** The dialed party answered and was connected to the caller. */
		COMPLETED,

		/** The dialed party answered and was connected to the caller, in a conference. */
		ANSWERED,

		/** The dialed party was busy. */
		BUSY,

		/** The dialed party did not answer in time. */
		NO_ANSWER,

		/** Twilio could not reach the dialed party, for example because the number does not exist. */
		FAILED,

		/** The call was canceled through the REST API before the dialed party answered. */
		CANCELED,

		/** A status this version of the library does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code no-answer}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		/**
		 * Return whether a dial with this outcome connected the dialed party to the
		 * caller.
		 * @return whether this is {@link #COMPLETED} or {@link #ANSWERED}
		 */
		public boolean isConnected() {
			return this == COMPLETED || this == ANSWERED;
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
