package dev.twiliospring.client.api;

import java.net.URI;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.TwilioParameters;

/**
 * Change to a conference in progress: end it, or play an announcement to all of its
 * participants.
 * <pre class="code">
 * client.conferences().update(sid, ConferenceUpdateRequest.end());
 * client.conferences().update(sid, ConferenceUpdateRequest.announce("https://example.com/closing.mp3"));
 * </pre>
 *
 * @since 1.0.0
 * @see ConferenceResource#update(String, ConferenceUpdateRequest)
 */
public final class ConferenceUpdateRequest {

	private final TwilioParameters parameters;

	private ConferenceUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request that ends the conference and disconnects every participant
	 * ({@code Status=completed}).
	 * @return the request
	 */
	public static ConferenceUpdateRequest end() {
		return builder().status(Conference.Status.COMPLETED).build();
	}

	/**
	 * Return a request that plays an announcement to every participant
	 * ({@code AnnounceUrl}).
	 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML with {@code <Play>}
	 * or {@code <Say>}
	 * @return the request
	 */
	public static ConferenceUpdateRequest announce(String announceUrl) {
		return builder().announceUrl(announceUrl).build();
	}

	/**
	 * Return a request that plays an announcement to every participant
	 * ({@code AnnounceUrl}).
	 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML with {@code <Play>}
	 * or {@code <Say>}
	 * @return the request
	 */
	public static ConferenceUpdateRequest announce(URI announceUrl) {
		return builder().announceUrl(announceUrl).build();
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
		return "ConferenceUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link ConferenceUpdateRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * End the conference: only {@link Conference.Status#COMPLETED} is accepted.
		 * @param status the new status
		 * @return this builder
		 */
		public Builder status(Conference.Status status) {
			if (RequestChecks.given(status, "Status") != Conference.Status.COMPLETED) {
				throw new IllegalArgumentException(
						"A conference's status can only be updated to 'completed' (end it), not '" + status + "'");
			}
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Play an announcement to every participant.
		 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML with
		 * {@code <Play>} or {@code <Say>}
		 * @return this builder
		 */
		public Builder announceUrl(String announceUrl) {
			this.parameters.set("AnnounceUrl", announceUrl);
			return this;
		}

		/**
		 * Play an announcement to every participant.
		 * @param announceUrl the URL of an MP3 or WAV file, or of TwiML with
		 * {@code <Play>} or {@code <Say>}
		 * @return this builder
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
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change, or the announcement
		 * method is set without its URL
		 */
		public ConferenceUpdateRequest build() {
			TwilioParameters parameters = RequestChecks.methodsWithTheirUrls(this.parameters.build());
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A conference update needs a change: call status(...) to end it, "
						+ "or announceUrl(...) to play an announcement");
			}
			return new ConferenceUpdateRequest(parameters);
		}

	}

}
