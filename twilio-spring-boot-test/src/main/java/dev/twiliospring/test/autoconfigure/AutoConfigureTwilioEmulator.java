package dev.twiliospring.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Annotation for a test class that runs the application against a local
 * {@code TwilioEmulator} instead of Twilio: the emulator starts on a random loopback
 * port, the auto-configured {@code TwilioClient} talks to it, webhooks are signed with
 * its auth token, and the emulator can be injected:
 * <pre class="code">
 * &#064;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * &#064;AutoConfigureTwilioEmulator
 * class OrderNotificationTests {
 *
 *     &#064;Autowired
 *     TwilioEmulator emulator;
 *
 * }
 * </pre>
 *
 * @since 1.0.0
 * @see TwilioEmulatorAutoConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("twilio.emulator")
public @interface AutoConfigureTwilioEmulator {

	/**
	 * Whether the emulator is started.
	 * @return whether the emulator is enabled
	 */
	boolean enabled() default true;

	/**
	 * Time between two status changes of a message or call, such as {@code 10ms}. Left
	 * at its default, {@code twilio.emulator.step-delay} decides.
	 * @return the step delay
	 */
	@PropertyMapping(skip = PropertyMapping.Skip.ON_DEFAULT_VALUE)
	String stepDelay() default "50ms";

}
