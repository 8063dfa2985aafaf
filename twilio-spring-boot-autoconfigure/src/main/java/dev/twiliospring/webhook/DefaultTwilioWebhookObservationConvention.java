package dev.twiliospring.webhook;

import java.util.Arrays;

import dev.twiliospring.webhook.TwilioWebhookObservationContext.Outcome;
import dev.twiliospring.webhook.TwilioWebhookObservationContext.Type;
import dev.twiliospring.webhook.TwilioWebhookObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

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

	private static final Outcome[] OUTCOMES = Outcome.values();

	private static final String[] CONTEXTUAL_NAMES = Arrays.stream(Type.values())
		.map((type) -> "twilio webhook " + type.value())
		.toArray(String[]::new);

	/**
	 * Key values by type and outcome, for observations without a reason; filled as they
	 * are needed (racing threads make equal values).
	 */
	private final KeyValues[] withoutReason = new KeyValues[Type.values().length * (OUTCOMES.length + 1)];

	@Override
	public String getName() {
		return DEFAULT_NAME;
	}

	@Override
	public String getContextualName(TwilioWebhookObservationContext context) {
		return CONTEXTUAL_NAMES[context.getType().ordinal()];
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(TwilioWebhookObservationContext context) {
		Outcome outcome = context.getOutcome();
		String reason = context.getReason();
		if (reason == null) {
			// Without a reason, the key values are one of a few: made once each
			int index = context.getType().ordinal() * (OUTCOMES.length + 1)
					+ ((outcome != null) ? outcome.ordinal() + 1 : 0);
			KeyValues keyValues = this.withoutReason[index];
			if (keyValues == null) {
				keyValues = keyValues(context.getType(), outcome, null);
				this.withoutReason[index] = keyValues;
			}
			return keyValues;
		}
		return keyValues(context.getType(), outcome, reason);
	}

	private static KeyValues keyValues(Type type, @Nullable Outcome outcome, @Nullable String reason) {
		return KeyValues.of(KeyValue.of(LowCardinalityKeyNames.TYPE, type.value()),
				KeyValue.of(LowCardinalityKeyNames.OUTCOME, (outcome != null) ? outcome.value() : "unknown"),
				KeyValue.of(LowCardinalityKeyNames.REASON, (reason != null) ? reason : "none"));
	}

}
