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
 * setting, such as webhooks on.
 */
final class WebhookPropertyConditions {

	private static final String ENABLED = "twilio.webhook.enabled";

	private static final String CONTAINER_ERRORS = "twilio.webhook.container-errors-as-problem-details";

	private static final String DEDUPLICATE = "twilio.webhook.deduplicate";

	private WebhookPropertyConditions() {
	}

	/**
	 * Matches when a switch binds to the value the condition expects.
	 */
	private abstract static class SwitchCondition extends SpringBootCondition {

		private final String name;

		private final boolean fallback;

		private final boolean expected;

		SwitchCondition(String name, boolean fallback, boolean expected) {
			this.name = name;
			this.fallback = fallback;
			this.expected = expected;
		}

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Twilio webhook property", this.name);
			Boolean value;
			try {
				value = Binder.get(context.getEnvironment()).bind(this.name, Boolean.class).orElse(null);
			}
			catch (BindException ex) {
				// Binding the properties reports the value
				return new ConditionOutcome(this.fallback == this.expected, message
					.because("is not a boolean, and counts as " + this.fallback + " until the binding reports it"));
			}
			if (value == null) {
				return new ConditionOutcome(this.fallback == this.expected,
						message.because("is not set, and defaults to " + this.fallback));
			}
			return new ConditionOutcome(value == this.expected, message.because("binds to " + value));
		}

	}

	/**
	 * Matches unless {@code twilio.webhook.enabled} binds to {@code false}.
	 */
	static final class OnWebhookEnabled extends SwitchCondition {

		OnWebhookEnabled() {
			super(ENABLED, true, true);
		}

	}

	/**
	 * Matches when {@code twilio.webhook.enabled} binds to {@code false}: exactly when
	 * {@link OnWebhookEnabled} does not.
	 */
	static final class OnWebhookDisabled extends SwitchCondition {

		OnWebhookDisabled() {
			super(ENABLED, true, false);
		}

	}

	/**
	 * Matches unless {@code twilio.webhook.container-errors-as-problem-details} binds to
	 * {@code false}.
	 */
	static final class OnContainerErrorsAsProblemDetails extends SwitchCondition {

		OnContainerErrorsAsProblemDetails() {
			super(CONTAINER_ERRORS, true, true);
		}

	}

	/**
	 * Matches when {@code twilio.webhook.deduplicate} binds to {@code true}.
	 */
	static final class OnDeduplication extends SwitchCondition {

		OnDeduplication() {
			super(DEDUPLICATE, false, true);
		}

	}

}
