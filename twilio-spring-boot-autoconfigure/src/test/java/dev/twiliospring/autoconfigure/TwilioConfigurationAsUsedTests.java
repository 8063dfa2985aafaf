package dev.twiliospring.autoconfigure;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.twiliospring.autoconfigure.webhook.TwilioWebhookAutoConfiguration;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.webhook.TwilioStatusCallbackHandler;
import dev.twiliospring.webhook.WebhookDeduplicationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Configuration as a user writes it: environment variable forms, boolean spellings, and
 * placeholders that nothing resolves.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioConfigurationAsUsedTests {

	static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	static final String AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioWebhookAutoConfiguration.class,
				WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class));

	/** Replace the real environment variables, as a real process would have them. */
	private static WebApplicationContextRunner withOnlyEnvironmentVariables(WebApplicationContextRunner runner,
			Map<String, Object> variables) {
		return runner.withInitializer((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								new LinkedHashMap<>(variables)));
			ConfigurationPropertySources.attach(context.getEnvironment());
		});
	}

	@Test
	void environmentVariableFormsOfEveryPropertyBind() {
		Map<String, Object> env = new LinkedHashMap<>();
		env.put("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
		env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
		env.put("TWILIO_WEBHOOK_PUBLIC_URL", "https://example.ngrok.app");
		env.put("TWILIO_WEBHOOK_MAX_BODY_SIZE", "1KB");
		env.put("TWILIO_READ_TIMEOUT", "5s");
		env.put("TWILIO_CONNECT_TIMEOUT", "4s");
		env.put("TWILIO_MAX_RETRIES", "2");
		env.put("TWILIO_MAX_RESPONSE_SIZE", "1MB");
		env.put("TWILIO_RETRY_MAX_RETRY_AFTER", "7s");
		env.put("TWILIO_RETRY_INITIAL_BACKOFF", "1s");
		env.put("TWILIO_HEALTH_MIN_BALANCE", "5.5");
		env.put("TWILIO_HEALTH_CACHE_TTL", "9s");
		env.put("TWILIO_WEBHOOK_ADDITIONAL_AUTH_TOKENS", "old1,old2");
		env.put("TWILIO_WEBHOOK_STATUS_CALLBACK_PATH", "/twilio/status");
		env.put("TWILIO_WEBHOOK_DEDUPLICATION_TTL", "1m");
		env.put("TWILIO_WEBHOOK_DEDUPLICATION_CAPACITY", "77");
		env.put("TWILIO_WEBHOOK_DEDUPLICATE", "true");
		env.put("TWILIO_TRANSPORT", "built-in");
		env.put("TWILIO_BASE_URL", "http://localhost:1234");
		withOnlyEnvironmentVariables(this.webRunner, env).run((context) -> {
			assertThat(context).hasNotFailed();
			TwilioProperties properties = context.getBean(TwilioProperties.class);
			assertThat(properties.getWebhook().getPublicUrl()).isEqualTo(URI.create("https://example.ngrok.app"));
			assertThat(properties.getWebhook().getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(1));
			assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(4));
			assertThat(properties.getMaxRetries()).isEqualTo(2);
			assertThat(properties.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(1));
			assertThat(properties.getRetry().getMaxRetryAfter()).isEqualTo(Duration.ofSeconds(7));
			assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.getHealth().getMinBalance()).isEqualByComparingTo(new BigDecimal("5.5"));
			assertThat(properties.getHealth().getCacheTtl()).isEqualTo(Duration.ofSeconds(9));
			assertThat(properties.getWebhook().getAdditionalAuthTokens()).containsExactly("old1", "old2");
			assertThat(properties.getWebhook().getStatusCallback().getPath()).isEqualTo("/twilio/status");
			assertThat(properties.getWebhook().getDeduplicationTtl()).isEqualTo(Duration.ofMinutes(1));
			assertThat(properties.getWebhook().getDeduplicationCapacity()).isEqualTo(77);
			assertThat(properties.getTransport()).isEqualTo(TwilioProperties.Transport.BUILT_IN);
			assertThat(context).hasSingleBean(TwilioStatusCallbackHandler.class);
			assertThat(context).hasSingleBean(WebhookDeduplicationStore.class);
			assertThat(context).hasSingleBean(TwilioClient.class);
		});
	}

	@Test
	void apiKeySidEnvironmentVariableFormsBind() {
		withOnlyEnvironmentVariables(this.webRunner,
				Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_API_KEY_SID", "SK0123456789abcdef0123456789abcdef",
						"TWILIO_API_KEY_SECRET", "secret-value", "TWILIO_AUTH_TOKEN", AUTH_TOKEN))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TwilioProperties properties = context.getBean(TwilioProperties.class);
				assertThat(properties.getApiKey().getSid()).isEqualTo("SK0123456789abcdef0123456789abcdef");
				assertThat(properties.getApiKey().getSecret()).isEqualTo("secret-value");
			});
	}

	/**
	 * The binder reads "on" as true, and so does the condition of the deduplication
	 * store.
	 */
	@Test
	void deduplicateOnIsHonouredConsistently() {
		this.webRunner.withPropertyValues("TWILIO_AUTH_TOKEN=", "twilio.auth-token=" + AUTH_TOKEN,
				"twilio.webhook.deduplicate=on")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioProperties.class).getWebhook().isDeduplicate()).isTrue();
				assertThat(context).hasSingleBean(WebhookDeduplicationStore.class);
			});
	}

	/**
	 * A placeholder that nothing resolves is not sent as the credential: startup fails
	 * with the report that names the property.
	 */
	@Test
	void quickStartConfigurationWithMissingTokenFailsWithReport(CapturedOutput output) {
		assertThatException().isThrownBy(() -> runApplication("--TWILIO_AUTH_TOKEN=",
				"--TWILIO_ACCOUNT_SID=" + ACCOUNT_SID, "--twilio.account-sid=${TWILIO_ACCOUNT_SID}",
				"--twilio.auth-token=${TWILIO_MISSING_AUTH_TOKEN}").close());
		assertThat(output).contains("Twilio is not configured correctly").contains("twilio.auth-token")
			.contains("placeholder ${TWILIO_MISSING_AUTH_TOKEN}");
	}

	/**
	 * The report's action names the variable of the README's placeholder, and the empty
	 * default to give that placeholder, rather than another variable.
	 */
	@Test
	void quickStartConfigurationWithMissingTokenNamesThePlaceholderToSet(CapturedOutput output) {
		assertThatException().isThrownBy(() -> runApplication("--TWILIO_AUTH_TOKEN=",
				"--twilio.account-sid=" + ACCOUNT_SID, "--twilio.auth-token=${MY_TWILIO_TOKEN}").close());
		assertThat(output).contains("Set MY_TWILIO_TOKEN, give the placeholder an empty default "
				+ "(${MY_TWILIO_TOKEN:} leaves twilio.auth-token unset), or remove twilio.auth-token: "
				+ "the starter reads the TWILIO_AUTH_TOKEN environment variable itself.")
			.doesNotContain("${TWILIO_AUTH_TOKEN:}");
	}

	@Test
	void quickStartConfigurationWithMissingVariablesFailsWithReport(CapturedOutput output) {
		assertThatException().isThrownBy(() -> runApplication("--TWILIO_AUTH_TOKEN=", "--TWILIO_ACCOUNT_SID=",
				"--twilio.account-sid=${TWILIO_MISSING_ACCOUNT_SID}", "--twilio.auth-token=${TWILIO_MISSING_AUTH_TOKEN}")
			.close());
		assertThat(output).contains("Twilio is not configured correctly").contains("twilio.account-sid");
	}

	private ConfigurableApplicationContext runApplication(String... args) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
