package dev.twiliospring.webhook;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documented observations of the {@link TwilioWebhookFilter}.
 *
 * @since 1.0.0
 */
public enum TwilioWebhookObservationDocumentation implements ObservationDocumentation {

	/**
	 * One request handled as a Twilio webhook, from reading its body to the end of its
	 * handler (or its rejection).
	 */
	WEBHOOK_REQUEST;

	@Override
	public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
		return DefaultTwilioWebhookObservationConvention.class;
	}

	@Override
	public KeyName[] getLowCardinalityKeyNames() {
		return LowCardinalityKeyNames.values();
	}

	/**
	 * Key names with a bounded set of values, used as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * Kind of webhook: {@code message}, {@code voice}, {@code status} or
		 * {@code other}, as {@link TwilioWebhookObservationContext.Type#of} tells it;
		 * conference events, asynchronous answering machine detection results, events
		 * of a {@code <Stream>} or a real-time {@code <Transcription>} and partial
		 * speech results of a {@code <Gather>} are {@code status}.
		 */
		TYPE("type"),

		/**
		 * What the filter did: {@code accepted}, {@code rejected-signature},
		 * {@code rejected-bad-request} or {@code deduplicated}; {@code unknown} when an
		 * exception ended the request before the filter decided, such as one thrown by a
		 * custom {@link WebhookDeduplicationStore}. A {@link WebhookUrlResolver} or
		 * {@link WebhookSignatureValidatorResolver} that fails is
		 * {@code rejected-signature}.
		 */
		OUTCOME("outcome"),

		/**
		 * Why a request was rejected or deduplicated, such as
		 * {@code signature-mismatch} or {@code body-too-large}; {@code none} for an
		 * accepted request.
		 */
		REASON("reason");

		private final String key;

		LowCardinalityKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
