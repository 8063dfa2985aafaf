package dev.twiliospring.autoconfigure.health;

import java.net.URI;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioClientCustomizer;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.health.TwilioHealthIndicator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHealthContributorAutoConfiguration}.
 */
class TwilioHealthContributorAutoConfigurationTests {

	private static final String ACCOUNT_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json";

	private static final String PHONE_NUMBERS_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/IncomingPhoneNumbers.json";

	private static final String API_KEY_SID = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(
				AutoConfigurations.of(TwilioAutoConfiguration.class, TwilioHealthContributorAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void indicatorIsAutoConfiguredForTheClient() {
		this.server.enqueue(Response.json(200, "{\"status\": \"active\", \"type\": \"Full\"}"));
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(TwilioHealthIndicator.class);
			assertThat(context).hasBean("twilioHealthContributor");
			Health health = context.getBean(TwilioHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void healthPropertiesAreApplied() {
		this.server.enqueue(Response.json(200, "{\"status\": \"active\", \"type\": \"Full\"}"),
				Response.json(200, "{\"balance\": \"0.50\", \"currency\": \"USD\"}"));
		this.contextRunner
			.withPropertyValues("twilio.health.min-balance=2.5", "twilio.health.cache-ttl=10m",
					"twilio.health.timeout=5s")
			.run((context) -> {
				TwilioHealthIndicator indicator = context.getBean(TwilioHealthIndicator.class);
				Health health = indicator.health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("error", "Balance 0.50 is below the minimum of 2.5");
				assertThat(indicator.health()).isSameAs(health);
				assertThat(this.server.requestCount()).isEqualTo(2);
				assertThat(indicator.toString()).contains("timeout=PT5S", "cacheTtl=PT10M", "minBalance=2.5");
			});
	}

	@Test
	void failureCacheTtlAppliesToResultsOtherThanUp() {
		this.server.enqueue(Response.json(200, "{\"status\": \"active\", \"type\": \"Full\"}"),
				Response.json(200, "{\"balance\": \"0.50\", \"currency\": \"USD\"}"));
		this.contextRunner
			.withPropertyValues("twilio.health.min-balance=2.5", "twilio.health.cache-ttl=10m",
					"twilio.health.failure-cache-ttl=0s")
			.run((context) -> {
				TwilioHealthIndicator indicator = context.getBean(TwilioHealthIndicator.class);
				assertThat(indicator.toString()).contains("cacheTtl=PT10M", "failureCacheTtl=PT0S");
				assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
				this.server.enqueue(Response.json(200, "{\"status\": \"active\", \"type\": \"Full\"}"),
						Response.json(200, "{\"balance\": \"7.00\", \"currency\": \"USD\"}"));
				// The DOWN result is not reused: the balance is fetched again
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
				assertThat(this.server.requestCount()).isEqualTo(4);
			});
	}

	@Test
	void failureCacheTtlDefaultsToTheCacheTtl() {
		this.contextRunner.withPropertyValues("twilio.health.cache-ttl=2m")
			.run((context) -> assertThat(context.getBean(TwilioHealthIndicator.class).toString())
				.contains("cacheTtl=PT2M", "failureCacheTtl=PT2M"));
	}

	@Test
	void indicatorCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("management.health.twilio.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(TwilioClient.class)
				.doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void indicatorFollowsTheDefaultsSwitch() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void noIndicatorWithoutAClient() {
		new ApplicationContextRunner().withInitializer(TestEnvironments::isolate)
			.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class,
					TwilioHealthContributorAutoConfiguration.class))
			.withPropertyValues("twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthContributor.class));
	}

	@Test
	void noIndicatorWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).hasSingleBean(TwilioClient.class)
				.doesNotHaveBean(TwilioHealthIndicator.class));
	}

	@Test
	void backsOffFromUserDefinedIndicator() {
		HealthIndicator custom = () -> Health.up().build();
		this.contextRunner.withBean("twilioHealthIndicator", HealthIndicator.class, () -> custom)
			.run((context) -> assertThat(context).getBeans(HealthContributor.class)
				.containsOnlyKeys("twilioHealthIndicator"));
	}

	@Test
	void backsOffFromUserDefinedTwilioHealthIndicator() {
		this.contextRunner
			.withBean("myIndicator", TwilioHealthIndicator.class,
					() -> new TwilioHealthIndicator(this.server.client()))
			.run((context) -> assertThat(context).getBeans(HealthContributor.class).containsOnlyKeys("myIndicator"));
	}

	@Test
	void compositeWithOneIndicatorPerClient() {
		this.contextRunner.withBean("mainClient", TwilioClient.class, () -> this.server.client())
			.withBean("tenantClient", TwilioClient.class,
					() -> this.server.client().forAccount("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
			.run((context) -> {
				HealthContributor contributor = context.getBean("twilioHealthContributor", HealthContributor.class);
				assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
				CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
				assertThat(composite.getContributor("mainClient")).isInstanceOf(TwilioHealthIndicator.class);
				assertThat(composite.getContributor("tenantClient")).isInstanceOf(TwilioHealthIndicator.class);
			});
	}

	@Test
	void refusedAuthTokenCostsOneCallPerCheck() {
		// The fallback for Standard API keys would list a phone number after each refusal:
		// two rejected calls per check, twice the load on Twilio during the incident
		this.server.dispatcher((request) -> refused());
		this.contextRunner.withPropertyValues("twilio.health.cache-ttl=0").run((context) -> {
			TwilioHealthIndicator indicator = context.getBean(TwilioHealthIndicator.class);
			for (int i = 0; i < 2; i++) {
				Health health = indicator.health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("httpStatus", 401)
					.containsEntry("errorCode", 20003)
					.containsKey("hint");
			}
			assertThat(this.server.requests()).extracting(RecordedRequest::path)
				.containsExactly(ACCOUNT_PATH, ACCOUNT_PATH);
		});
	}

	@Test
	void indicatorOfAUserDefinedClientWithAStandardApiKeyFallsBack() {
		this.server.dispatcher((request) -> request.path().equals(ACCOUNT_PATH) ? refused()
				: Response.json(200, "{\"incoming_phone_numbers\": [], \"next_page_uri\": null}"));
		this.contextRunner
			.withBean("myClient", TwilioClient.class,
					() -> this.server.clientBuilder().apiKey(API_KEY_SID, "standard").build())
			.withPropertyValues("twilio.health.cache-ttl=0")
			.run((context) -> {
				Health health = context.getBean(TwilioHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("status", "unknown");
				assertThat(this.server.requests()).extracting(RecordedRequest::path)
					.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH);
			});
	}

	@Test
	void indicatorFallsBackForAStandardApiKeyThatACustomizerSets() {
		// The properties hold an auth token, but the key the customizer sets signs the calls
		this.server.dispatcher((request) -> (request.path().equals(ACCOUNT_PATH)
				|| !(API_KEY_SID + ":standard-key-secret").equals(request.basicCredentials())) ? refused()
						: Response.json(200, "{\"incoming_phone_numbers\": [], \"next_page_uri\": null}"));
		this.contextRunner
			.withBean(TwilioClientCustomizer.class,
					() -> (builder) -> builder.apiKey(API_KEY_SID, "standard-key-secret"))
			.withPropertyValues("twilio.health.cache-ttl=0")
			.run((context) -> {
				Health health = context.getBean(TwilioHealthIndicator.class).health();
				assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("status", "unknown");
				assertThat(this.server.requests()).extracting(RecordedRequest::path)
					.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH);
			});
	}

	@Test
	void refusedAuthTokenOfAUserDefinedClientCostsOneCallPerCheck() {
		// The client tells which credentials it signs with, whoever built it
		this.server.dispatcher((request) -> refused());
		this.contextRunner.withBean("myClient", TwilioClient.class, () -> this.server.client())
			.withPropertyValues("twilio.health.cache-ttl=0")
			.run((context) -> {
				Health health = context.getBean(TwilioHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(this.server.requests()).extracting(RecordedRequest::path).containsExactly(ACCOUNT_PATH);
			});
	}

	@Test
	void indicatorFallsBackWhenTheConnectionDetailsHoldAnApiKey() {
		// Connection details of the application's own replace the twilio.* credentials
		this.server.dispatcher((request) -> request.path().equals(ACCOUNT_PATH) ? refused()
				: Response.json(200, "{\"incoming_phone_numbers\": [], \"next_page_uri\": null}"));
		this.contextRunner.withBean(TwilioConnectionDetails.class, () -> new TwilioConnectionDetails() {

			@Override
			public String getAccountSid() {
				return StubTwilioServer.ACCOUNT_SID;
			}

			@Override
			public @Nullable String getAuthToken() {
				return null;
			}

			@Override
			public String getApiKeySid() {
				return API_KEY_SID;
			}

			@Override
			public String getApiKeySecret() {
				return "standard-key-secret";
			}

			@Override
			public URI getBaseUrl() {
				return TwilioHealthContributorAutoConfigurationTests.this.server.baseUrl();
			}

		}).withPropertyValues("twilio.health.cache-ttl=0").run((context) -> {
			Health health = context.getBean(TwilioHealthIndicator.class).health();
			assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
			assertThat(this.server.requests()).extracting(RecordedRequest::path)
				.containsExactly(ACCOUNT_PATH, PHONE_NUMBERS_PATH);
		});
	}

	private static Response refused() {
		return Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
	}

	/**
	 * A negative {@code twilio.health.timeout} silently means "no limit" and a negative
	 * {@code twilio.health.cache-ttl} "ask Twilio on every probe", spending the account's
	 * rate limit, while {@code twilio.connect-timeout=-1s} fails startup naming the
	 * property.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "twilio.health.timeout", "twilio.health.cache-ttl", "twilio.health.failure-cache-ttl" })
	void negativeDurationFailsStartupNamingTheProperty(String property) {
		this.contextRunner.withPropertyValues(property + "=-3s").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
			assertThat(analysis.getDescription()).contains(property);
			assertThat(analysis.getAction()).startsWith("Set " + property);
		});
	}

	private static @Nullable FailureAnalysis analyze(Throwable failure) {
		// The registered analyzers, as Spring Boot runs them; those that need the bean
		// factory are skipped, since none of them explains this failure
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
					(factoryType, factoryImplementationName, loadFailure) -> {
					})) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
