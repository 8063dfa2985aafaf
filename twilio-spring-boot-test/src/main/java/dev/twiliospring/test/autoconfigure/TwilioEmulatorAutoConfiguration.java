package dev.twiliospring.test.autoconfigure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Supplier;

import dev.twiliospring.autoconfigure.InvalidTwilioConfigurationException;
import dev.twiliospring.autoconfigure.TwilioClientCustomizer;
import dev.twiliospring.test.emulator.TwilioEmulator;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that starts a {@link TwilioEmulator} and connects the application
 * to it with {@link TwilioEmulatorConnectionDetails}, when
 * {@code twilio.emulator.enabled} is {@code true} (or {@code on}, {@code yes}, {@code 1}).
 * The emulator is a bean, so tests can inject it; it stops with the application context.
 * It reads the time from the application's {@link Clock} bean when there is one (or a
 * primary one), so that a test that moves that clock on moves the emulator's too; while
 * that clock gives no instant, as a {@code @MockitoBean Clock} does until the test stubs
 * it, the emulator reads the system clock's time and says so once in a warning that names
 * the bean.
 *
 * @since 1.0.0
 * @see AutoConfigureTwilioEmulator
 */
@AutoConfiguration(beforeName = { "dev.twiliospring.autoconfigure.TwilioAutoConfiguration",
		"dev.twiliospring.autoconfigure.webhook.TwilioWebhookAutoConfiguration" })
@Conditional(OnEmulatorEnabledCondition.class)
@EnableConfigurationProperties(TwilioEmulatorProperties.class)
public final class TwilioEmulatorAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	TwilioEmulator twilioEmulator(TwilioEmulatorProperties properties, ObjectProvider<Clock> clock,
			ListableBeanFactory beanFactory) {
		TwilioEmulator.Builder builder = TwilioEmulator.builder();
		clock.ifUnique((applicationClock) -> builder.clock(new ApplicationClock(applicationClock, beanFactory)));
		valid("twilio.emulator.port", "a port from 0 to 65535, 0 for a random free one",
				() -> builder.port(properties.getPort()));
		valid("twilio.emulator.step-delay", "a duration of zero or more, such as 50ms",
				() -> builder.stepDelay(properties.getStepDelay()));
		String accountSid = properties.getAccountSid();
		if (StringUtils.hasText(accountSid)) {
			String trimmed = accountSid.trim();
			valid("twilio.emulator.account-sid",
					"an account SID shaped like AC0123456789abcdef0123456789abcdef (AC followed by 32 hex characters)",
					() -> builder.accountSid(trimmed));
		}
		String authToken = properties.getAuthToken();
		if (StringUtils.hasText(authToken)) {
			// Never refused: the emulator refuses a blank auth token only
			builder.authToken(authToken.trim());
		}
		return builder.start();
	}

	/**
	 * Apply a property to the emulator, naming the property when the emulator refuses
	 * its value, as the starter does for its own properties.
	 */
	private static void valid(String property, String expected, Supplier<TwilioEmulator.Builder> setting) {
		InvalidTwilioConfigurationException.applySetting(property, null, expected, setting);
	}

	/**
	 * The application's clock, named by its bean in what the emulator logs about it.
	 */
	private static final class ApplicationClock extends Clock {

		private final Clock clock;

		private final String name;

		ApplicationClock(Clock clock, ListableBeanFactory beanFactory) {
			this(clock, name(clock, beanFactory.getBeanNamesForType(Clock.class), beanFactory));
		}

		private ApplicationClock(Clock clock, String name) {
			this.clock = clock;
			this.name = name;
		}

		private static String name(Clock clock, String[] names, ListableBeanFactory beanFactory) {
			// Several only with a primary one among them, which is the one in use
			return Arrays.stream(names)
				.filter((name) -> names.length == 1 || beanFactory.getBean(name) == clock)
				.findFirst()
				.map((name) -> "the application's Clock bean '" + name + "'")
				.orElse("the application's Clock bean");
		}

		@Override
		public Instant instant() {
			return this.clock.instant();
		}

		@Override
		public ZoneId getZone() {
			return this.clock.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new ApplicationClock(this.clock.withZone(zone), this.name);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Connection details for the emulator, primary over any the application defines
	 * itself (read from a secret store, say), so that a test that enables the emulator
	 * never reaches real Twilio.
	 * @param twilioEmulator the emulator
	 * @return the connection details
	 */
	@Bean
	@Primary
	@ConditionalOnMissingBean(TwilioEmulatorConnectionDetails.class)
	TwilioEmulatorConnectionDetails twilioEmulatorConnectionDetails(TwilioEmulator twilioEmulator) {
		return new TwilioEmulatorConnectionDetails(twilioEmulator);
	}

	/**
	 * Keeps the client sending to the emulator when the test also has Spring Boot's
	 * {@code MockRestServiceServer}, such as for another API: the client otherwise
	 * sends through the mock that is bound to its {@code RestClient.Builder}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.restclient.test.MockServerRestClientCustomizer")
	static class MockRestServiceServerConfiguration {

		@Bean
		TwilioClientCustomizer twilioEmulatorTransportCustomizer() {
			// Replaces the mock; a transport of Spring Boot's HTTP client, when set, stays
			return (builder) -> builder.builtInTransport();
		}

	}

}
