package dev.twiliospring.client.api;

import java.net.URI;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to a participant of a conference: mute or unmute it, put it on hold with music
 * or take it off, play it an announcement, or make it coach another participant.
 * <pre class="code">
 * participants.update("agent", ConferenceParticipantUpdateRequest.builder()
 *     .hold(true)
 *     .holdUrl("https://example.com/music.mp3")
 *     .build());
 * </pre>
 *
 * @since 1.0.0
 * @see ConferenceParticipantResource#update(String, ConferenceParticipantUpdateRequest)
 */
public final class ConferenceParticipantUpdateRequest {

	private final TwilioParameters parameters;

	private ConferenceParticipantUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "ConferenceParticipantUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link ConferenceParticipantUpdateRequest}.
	 */
	public static final class Builder
			extends ConferenceParticipantSettingsBuilder<Builder, ConferenceParticipantUpdateRequest> {

		private Builder() {
		}

		/**
		 * Put the participant on hold, where it neither hears nor is heard and hears
		 * the hold URL instead, or let it rejoin the conference.
		 * @param hold whether the participant is on hold
		 * @return this builder
		 */
		public Builder hold(boolean hold) {
			this.parameters.set("Hold", hold);
			return this;
		}

		/**
		 * Set what the participant hears on hold: an MP3 or WAV file, or TwiML with
		 * {@code <Play>}, {@code <Say>}, {@code <Pause>} or {@code <Redirect>}.
		 * @param holdUrl the URL
		 * @return this builder
		 */
		public Builder holdUrl(String holdUrl) {
			this.parameters.set("HoldUrl", holdUrl);
			return this;
		}

		/**
		 * Set what the participant hears on hold.
		 * @param holdUrl the URL of an MP3 or WAV file, or of TwiML
		 * @return this builder
		 * @see #holdUrl(String)
		 */
		public Builder holdUrl(URI holdUrl) {
			this.parameters.set("HoldUrl", holdUrl);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to fetch the hold URL.
		 * @param holdMethod {@code GET} (Twilio's default) or {@code POST}
		 * @return this builder
		 */
		public Builder holdMethod(HttpMethod holdMethod) {
			this.parameters.set("HoldMethod", RequestChecks.getOrPost(holdMethod, "HoldMethod"));
			return this;
		}

		/**
		 * Play an announcement to the participant alone: an MP3 or WAV file, or TwiML
		 * with {@code <Play>}, {@code <Say>}, {@code <Pause>} or {@code <Redirect>}.
		 * @param announceUrl the URL
		 * @return this builder
		 */
		public Builder announceUrl(String announceUrl) {
			this.parameters.set("AnnounceUrl", announceUrl);
			return this;
		}

		/**
		 * Play an announcement to the participant alone.
		 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML
		 * @return this builder
		 * @see #announceUrl(String)
		 */
		public Builder announceUrl(URI announceUrl) {
			this.parameters.set("AnnounceUrl", announceUrl);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to fetch the announcement URL.
		 * @param announceMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder announceMethod(HttpMethod announceMethod) {
			this.parameters.set("AnnounceMethod", RequestChecks.getOrPost(announceMethod, "AnnounceMethod"));
			return this;
		}

		/**
		 * Set whether the conference hears a beep when the participant leaves.
		 * @param beepOnExit whether to beep
		 * @return this builder
		 */
		public Builder beepOnExit(boolean beepOnExit) {
			this.parameters.set("BeepOnExit", beepOnExit);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change, or a method, such as
		 * {@code HoldMethod}, is set without its URL
		 */
		@Override
		public ConferenceParticipantUpdateRequest build() {
			TwilioParameters parameters = RequestChecks.methodsWithTheirUrls(this.parameters.build());
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A participant update needs a change, such as muted(...), "
						+ "hold(...), announceUrl(...) or coaching(...)");
			}
			return new ConferenceParticipantUpdateRequest(parameters);
		}

	}

}
