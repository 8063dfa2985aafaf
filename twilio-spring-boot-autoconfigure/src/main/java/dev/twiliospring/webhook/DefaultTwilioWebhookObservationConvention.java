package dev.twiliospring.webhook;

import dev.twiliospring.webhook.TwilioWebhookObservationContext.Outcome;
import dev.twiliospring.webhook.TwilioWebhookObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Default {@link TwilioWebhookObservationConvention}: the
 * {@code twilio.webhook.requests} observation, tagged with the webhook {@code type},
 * {@code outcome} and rejection {@code reason}.
 *
 * @since 1.0.0
 */
public class DefaultTwilioWebhookObservationConvention implements TwilioWebhookObservationConvention {

	/** Name of the observation and of the timer it records. */
	public static final String DEFAULT_NAME = "twilio.webhook.requests";

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(TwilioWebhookObservationContext context) {
		return "twilio webhook " + context.getType().value();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(TwilioWebhookObservationContext context) {
		Outcome outcome = context.getOutcome();
		String reason = context.getReason();
		return KeyValues.of(KeyValue.of(LowCardinalityKeyNames.TYPE, context.getType().value()),
				KeyValue.of(LowCardinalityKeyNames.OUTCOME, (outcome != null) ? outcome.value() : "unknown"),
				KeyValue.of(LowCardinalityKeyNames.REASON, (reason != null) ? reason : "none"));
	}

}
