package dev.twiliospring.autoconfigure.actuate;

import java.util.Map;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.health.TwilioInfoContributor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioInfoContributorAutoConfiguration}.
 */
class TwilioInfoContributorAutoConfigurationTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(
				AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioInfoContributorAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=s3cr3t-auth-token-0123456789",
				"twilio.region=ie1", "twilio.edge=dublin");

	@Test
	@SuppressWarnings("unchecked")
	void contributorIsAutoConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(TwilioInfoContributor.class);
			Info.Builder builder = new Info.Builder();
			context.getBean(TwilioInfoContributor.class).contribute(builder);
			Map<String, Object> twilio = (Map<String, Object>) builder.build().getDetails().get("twilio");
			assertThat(twilio).containsEntry("region", "ie1")
				.containsEntry("edge", "dublin")
				.containsEntry("account", "AC01\u2026cdef");
		});
	}

	@Test
	void contributorCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("management.info.twilio.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(InfoContributor.class));
	}

	@Test
	void contributorFollowsTheDefaultsSwitch() {
		this.contextRunner.withPropertyValues("management.info.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(InfoContributor.class));
	}

	@Test
	void noContributorWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioInfoContributor.class));
	}

	@Test
	void noContributorWithoutAClient() {
		new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
			.withConfiguration(
					AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioInfoContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(InfoContributor.class));
	}

	@Test
	void backsOffFromUserDefinedContributor() {
		InfoContributor custom = (builder) -> builder.withDetail("twilio", "custom");
		this.contextRunner.withBean("twilioInfoContributor", InfoContributor.class, () -> custom)
			.run((context) -> assertThat(context).getBean(InfoContributor.class).isSameAs(custom));
	}

}
