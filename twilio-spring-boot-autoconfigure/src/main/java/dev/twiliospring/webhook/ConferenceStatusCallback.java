package dev.twiliospring.webhook;

import java.time.OffsetDateTime;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;

/**
 * Event of a conference or of one of its participants, as Twilio posts it to the
 * {@code statusCallback} of a {@code <Conference>} noun, or the
 * {@code ConferenceStatusCallback} of a participant created through the REST API, for
 * the events its {@code statusCallbackEvent} asks for.
 * <p>
 * Twilio may deliver the events of a conference out of order, a
 * {@code participant-leave} before the {@code participant-join} it follows: order them
 * by {@link #sequenceNumber()}, not by arrival or by {@link #timestamp()}, which is to
 * the second. Participant events, and announcements to a participant still in the
 * conference, name the participant's call ({@code CallSid}) and carry its state after
 * the event ({@code Muted}, {@code Hold}, {@code Coaching}); conference events do not.
 * <p>
 * Absent parameters are {@code null}, and a flag that Twilio did not send is
 * {@code null} rather than {@code false}. Every parameter, including ones not modelled
 * here, is available from {@link #params()}.
 *
 * @param conferenceSid SID of the conference ({@code ConferenceSid})
 * @param statusCallbackEvent what happened, {@link Event#UNKNOWN} for an event this
 * version does not know ({@code StatusCallbackEvent})
 * @param sequenceNumber order of this event among those of the conference, one higher
 * with each event; the order in which to handle events that may arrive out of order
 * ({@code SequenceNumber})
 * @param timestamp time of the event, read from the RFC 2822 date Twilio sends
 * ({@code Timestamp})
 * @param friendlyName name of the conference, as in {@code <Conference>}'s body
 * ({@code FriendlyName})
 * @param accountSid SID of the account ({@code AccountSid})
 * @param callSid SID of the participant's call, for a participant event
 * ({@code CallSid})
 * @param participantLabel label of the participant, if it was given one
 * ({@code ParticipantLabel})
 * @param muted whether the participant is muted ({@code Muted})
 * @param hold whether the participant is on hold ({@code Hold})
 * @param coaching whether the participant is coaching another call ({@code Coaching})
 * @param endConferenceOnExit whether the conference ends when the participant leaves
 * ({@code EndConferenceOnExit})
 * @param startConferenceOnEnter whether the conference starts when the participant
 * joins ({@code StartConferenceOnEnter})
 * @param callSidToCoach SID of the call the participant coaches ({@code CallSidToCoach})
 * @param reasonConferenceEnded why the conference ended, on {@code conference-end}
 * ({@code ReasonConferenceEnded})
 * @param callSidEndingConference SID of the call whose leaving ended the conference, if
 * a call's did ({@code CallSidEndingConference})
 * @param participantLabelEndingConference label of the participant whose leaving ended
 * the conference, if it had one ({@code ParticipantLabelEndingConference})
 * @param reason why the conference ended, in words, on {@code conference-end}
 * ({@code Reason})
 * @param participantCallStatus status of the participant's call as it left, on
 * {@code participant-leave}, such as {@link Call.Status#NO_ANSWER} for a participant added
 * through the API who did not answer; {@link Call.Status#UNKNOWN} for a value this
 * version does not know ({@code ParticipantCallStatus})
 * @param reasonParticipantLeft why the participant left, on {@code participant-leave},
 * such as {@link ReasonParticipantLeft#PARTICIPANT_HUNG_UP};
 * {@link ReasonParticipantLeft#UNKNOWN} for a value this version does not know
 * ({@code ReasonParticipantLeft})
 * @param reasonAnnouncementFailed why the announcement failed, on
 * {@code announcement-fail} ({@code ReasonAnnouncementFailed})
 * @param announceUrl URL of the announcement, on {@code announcement-end} and
 * {@code announcement-fail} ({@code AnnounceUrl})
 * @param params every parameter of the request
 * @since 1.0.0
 */
public record ConferenceStatusCallback(@Nullable String conferenceSid, @Nullable Event statusCallbackEvent,
		@Nullable Integer sequenceNumber, @Nullable OffsetDateTime timestamp, @Nullable String friendlyName,
		@Nullable String accountSid, @Nullable String callSid, @Nullable String participantLabel,
		@Nullable Boolean muted, @Nullable Boolean hold, @Nullable Boolean coaching,
		@Nullable Boolean endConferenceOnExit, @Nullable Boolean startConferenceOnEnter,
		@Nullable String callSidToCoach, Conference.@Nullable ReasonConferenceEnded reasonConferenceEnded,
		@Nullable String callSidEndingConference, @Nullable String participantLabelEndingConference,
		@Nullable String reason, Call.@Nullable Status participantCallStatus,
		@Nullable ReasonParticipantLeft reasonParticipantLeft,
		@Nullable String reasonAnnouncementFailed, @Nullable String announceUrl, WebhookParameters params) {

	/**
	 * Create an instance, checking that the parameters are present.
	 */
	public ConferenceStatusCallback {
		WebhookParameters.checkPresent(params);
	}

	/**
	 * Read a conference event from webhook parameters.
	 * @param params the parameters of the request
	 * @return the event
	 * @throws InvalidWebhookPayloadException if {@code SequenceNumber} is not a number,
	 * a flag such as {@code Muted} is neither {@code true} nor {@code false}, or
	 * {@code Timestamp} is not an RFC 2822 date-time
	 */
	public static ConferenceStatusCallback from(WebhookParameters params) {
		return new ConferenceStatusCallback(params.get("ConferenceSid"),
				params.getEnum("StatusCallbackEvent", Event::from), params.getInteger("SequenceNumber"),
				params.getDateTime("Timestamp"), params.get("FriendlyName"), params.get("AccountSid"),
				params.get("CallSid"), params.get("ParticipantLabel"), params.getBoolean("Muted"),
				params.getBoolean("Hold"), params.getBoolean("Coaching"), params.getBoolean("EndConferenceOnExit"),
				params.getBoolean("StartConferenceOnEnter"), params.get("CallSidToCoach"),
				params.getEnum("ReasonConferenceEnded", Conference.ReasonConferenceEnded::from),
				params.get("CallSidEndingConference"), params.get("ParticipantLabelEndingConference"),
				params.get("Reason"), params.getEnum("ParticipantCallStatus", Call.Status::from),
				params.getEnum("ReasonParticipantLeft", ReasonParticipantLeft::from),
				params.get("ReasonAnnouncementFailed"), params.get("AnnounceUrl"), params);
	}

	/**
	 * Event of a conference, as Twilio writes it in {@code StatusCallbackEvent}. Values
	 * Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Event implements TwilioEnum {

		/** The conference started: audio is mixed between its participants. */
		CONFERENCE_START,

		/** The conference ended. */
		CONFERENCE_END,

		/** A participant joined. */
		PARTICIPANT_JOIN,

		/** A participant left. */
		PARTICIPANT_LEAVE,

		/** A participant was muted. */
		PARTICIPANT_MUTE,

		/** A participant was unmuted. */
		PARTICIPANT_UNMUTE,

		/** A participant was put on hold. */
		PARTICIPANT_HOLD,

		/** A participant was taken off hold. */
		PARTICIPANT_UNHOLD,

		/** A participant was modified. */
		PARTICIPANT_MODIFY,

		/** A participant began to speak. */
		PARTICIPANT_SPEECH_START,

		/** A participant stopped speaking. */
		PARTICIPANT_SPEECH_STOP,

		/** An announcement to the conference or a participant ended. */
		ANNOUNCEMENT_END,

		/** An announcement to the conference or a participant failed. */
		ANNOUNCEMENT_FAIL,

		/** An event this version does not know. */
		UNKNOWN;

		/**
		 * Return the event for a Twilio value.
		 * @param value the value, such as {@code participant-join}
		 * @return the event, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Event from(String value) {
			return TwilioEnums.from(Event.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Why a participant left a conference, as Twilio writes it in
	 * {@code ReasonParticipantLeft} on {@code participant-leave}. Values Twilio adds later
	 * map to {@link #UNKNOWN}.
	 */
	public enum ReasonParticipantLeft implements TwilioEnum {

		/** The participant's call ended. */
		PARTICIPANT_HUNG_UP,

		/** The participant was updated through the API, as when it removed the participant. */
		PARTICIPANT_UPDATED_VIA_API,

		/**
		 * A participant added through the API never joined: its call was not answered,
		 * was busy, failed or was canceled.
		 */
		PARTICIPANT_ADD_FAILED,

		/** The API ended the conference. */
		CONFERENCE_ENDED_VIA_API,

		/** A participant with {@code endConferenceOnExit} left, which ended the conference. */
		MODERATOR_ENDED_CONFERENCE,

		/** A reason this version does not know. */
		UNKNOWN;

		/**
		 * Return the reason as Twilio writes it: the name in lower case, with its
		 * underscores, such as {@code participant_hung_up}.
		 * @return the Twilio value
		 */
		@Override
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * Return the reason for a Twilio value, ignoring case.
		 * @param value the value, such as {@code participant_hung_up}
		 * @return the reason, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static ReasonParticipantLeft from(String value) {
			return TwilioEnums.from(ReasonParticipantLeft.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

}
