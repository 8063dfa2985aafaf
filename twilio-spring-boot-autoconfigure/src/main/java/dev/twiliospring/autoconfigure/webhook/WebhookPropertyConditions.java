package dev.twiliospring.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Conditions on the webhook switches that read them as {@link TwilioWebhookAutoConfiguration}'s
 * properties are bound: {@code on}, {@code yes} and {@code 1} are true, {@code off},
 * {@code no} and {@code 0} false.
 * <p>
 * A property condition knows only {@code true} and {@code false}. For
 * {@code twilio.webhook.enabled} that would leave a value such as {@code 0} matching
 * neither the webhook configuration nor the guard that keeps handlers closed without it,
 * so that handlers would run for unchecked requests. A value that binds to neither is
 * reported by the binding of the properties; until then each switch keeps its safe
 * setting: webhooks on and checked.
 */
final class WebhookPropertyConditions {

	static final String ENABLED = "twilio.webhook.enabled";

	static final String VALIDATION_ENABLED = "twilio.webhook.validation.enabled";

	static final String CONTAINER_ERRORS = "twilio.webhook.container-errors-as-problem-details";

	static final String DEDUPLICATE = "twilio.webhook.deduplicate";

	private WebhookPropertyConditions() {
	}

	/**
	 * Return the value a switch binds to.
	 * @param context the condition context
	 * @param name the property
	 * @param fallback the value when the property is unset or binds to no boolean
	 * @return the value
	 */
	static boolean isOn(ConditionContext context, String name, boolean fallback) {
		try {
			return Binder.get(context.getEnvironment()).bind(name, Boolean.class).orElse(fallback);
		}
		catch (BindException ex) {
			// Binding the properties reports the value
			return fallback;
		}
	}

	private static ConditionOutcome outcome(boolean match, String name, String expected) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Twilio webhook property " + name);
		return match ? ConditionOutcome.match(message.because("it is " + expected))
				: ConditionOutcome.noMatch(message.because("it is not " + expected));
	}

	/**
	 * Matches unless {@code twilio.webhook.enabled} binds to {@code false}.
	 */
	static final class OnWebhookEnabled extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outcome(isOn(context, ENABLED, true), ENABLED, "true or unset");
		}

	}

	/**
	 * Matches when {@code twilio.webhook.enabled} binds to {@code false}: exactly when
	 * {@link OnWebhookEnabled} does not.
	 */
	static final class OnWebhookDisabled extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outcome(!isOn(context, ENABLED, true), ENABLED, "false");
		}

	}

	/**
	 * Matches unless {@code twilio.webhook.validation.enabled} binds to {@code false}.
	 */
	static final class OnValidationEnabled extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outcome(isOn(context, VALIDATION_ENABLED, true), VALIDATION_ENABLED, "true or unset");
		}

	}

	/**
	 * Matches unless {@code twilio.webhook.container-errors-as-problem-details} binds to
	 * {@code false}.
	 */
	static final class OnContainerErrorsAsProblemDetails extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outcome(isOn(context, CONTAINER_ERRORS, true), CONTAINER_ERRORS, "true or unset");
		}

	}

	/**
	 * Matches when {@code twilio.webhook.deduplicate} binds to {@code true}.
	 */
	static final class OnDeduplication extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return outcome(isOn(context, DEDUPLICATE, false), DEDUPLICATE, "true");
		}

	}

}
