package dev.twiliospring.test.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Mutable records of the emulator, guarded by the emulator's lock.
 */
final class EmulatorState {

	private EmulatorState() {
	}

	static final class AccountState {

		final String sid;

		final @Nullable String ownerSid;

		final String authToken;

		String friendlyName;

		String status = "active";

		final Instant dateCreated;

		Instant dateUpdated;

		AccountState(Clock clock, String sid, @Nullable String ownerSid, String authToken, String friendlyName) {
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.ownerSid = ownerSid;
			this.authToken = authToken;
			this.friendlyName = friendlyName;
		}

	}

	static final class MessageState {

		final Clock clock;

		final String sid;

		final String accountSid;

		@Nullable String from;

		final String to;

		String body;

		String status;

		final String direction;

		final List<MediaState> media = new ArrayList<>();

		int numSegments;

		@Nullable Integer errorCode;

		@Nullable String errorMessage;

		@Nullable String statusCallback;

		String statusCallbackMethod = "POST";

		@Nullable String messagingServiceSid;

		/** When a scheduled message is due, by the emulator's clock. */
		@Nullable Instant sendAt;

		final Instant dateCreated;

		@Nullable Instant dateSent;

		Instant dateUpdated;

		@Nullable String price;

		/** The outcome of the message's feedback, {@code unconfirmed} until reported. */
		String feedbackOutcome = "unconfirmed";

		Instant feedbackUpdated;

		/**
		 * Statuses whose callback was delivered, or that have none to deliver, such as the
		 * status the message was created with, which comes first.
		 */
		final List<String> reported = new ArrayList<>();

		boolean deleted;

		/** Parameters of the API request that created the message. */
		Map<String, List<String>> parameters = Map.of();

		MessageState(Clock clock, String sid, String accountSid, @Nullable String from, String to, String body,
				String status, String direction) {
			this.clock = clock;
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.feedbackUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
			this.from = from;
			this.to = to;
			this.body = body;
			this.status = status;
			this.direction = direction;
			// Twilio sends no status callback for the status a message is created with
			this.reported.add(status);
		}

		void status(String status) {
			this.status = status;
			this.dateUpdated = this.clock.instant();
		}

		/**
		 * Return the media file of this message with the given SID, unless it was deleted.
		 */
		@Nullable MediaState media(String mediaSid) {
			for (MediaState item : this.media) {
				if (item.sid.equals(mediaSid) && !item.deleted) {
					return item;
				}
			}
			return null;
		}

		EmulatedMessage snapshot() {
			return new EmulatedMessage(this.sid, this.accountSid, this.from, this.to, this.body, this.status,
					this.direction, this.media.stream().map((item) -> item.url).toList(), this.numSegments,
					this.errorCode, this.errorMessage, this.statusCallback, this.messagingServiceSid, this.dateCreated,
					this.dateSent, this.dateUpdated, this.parameters);
		}

	}

	static final class MediaState {

		final String sid;

		final String url;

		final String contentType;

		final Instant dateCreated;

		boolean deleted;

		MediaState(Clock clock, String sid, String url, String contentType) {
			this.dateCreated = clock.instant();
			this.sid = sid;
			this.url = url;
			this.contentType = contentType;
		}

	}

	static final class CallState {

		final String sid;

		final String accountSid;

		final String from;

		final String to;

		String status;

		final String direction;

		@Nullable String url;

		String method = "POST";

		@Nullable String twiml;

		@Nullable String statusCallback;

		String statusCallbackMethod = "POST";

		final List<String> statusCallbackEvents = new ArrayList<>();

		@Nullable String phoneNumberSid;

		final Instant dateCreated;

		Instant dateUpdated;

		@Nullable Instant startTime;

		@Nullable Instant endTime;

		@Nullable Integer duration;

		int sequenceNumber;

		@Nullable TwimlReply lastReply;

		/** Index of the verb of {@link #lastReply} the call waits in, or -1. */
		int waitingAt = -1;

		/** Outcome a magic number forces on the call instead of answering it. */
		@Nullable String forcedOutcome;

		/** {@code MachineDetection} of the request that created the call, if any. */
		@Nullable String machineDetection;

		/** Whether machine detection reports to {@link #asyncAmdStatusCallback}. */
		boolean asyncAmd;

		@Nullable String asyncAmdStatusCallback;

		String asyncAmdStatusCallbackMethod = "POST";

		/** Result of machine detection, once the call is answered. */
		@Nullable String answeredBy;

		/** Whether the call is recorded ({@code Record=true}). */
		boolean record;

		/** SID of the recording of a call with {@link #record}, once it is answered. */
		@Nullable String recordingSid;

		int recordingChannels = 1;

		/** Audio track of the recording ({@code RecordingTrack}), Twilio's default unless set. */
		String recordingTrack = "both";

		@Nullable String recordingStatusCallback;

		String recordingStatusCallbackMethod = "POST";

		final List<String> recordingStatusCallbackEvents = new ArrayList<>();

		boolean deleted;

		/** SID of the conference the call is in, if any. */
		@Nullable String conferenceSid;

		/**
		 * The call's participant in the conference it is in, joins or last left, if any:
		 * one dialed out through the API has it from its creation.
		 */
		@Nullable ParticipantState participant;

		/**
		 * Statuses the call has reached whose callback was delivered, or that have none to
		 * deliver, in the order reached.
		 */
		final List<String> reported = new ArrayList<>();

		CallState(Clock clock, String sid, String accountSid, String from, String to, String status, String direction) {
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
			this.from = from;
			this.to = to;
			this.status = status;
			this.direction = direction;
			this.reported.add(status);
		}

		boolean isFinished() {
			return switch (this.status) {
				case "completed", "busy", "failed", "no-answer", "canceled" -> true;
				default -> false;
			};
		}

		EmulatedCall snapshot() {
			return new EmulatedCall(this.sid, this.accountSid, this.from, this.to, this.status, this.direction,
					this.url, this.statusCallback, this.statusCallbackEvents, this.startTime, this.endTime,
					this.duration, this.lastReply);
		}

	}

	/**
	 * A conference that calls joined with {@code <Dial><Conference>}: its participants,
	 * by call SID, are those in it now.
	 */
	static final class ConferenceState {

		final Clock clock;

		final String sid;

		final String accountSid;

		final String friendlyName;

		String status = "init";

		final Instant dateCreated;

		Instant dateUpdated;

		@Nullable String reasonConferenceEnded;

		@Nullable String callSidEndingConference;

		/** Label of the participant whose leaving ended the conference, if it had one. */
		@Nullable String participantLabelEndingConference;

		/**
		 * The status callback of the first participant to join the conference, resolved.
		 */
		@Nullable String statusCallback;

		String statusCallbackMethod = "POST";

		/** The TwiML events asked for, such as {@code start} or {@code mute}. */
		final List<String> statusCallbackEvents = new ArrayList<>();

		int sequenceNumber = 1;

		final Map<String, ParticipantState> participants = new LinkedHashMap<>();

		/**
		 * Whether a participant has joined the conference: the settings of the first to
		 * join apply to it, as with Twilio, and later ones' are ignored.
		 */
		boolean joined;

		/**
		 * The most participants the conference lets in, as the first participant to join
		 * asked: 250, Twilio's own limit, unless it asked for fewer.
		 */
		int maxParticipants = MAX_PARTICIPANTS;

		/** Whether the first participant to join asked for record-from-start. */
		boolean record;

		/** The recording status callback of that participant, resolved. */
		@Nullable String recordingStatusCallback;

		String recordingStatusCallbackMethod = "POST";

		/** The recording events asked for: in-progress, completed, absent. */
		final List<String> recordingStatusCallbackEvents = new ArrayList<>();

		/** The recording in progress or paused, if any. */
		@Nullable RecordingState recording;

		/**
		 * Participants that the API dials out to, by call SID, until they join or their
		 * call fails.
		 */
		final Map<String, ParticipantState> dialing = new LinkedHashMap<>();

		/** Twilio's limit of participants in a conference. */
		static final int MAX_PARTICIPANTS = 250;

		ConferenceState(Clock clock, String sid, String accountSid, String friendlyName) {
			this.clock = clock;
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
			this.friendlyName = friendlyName;
		}

		void status(String status) {
			this.status = status;
			this.dateUpdated = this.clock.instant();
		}

		/**
		 * Whether the conference has as many participants as it lets in.
		 */
		boolean isFull() {
			return this.participants.size() >= this.maxParticipants;
		}

		/**
		 * Return the participant whose call SID or label is given, in the conference or
		 * being dialed into it.
		 */
		@Nullable ParticipantState participant(String callSidOrLabel) {
			ParticipantState participant = this.participants.get(callSidOrLabel);
			if (participant == null) {
				participant = this.dialing.get(callSidOrLabel);
			}
			if (participant != null) {
				return participant;
			}
			for (ParticipantState candidate : everyParticipant()) {
				if (callSidOrLabel.equals(candidate.label)) {
					return candidate;
				}
			}
			return null;
		}

		/**
		 * Return the participants in the conference, then those being dialed into it.
		 */
		List<ParticipantState> everyParticipant() {
			List<ParticipantState> every = new ArrayList<>(this.participants.values());
			every.addAll(this.dialing.values());
			return every;
		}

	}

	/**
	 * A call in a conference, or dialed into one through the API, with the settings of
	 * the {@code <Conference>} noun it joined with or of the request that dialed it, as
	 * the API changes them.
	 */
	static final class ParticipantState {

		final Clock clock;

		final CallState call;

		final String conferenceSid;

		/**
		 * The TwiML whose {@code <Dial>} the call joined with, to go on from when it
		 * leaves; {@code null} for a participant dialed out through the API, whose call
		 * hangs up when it leaves.
		 */
		final @Nullable TwimlReply reply;

		final int dialIndex;

		@Nullable String label;

		boolean muted;

		boolean hold;

		boolean coaching;

		@Nullable String callSidToCoach;

		boolean startConferenceOnEnter = true;

		/**
		 * The conference settings the participant asked for, such as its status callback
		 * and recording, applied to the conference if it is the first to join.
		 */
		@Nullable Consumer<ConferenceState> conferenceSettings;

		boolean endConferenceOnExit;

		/**
		 * The participant's status as the API shows it: {@code queued},
		 * {@code connecting}, {@code ringing}, {@code connected}, {@code complete} or
		 * {@code failed}.
		 */
		String status = "connected";

		/**
		 * Statuses the participant has reached whose callbacks were delivered, in the
		 * order reached.
		 */
		final List<String> reported = new ArrayList<>();

		final Instant dateCreated;

		Instant dateUpdated;

		ParticipantState(Clock clock, CallState call, String conferenceSid, @Nullable TwimlReply reply, int dialIndex) {
			this.clock = clock;
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.call = call;
			this.conferenceSid = conferenceSid;
			this.reply = reply;
			this.dialIndex = dialIndex;
		}

		void status(String status) {
			this.status = status;
			this.dateUpdated = this.clock.instant();
		}

		/**
		 * Whether the participant was dialed out through the API rather than joined
		 * with {@code <Dial><Conference>}.
		 */
		boolean isDialedOut() {
			return this.reply == null;
		}

		/**
		 * Whether the participant is dialed out through the API and has not joined its
		 * conference yet, nor failed to.
		 */
		boolean isBeingDialed() {
			return isDialedOut() && (this.status.equals("queued") || this.status.equals("connecting")
					|| this.status.equals("ringing"));
		}

	}

	static final class NumberState {

		final String sid;

		String accountSid;

		final String phoneNumber;

		String friendlyName;

		String apiVersion = TwilioEmulator.API_VERSION;

		@Nullable String smsApplicationSid;

		@Nullable String voiceApplicationSid;

		@Nullable String trunkSid;

		@Nullable String addressSid;

		@Nullable String bundleSid;

		@Nullable String identitySid;

		@Nullable String emergencyAddressSid;

		String emergencyStatus = "Inactive";

		String voiceReceiveMode = "voice";

		@Nullable String smsUrl;

		String smsMethod = "POST";

		@Nullable String smsFallbackUrl;

		String smsFallbackMethod = "POST";

		@Nullable String voiceUrl;

		String voiceMethod = "POST";

		@Nullable String voiceFallbackUrl;

		String voiceFallbackMethod = "POST";

		@Nullable String statusCallback;

		String statusCallbackMethod = "POST";

		boolean voiceCallerIdLookup;

		final Instant dateCreated;

		Instant dateUpdated;

		NumberState(Clock clock, String sid, String accountSid, String phoneNumber, String friendlyName) {
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
			this.phoneNumber = phoneNumber;
			this.friendlyName = friendlyName;
		}

		EmulatedPhoneNumber snapshot() {
			return new EmulatedPhoneNumber(this.sid, this.accountSid, this.phoneNumber, this.friendlyName,
					this.smsUrl, this.smsMethod, this.voiceUrl, this.voiceMethod, this.statusCallback,
					this.dateCreated);
		}

	}

	/**
	 * A file that a media or recording URL redirected to: what its unguessable link
	 * serves, without authentication, until it expires.
	 *
	 * @param contentType the content type
	 * @param content the bytes
	 * @param expiresNanos the {@link System#nanoTime()} at which the link expires
	 */
	record FileState(String contentType, byte[] content, long expiresNanos) {

		boolean isExpired(long nowNanos) {
			return nowNanos - this.expiresNanos >= 0;
		}

	}

	/**
	 * A recording: of a call, made once it ends, or of a conference, made as the
	 * conference starts and completed when it ends or the API stops it.
	 */
	static final class RecordingState {

		final String sid;

		final String accountSid;

		/** The recorded call, or for a conference the call that started it. */
		final String callSid;

		/** Length in seconds, once completed. */
		int duration;

		final Instant dateCreated;

		Instant dateUpdated;

		String source = "RecordVerb";

		int channels = 1;

		/** The recorded conference, for a conference's recording. */
		@Nullable String conferenceSid;

		/** {@code in-progress} or {@code paused} while a conference goes on. */
		String status = "completed";

		RecordingState(Clock clock, String sid, String accountSid, String callSid, int duration) {
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
			this.callSid = callSid;
			this.duration = duration;
		}

	}

	/**
	 * A Verify service: its settings, by the name of the form parameter that sets them,
	 * such as {@code CodeLength} or {@code Push.IncludeDate}.
	 */
	static final class VerifyServiceState {

		final String sid;

		final String accountSid;

		final Map<String, String> settings = new LinkedHashMap<>();

		final Instant dateCreated;

		Instant dateUpdated;

		VerifyServiceState(Clock clock, String sid, String accountSid) {
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.sid = sid;
			this.accountSid = accountSid;
		}

		int codeLength() {
			return Integer.parseInt(this.settings.getOrDefault("CodeLength", "6"));
		}

		boolean flag(String name, boolean defaultValue) {
			String value = this.settings.get(name);
			return (value != null) ? Boolean.parseBoolean(value) : defaultValue;
		}

	}

	static final class VerificationState {

		final Clock clock;

		final String sid;

		final String serviceSid;

		final String accountSid;

		final String to;

		String channel;

		String status = "pending";

		final String code;

		/** The checks of the code so far, right or wrong. */
		int checks;

		/** The times the code was sent, with their channel. */
		final List<Map<String, String>> sendAttempts = new ArrayList<>();

		final Instant dateCreated;

		Instant dateUpdated;

		/** When the verification expires if it is still pending then. */
		Instant expiresAt;

		/** Parameters of the latest API request that started it or sent its code again. */
		Map<String, List<String>> parameters = Map.of();

		VerificationState(Clock clock, String sid, String serviceSid, String accountSid, String to, String channel,
				String code) {
			this.clock = clock;
			this.dateCreated = clock.instant();
			this.dateUpdated = this.dateCreated;
			this.expiresAt = this.dateCreated.plus(VerifyHandler.VALIDITY);
			this.sid = sid;
			this.serviceSid = serviceSid;
			this.accountSid = accountSid;
			this.to = to;
			this.channel = channel;
			this.code = code;
		}

		void status(String status) {
			this.status = status;
			this.dateUpdated = this.clock.instant();
		}

		EmulatedVerification snapshot() {
			return new EmulatedVerification(this.sid, this.serviceSid, this.accountSid, this.to, this.channel,
					VerifyHandler.refresh(this).status, this.code, this.sendAttempts.size(), this.checks,
					this.dateCreated, this.dateUpdated, this.parameters);
		}

	}

}
