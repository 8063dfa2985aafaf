package dev.twiliospring.client.api;

import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioParameters;

/**
 * Base class of the builders of {@link ConferenceParticipantCreateRequest} and
 * {@link ConferenceParticipantUpdateRequest}: the settings of a participant that Twilio
 * takes both when it is added and when it is changed.
 *
 * @param <B> the type of the builder itself
 * @param <R> the type of the request it builds
 * @since 1.0.0
 */
public abstract class ConferenceParticipantSettingsBuilder<B extends ConferenceParticipantSettingsBuilder<B, R>, R> {

	final TwilioParameters.Builder parameters = TwilioParameters.builder();

	ConferenceParticipantSettingsBuilder() {
	}

	/**
	 * Set whether the participant is muted: it hears the conference but is not heard.
	 * @param muted whether the participant is muted
	 * @return this builder
	 */
	public B muted(boolean muted) {
		this.parameters.set("Muted", muted);
		return self();
	}

	/**
	 * Set what the participant hears while waiting for the conference to start: an MP3
	 * or WAV file, or TwiML with {@code <Play>}, {@code <Say>}, {@code <Pause>} or
	 * {@code <Redirect>}. Twilio plays its hold music by default; an empty string plays
	 * nothing.
	 * @param waitUrl the URL, or an empty string for silence
	 * @return this builder
	 */
	public B waitUrl(String waitUrl) {
		this.parameters.set("WaitUrl", waitUrl);
		return self();
	}

	/**
	 * Set what the participant hears while waiting for the conference to start.
	 * @param waitUrl the URL of an MP3 or WAV file, or of TwiML
	 * @return this builder
	 * @see #waitUrl(String)
	 */
	public B waitUrl(URI waitUrl) {
		this.parameters.set("WaitUrl", waitUrl);
		return self();
	}

	/**
	 * Set the HTTP method Twilio uses to fetch the wait URL; {@code GET} lets Twilio
	 * cache a static audio file.
	 * @param waitMethod {@code GET} or {@code POST} (Twilio's default)
	 * @return this builder
	 */
	public B waitMethod(HttpMethod waitMethod) {
		this.parameters.set("WaitMethod", RequestChecks.getOrPost(waitMethod, "WaitMethod"));
		return self();
	}

	/**
	 * Set whether the conference ends, disconnecting everyone, when the participant
	 * leaves. Twilio defaults to {@code false}.
	 * @param endConferenceOnExit whether the conference ends with the participant
	 * @return this builder
	 */
	public B endConferenceOnExit(boolean endConferenceOnExit) {
		this.parameters.set("EndConferenceOnExit", endConferenceOnExit);
		return self();
	}

	/**
	 * Set whether the participant coaches another participant, which alone hears it;
	 * Twilio needs {@link #callSidToCoach(String)} when this is {@code true}.
	 * @param coaching whether the participant coaches
	 * @return this builder
	 */
	public B coaching(boolean coaching) {
		this.parameters.set("Coaching", coaching);
		return self();
	}

	/**
	 * Set the participant this participant coaches: only that participant hears it. On
	 * its own, this makes the participant coach ({@code Coaching} defaults to
	 * {@code true}).
	 * @param callSidToCoach the call SID of the participant to coach, {@code CA} followed
	 * by 32 hexadecimal digits; not its label
	 * @return this builder
	 * @throws IllegalArgumentException if the value is not a call SID
	 */
	public B callSidToCoach(String callSidToCoach) {
		this.parameters.set("CallSidToCoach", checkCallSid(callSidToCoach));
		return self();
	}

	// Twilio's spec has CallSidToCoach match ^CA[0-9a-fA-F]{32}$: a label, which the
	// participant resource takes in place of a call SID, is no value here
	private static String checkCallSid(String callSid) {
		Assert.notNull(callSid, "CallSidToCoach must not be null");
		if (!RequestChecks.isSid(callSid, "CA")) {
			throw new IllegalArgumentException("CallSidToCoach must be the call SID of the participant to coach, CA "
					+ "followed by 32 hexadecimal digits, got '" + callSid + "'; for a participant known by its "
					+ "label, pass participants.fetch(label).callSid()");
		}
		return callSid;
	}

	/**
	 * Build the request.
	 * @return the request
	 */
	public abstract R build();

	@SuppressWarnings("unchecked")
	final B self() {
		return (B) this;
	}

}
