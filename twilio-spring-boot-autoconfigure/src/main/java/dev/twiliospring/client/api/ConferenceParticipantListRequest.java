package dev.twiliospring.client.api;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a list of a conference's participants.
 * <pre class="code">
 * ConferenceParticipantListRequest request = ConferenceParticipantListRequest.builder()
 *     .hold(true)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see ConferenceParticipantResource#list(ConferenceParticipantListRequest)
 */
public final class ConferenceParticipantListRequest extends AbstractListRequest {

	private static final ConferenceParticipantListRequest ALL = new ConferenceParticipantListRequest(
			TwilioParameters.empty());

	private ConferenceParticipantListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all participants
	 */
	public static ConferenceParticipantListRequest all() {
		return ALL;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link ConferenceParticipantListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, ConferenceParticipantListRequest> {

		private Builder() {
		}

		/**
		 * Only list participants that are muted, or only those that are not.
		 * @param muted whether the participants are muted
		 * @return this builder
		 */
		public Builder muted(boolean muted) {
			return set("Muted", muted);
		}

		/**
		 * Only list participants on hold, or only those that are not.
		 * @param hold whether the participants are on hold
		 * @return this builder
		 */
		public Builder hold(boolean hold) {
			return set("Hold", hold);
		}

		/**
		 * Only list participants that coach another, or only those that do not.
		 * @param coaching whether the participants coach
		 * @return this builder
		 */
		public Builder coaching(boolean coaching) {
			return set("Coaching", coaching);
		}

		@Override
		protected ConferenceParticipantListRequest build(TwilioParameters parameters) {
			return new ConferenceParticipantListRequest(parameters);
		}

	}

}
