package dev.twiliospring.test.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code twilio.emulator.enabled} binds to {@code true}, as
 * {@link TwilioEmulatorProperties} binds it: {@code on}, {@code yes} and {@code 1} count
 * as well. A property condition knows only {@code true}, so a test that set
 * {@code twilio.emulator.enabled=on} would run against the Twilio account in its
 * configuration instead of the emulator. A value that binds to no boolean ({@code ture})
 * matches, so that binding the properties fails startup and names it, rather than let
 * the application reach Twilio.
 */
final class OnEmulatorEnabledCondition extends SpringBootCondition {

	private static final String ENABLED = "twilio.emulator.enabled";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Twilio emulator property", ENABLED);
		Boolean enabled;
		try {
			enabled = Binder.get(context.getEnvironment()).bind(ENABLED, Boolean.class).orElse(null);
		}
		catch (BindException ex) {
			return ConditionOutcome.match(message.because("is not a boolean, which the binding reports"));
		}
		if (enabled == null) {
			return ConditionOutcome.noMatch(message.because("is not set, and defaults to false"));
		}
		return new ConditionOutcome(enabled, message.because("binds to " + enabled));
	}

}
