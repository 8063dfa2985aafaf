package dev.twiliospring.test.webhook;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import org.jspecify.annotations.Nullable;

/**
 * Payload of an event of a conference, as Twilio posts it to the {@code statusCallback}
 * of a {@code <Conference>} or the {@code ConferenceStatusCallback} of a participant
 * ({@code ConferenceSid}, {@code FriendlyName}, {@code StatusCallbackEvent},
 * {@code SequenceNumber}, {@code Timestamp}): a participant joining, unmuted and not on
 * hold, unless set otherwise.
 * <p>
 * Participant events ({@code participant-*}) carry the participant's {@code CallSid},
 * {@code ParticipantLabel} and flags ({@code Muted}, {@code Hold}, {@code Coaching},
 * {@code EndConferenceOnExit}, {@code StartConferenceOnEnter}); the others do not.
 * {@code conference-end} carries {@code ReasonConferenceEnded}
 * ({@code last-participant-left} unless set otherwise) and, if set,
 * {@code CallSidEndingConference}. {@code participant-leave} carries
 * {@code ParticipantCallStatus} and {@code ReasonParticipantLeft}
 * ({@code completed} and {@code participant_hung_up} unless set otherwise).
 * <p>
 * A parameter set for an event that does not carry it is refused rather than left out:
 * {@link #params()} throws an {@link IllegalStateException} for a participant's
 * parameter, such as {@link #muted(Boolean)}, set to a value on an event other than a
 * participant's, or for {@link #endedBecause(Conference.ReasonConferenceEnded, String)}
 * on an event other than {@code conference-end}, or for
 * {@link #leftBecause(String, String)} on an event other than {@code participant-leave},
 * in whichever order the parameter and the event were set.
 * Send one anyway with {@link #param(String, String...)}.
 *
 * @since 1.0.0
 * @see TwilioWebhookPayloads#conferenceStatus()
 */
public final class ConferenceStatusPayload extends WebhookPayload<ConferenceStatusPayload> {

	private static final String CONFERENCE = "CF";

	private String conferenceSid = TwilioSids.next(CONFERENCE);

	private String friendlyName = "support";

	private String event = "participant-join";

	private int sequenceNumber = 1;

	private @Nullable String timestamp;

	private String callSid = TwilioSids.next(TwilioSids.CALL);

	private @Nullable String participantLabel;

	private @Nullable Boolean muted = false;

	private @Nullable Boolean hold = false;

	private @Nullable Boolean coaching = false;

	private @Nullable Boolean endConferenceOnExit = false;

	private @Nullable Boolean startConferenceOnEnter = true;

	private @Nullable String callSidToCoach;

	private String reasonConferenceEnded = "last-participant-left";

	private @Nullable String callSidEndingConference;

	private boolean endedBecause;

	private boolean leftBecause;

	/**
	 * The participant's parameters set to a value, by the method that set them, so that
	 * an event that does not carry them can refuse them.
	 */
	private final Map<String, String> participantParameters = new LinkedHashMap<>();

	private String participantCallStatus = "completed";

	private String reasonParticipantLeft = "participant_hung_up";

	ConferenceStatusPayload() {
	}

	/**
	 * Set the SID of the conference ({@code ConferenceSid}).
	 * @param conferenceSid the conference SID
	 * @return this payload
	 */
	public ConferenceStatusPayload conferenceSid(String conferenceSid) {
		this.conferenceSid = conferenceSid;
		return this;
	}

	/**
	 * Return the SID of the conference.
	 * @return the conference SID
	 */
	public String getConferenceSid() {
		return this.conferenceSid;
	}

	/**
	 * Set the name of the conference ({@code FriendlyName}), {@code support} unless set.
	 * @param friendlyName the name, as in the body of {@code <Conference>}
	 * @return this payload
	 */
	public ConferenceStatusPayload friendlyName(String friendlyName) {
		this.friendlyName = friendlyName;
		return this;
	}

	/**
	 * Set the event ({@code StatusCallbackEvent}).
	 * @param event the event as Twilio writes it, such as {@code participant-leave}, also
	 * one that {@link ConferenceStatusCallback.Event} does not know
	 * @return this payload
	 */
	public ConferenceStatusPayload event(String event) {
		this.event = event;
		return this;
	}

	/**
	 * Set the event ({@code StatusCallbackEvent}).
	 * @param event the event
	 * @return this payload
	 */
	public ConferenceStatusPayload event(ConferenceStatusCallback.Event event) {
		return event(event.value());
	}

	/**
	 * Set the order of this event among those of the conference
	 * ({@code SequenceNumber}), 1 unless set, as for the first event of a conference.
	 * @param sequenceNumber the sequence number
	 * @return this payload
	 */
	public ConferenceStatusPayload sequenceNumber(int sequenceNumber) {
		this.sequenceNumber = sequenceNumber;
		return this;
	}

	/**
	 * Set the time of the event ({@code Timestamp}), now when not set.
	 * @param timestamp the time in RFC 2822 format, such as
	 * {@code Tue, 25 Nov 2025 14:03:09 +0000}
	 * @return this payload
	 */
	public ConferenceStatusPayload timestamp(String timestamp) {
		this.timestamp = timestamp;
		return this;
	}

	/**
	 * Set the time of the event ({@code Timestamp}), now when not set, as Twilio writes
	 * it: in RFC 2822 format, to the second.
	 * @param timestamp the time
	 * @return this payload
	 */
	public ConferenceStatusPayload timestamp(OffsetDateTime timestamp) {
		return timestamp(rfc2822(timestamp));
	}

	/**
	 * Set the SID of the participant's call ({@code CallSid}), sent with participant
	 * events.
	 * @param callSid the call SID
	 * @return this payload
	 */
	public ConferenceStatusPayload callSid(String callSid) {
		this.callSid = callSid;
		participantParameter("callSid(...)", "CallSid", callSid);
		return this;
	}

	/**
	 * Return the SID of the participant's call.
	 * @return the call SID
	 */
	public String getCallSid() {
		return this.callSid;
	}

	/**
	 * Set the label of the participant ({@code ParticipantLabel}), sent with participant
	 * events.
	 * @param participantLabel the label, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload participantLabel(@Nullable String participantLabel) {
		this.participantLabel = participantLabel;
		participantParameter("participantLabel(...)", "ParticipantLabel", participantLabel);
		return this;
	}

	/**
	 * Set whether the participant is muted ({@code Muted}), {@code false} unless set.
	 * @param muted whether the participant is muted, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload muted(@Nullable Boolean muted) {
		this.muted = muted;
		participantParameter("muted(...)", "Muted", muted);
		return this;
	}

	/**
	 * Set whether the participant is on hold ({@code Hold}), {@code false} unless set.
	 * @param hold whether the participant is on hold, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload hold(@Nullable Boolean hold) {
		this.hold = hold;
		participantParameter("hold(...)", "Hold", hold);
		return this;
	}

	/**
	 * Set whether the participant coaches another call ({@code Coaching}), {@code false}
	 * unless set. {@code false} or {@code null} also drops the call that
	 * {@link #coaching(String)} set, as a participant who does not coach has none.
	 * @param coaching whether the participant coaches, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload coaching(@Nullable Boolean coaching) {
		this.coaching = coaching;
		participantParameter("coaching(...)", "Coaching", coaching);
		if (!Boolean.TRUE.equals(coaching)) {
			this.callSidToCoach = null;
			participantParameter("coaching(callSidToCoach)", "CallSidToCoach", null);
		}
		return this;
	}

	/**
	 * Set the call the participant coaches ({@code CallSidToCoach}) and so
	 * {@code Coaching} to {@code true}.
	 * @param callSidToCoach the SID of the coached call
	 * @return this payload
	 */
	public ConferenceStatusPayload coaching(String callSidToCoach) {
		this.callSidToCoach = callSidToCoach;
		this.coaching = true;
		participantParameter("coaching(callSidToCoach)", "CallSidToCoach", callSidToCoach);
		return this;
	}

	/**
	 * Set whether the conference ends when the participant leaves
	 * ({@code EndConferenceOnExit}), {@code false} unless set.
	 * @param endConferenceOnExit the flag, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload endConferenceOnExit(@Nullable Boolean endConferenceOnExit) {
		this.endConferenceOnExit = endConferenceOnExit;
		participantParameter("endConferenceOnExit(...)", "EndConferenceOnExit", endConferenceOnExit);
		return this;
	}

	/**
	 * Set whether the conference starts when the participant joins
	 * ({@code StartConferenceOnEnter}), {@code true} unless set.
	 * @param startConferenceOnEnter the flag, or {@code null} to leave it out
	 * @return this payload
	 */
	public ConferenceStatusPayload startConferenceOnEnter(@Nullable Boolean startConferenceOnEnter) {
		this.startConferenceOnEnter = startConferenceOnEnter;
		participantParameter("startConferenceOnEnter(...)", "StartConferenceOnEnter", startConferenceOnEnter);
		return this;
	}

	/**
	 * Set why the conference ended ({@code ReasonConferenceEnded}), sent with
	 * {@code conference-end} only, and the call whose leaving ended it
	 * ({@code CallSidEndingConference}). The event must be set to
	 * {@code conference-end} too, before or after.
	 * @param reason the reason
	 * @param callSidEndingConference the SID of the call, or {@code null} if no call's
	 * leaving ended it
	 * @return this payload
	 * @see #event(ConferenceStatusCallback.Event)
	 */
	public ConferenceStatusPayload endedBecause(Conference.ReasonConferenceEnded reason,
			@Nullable String callSidEndingConference) {
		this.reasonConferenceEnded = reason.value();
		this.callSidEndingConference = callSidEndingConference;
		this.endedBecause = true;
		return this;
	}

	private void participantParameter(String method, String parameter, @Nullable Object value) {
		if (value != null) {
			this.participantParameters.put(method, parameter);
		}
		else {
			this.participantParameters.remove(method);
		}
	}

	/**
	 * Refuse parameters that the event does not carry, which a test set believing they
	 * are sent, whatever the order it set them and the event in.
	 */
	private void requireParametersOfTheEvent(String event) {
		if (!event.startsWith("participant-") && !this.participantParameters.isEmpty()) {
			throw new IllegalStateException(String.join(", ", this.participantParameters.keySet()) + " set "
					+ String.join(", ", this.participantParameters.values())
					+ ", which Twilio sends with a participant's events (participant-*) only, not with " + this.event
					+ ": choose a participant's event with event(...), or send them anyway with param(name, values)");
		}
		if (this.endedBecause && !event.equals("conference-end")) {
			throw new IllegalStateException(
					"endedBecause(...) sets ReasonConferenceEnded and CallSidEndingConference, which Twilio sends with "
							+ "conference-end only, not with " + this.event
							+ ": set event(ConferenceStatusCallback.Event.CONFERENCE_END)");
		}
		if (this.leftBecause && !event.equals("participant-leave")) {
			throw new IllegalStateException(
					"leftBecause(...) sets ReasonParticipantLeft and ParticipantCallStatus, which Twilio sends with "
							+ "participant-leave only, not with " + this.event
							+ ": set event(ConferenceStatusCallback.Event.PARTICIPANT_LEAVE)");
		}
	}

	/**
	 * Set why the participant left ({@code ReasonParticipantLeft}, such as
	 * {@code participant_updated_via_api}) and the status of its call
	 * ({@code ParticipantCallStatus}, such as {@code no-answer} for a participant added
	 * through the API who did not answer), sent with {@code participant-leave} only. The
	 * event must be set to {@code participant-leave} too, before or after.
	 * @param reasonParticipantLeft the reason, as Twilio writes it, also one that
	 * {@link ConferenceStatusCallback.ReasonParticipantLeft} does not know
	 * @param participantCallStatus the call's status, as Twilio writes it, also one that
	 * {@link Call.Status} does not know
	 * @return this payload
	 */
	public ConferenceStatusPayload leftBecause(String reasonParticipantLeft, String participantCallStatus) {
		this.reasonParticipantLeft = reasonParticipantLeft;
		this.participantCallStatus = participantCallStatus;
		this.leftBecause = true;
		return this;
	}

	/**
	 * Set why the participant left ({@code ReasonParticipantLeft}, such as
	 * {@code participant_add_failed}) and the status of its call
	 * ({@code ParticipantCallStatus}, such as {@link Call.Status#NO_ANSWER} for a
	 * participant added through the API who did not answer), sent with
	 * {@code participant-leave} only. The event must be set to {@code participant-leave}
	 * too, before or after.
	 * @param reasonParticipantLeft the reason, as Twilio writes it
	 * @param participantCallStatus the call's status
	 * @return this payload
	 */
	public ConferenceStatusPayload leftBecause(String reasonParticipantLeft, Call.Status participantCallStatus) {
		return leftBecause(reasonParticipantLeft, participantCallStatus.value());
	}

	/**
	 * Set why the participant left ({@code ReasonParticipantLeft}, such as
	 * {@link ConferenceStatusCallback.ReasonParticipantLeft#PARTICIPANT_ADD_FAILED}) and
	 * the status of its call ({@code ParticipantCallStatus}, such as
	 * {@link Call.Status#NO_ANSWER} for a participant added through the API who did not
	 * answer), sent with {@code participant-leave} only. The event must be set to
	 * {@code participant-leave} too, before or after.
	 * @param reasonParticipantLeft the reason
	 * @param participantCallStatus the call's status
	 * @return this payload
	 */
	public ConferenceStatusPayload leftBecause(ConferenceStatusCallback.ReasonParticipantLeft reasonParticipantLeft,
			Call.Status participantCallStatus) {
		return leftBecause(reasonParticipantLeft.value(), participantCallStatus.value());
	}

	@Override
	void contribute(Params params) {
		params.put("ConferenceSid", this.conferenceSid);
		params.put("FriendlyName", this.friendlyName);
		params.put("StatusCallbackEvent", this.event);
		params.put("SequenceNumber", this.sequenceNumber);
		params.put("Timestamp", (this.timestamp != null) ? this.timestamp : now());
		String event = this.event.toLowerCase(Locale.ROOT);
		requireParametersOfTheEvent(event);
		if (event.startsWith("participant-")) {
			params.put("CallSid", this.callSid);
			params.put("ParticipantLabel", this.participantLabel);
			params.put("Muted", this.muted);
			params.put("Hold", this.hold);
			params.put("Coaching", this.coaching);
			params.put("EndConferenceOnExit", this.endConferenceOnExit);
			params.put("StartConferenceOnEnter", this.startConferenceOnEnter);
			params.put("CallSidToCoach", this.callSidToCoach);
		}
		if (event.equals("participant-leave")) {
			params.put("ParticipantCallStatus", this.participantCallStatus);
			params.put("ReasonParticipantLeft", this.reasonParticipantLeft);
		}
		if (event.equals("conference-end")) {
			params.put("ReasonConferenceEnded", this.reasonConferenceEnded);
			params.put("CallSidEndingConference", this.callSidEndingConference);
		}
	}

}
