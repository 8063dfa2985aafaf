package dev.twiliospring.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioAutoConfigurationTests {

	static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	static final String OTHER_ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";

	static final String AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

	static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	static final String API_KEY_SECRET = "s3cr3t-api-key-secret-0123456789";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	/**
	 * The machine running the tests may itself export TWILIO_* variables.
	 */

	static ApplicationContextRunner withEnvironmentVariables(ApplicationContextRunner runner,
			Map<String, Object> variables) {
		return runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource("testEnvironment", new LinkedHashMap<>(variables))));
	}

	@Test
	void clientIsCreatedFromProperties() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioClient.class);
				assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(ACCOUNT_SID);
			});
	}

	@Test
	void noClientWithoutAnAccount() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + AUTH_TOKEN).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(TwilioClient.class);
			assertThat(context).hasSingleBean(TwilioConnectionDetails.class);
		});
	}

	@Test
	void credentialsFallBackToConventionalEnvironmentVariables() {
		withEnvironmentVariables(this.contextRunner,
				Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", AUTH_TOKEN, "TWILIO_REGION", "ie1",
						"TWILIO_EDGE", "dublin"))
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(client.region()).isEqualTo("ie1");
				assertThat(client.edge()).isEqualTo("dublin");
				TwilioConnectionDetails details = context.getBean(TwilioConnectionDetails.class);
				assertThat(details.getAuthToken()).isEqualTo(AUTH_TOKEN);
			});
	}

	@Test
	void apiKeyFallsBackToConventionalEnvironmentVariables() {
		withEnvironmentVariables(this.contextRunner, Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_API_KEY",
				API_KEY_SID, "TWILIO_API_SECRET", API_KEY_SECRET))
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioClient.class);
				TwilioConnectionDetails details = context.getBean(TwilioConnectionDetails.class);
				assertThat(details.getApiKeySid()).isEqualTo(API_KEY_SID);
				assertThat(details.getApiKeySecret()).isEqualTo(API_KEY_SECRET);
			});
	}

	@Test
	void blankPropertiesCountAsUnset() {
		withEnvironmentVariables(this.contextRunner, Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN",
				AUTH_TOKEN))
			.withPropertyValues("twilio.account-sid=  ", "twilio.auth-token=", "twilio.region= ")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(context.getBean(TwilioClient.class).region()).isNull();
			});
	}

	@Test
	void blankEnvironmentVariablesCountAsUnset() {
		withEnvironmentVariables(this.contextRunner, Map.of("TWILIO_ACCOUNT_SID", " ", "TWILIO_AUTH_TOKEN", ""))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(TwilioClient.class);
			});
	}

	@Test
	void propertiesTakePrecedenceOverEnvironmentVariables() {
		withEnvironmentVariables(this.contextRunner,
				Map.of("TWILIO_ACCOUNT_SID", OTHER_ACCOUNT_SID, "TWILIO_AUTH_TOKEN", "env-token", "TWILIO_EDGE",
						"sydney"))
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=tokyo")
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(client.edge()).isEqualTo("tokyo");
				assertThat(context.getBean(TwilioConnectionDetails.class).getAuthToken()).isEqualTo(AUTH_TOKEN);
			});
	}

	@Test
	void customizersTakePrecedenceOverProperties() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=tokyo")
			.withBean(TwilioClientCustomizer.class, () -> (builder) -> builder.accountSid(OTHER_ACCOUNT_SID).edge("sydney"))
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.accountSid()).isEqualTo(OTHER_ACCOUNT_SID);
				assertThat(client.edge()).isEqualTo("sydney");
			});
	}

	@Test
	void clientBacksOffWhenUserDefinesOne() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioClient.class);
				assertThat(context.getBean(TwilioClient.class)).isSameAs(UserClientConfiguration.CLIENT);
			});
	}

	@Test
	void userDefinedConnectionDetailsReplaceProperties() {
		this.contextRunner.withPropertyValues("twilio.account-sid=" + OTHER_ACCOUNT_SID)
			.withBean(TwilioConnectionDetails.class, () -> new TwilioConnectionDetails() {

				@Override
				public String getAccountSid() {
					return ACCOUNT_SID;
				}

				@Override
				public String getAuthToken() {
					return AUTH_TOKEN;
				}

				@Override
				public URI getBaseUrl() {
					return URI.create("http://127.0.0.1:9");
				}

			})
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioConnectionDetails.class);
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("http://127.0.0.1:9"));
			});
	}

	@Test
	void userDefinedConnectionDetailsActivateTheClientWithoutProperties() {
		this.contextRunner.withBean(TwilioConnectionDetails.class, () -> new TwilioConnectionDetails() {

			@Override
			public String getAccountSid() {
				return ACCOUNT_SID;
			}

			@Override
			public String getAuthToken() {
				return AUTH_TOKEN;
			}

		}).run((context) -> assertThat(context).hasSingleBean(TwilioClient.class));
	}

	@Test
	void connectionDetailsFromBeanMethodActivateTheClientWithoutProperties() {
		this.contextRunner.withUserConfiguration(ConnectionDetailsConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(TwilioClient.class));
	}

	@Test
	void missingAuthTokenFailsWithActionableMessage() {
		this.contextRunner.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("twilio.auth-token").contains("TWILIO_AUTH_TOKEN");
			assertThat(analysis.getAction()).contains("twilio.auth-token")
				.contains("TWILIO_AUTH_TOKEN")
				.contains("twilio.api-key.sid");
		});
	}

	@Test
	void malformedAccountSidFailsWithoutEchoingTheValue() {
		// A user who swapped the SID and the token must not see the token in the report.
		this.contextRunner.withPropertyValues("twilio.account-sid=" + AUTH_TOKEN, "twilio.auth-token=" + ACCOUNT_SID)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.account-sid")
					.contains("TWILIO_ACCOUNT_SID")
					.contains("malformed")
					.doesNotContain(AUTH_TOKEN);
				assertThat(analysis.getAction()).contains("AC0123456789abcdef0123456789abcdef")
					.contains("32 hex")
					.doesNotContain(AUTH_TOKEN);
				assertThat(context.getStartupFailure()).rootCause().message().doesNotContain(AUTH_TOKEN);
				// Not even its first characters
				assertThat(analysis.getDescription()).doesNotContain("\"s3\"");
			});
	}

	@Test
	void accountSidWithWrongPrefixFails() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=XX0123456789abcdef0123456789abcdef", "twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> assertThat(analyze(context).getDescription()).contains("twilio.account-sid")
				.contains("does not start with \"AC\"")
				.doesNotContain("XX"));
	}

	@Test
	void apiKeyWithoutAccountSidFails() {
		this.contextRunner
			.withPropertyValues("twilio.api-key.sid=" + API_KEY_SID, "twilio.api-key.secret=" + API_KEY_SECRET)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.account-sid").contains("API key");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(API_KEY_SECRET);
			});
	}

	@Test
	void apiKeyWithoutSecretFails() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.api-key.sid=" + API_KEY_SID)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.api-key.secret").contains("TWILIO_API_SECRET");
			});
	}

	@Test
	void malformedApiKeySidFailsWithoutEchoingTheSecret() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.api-key.sid=" + API_KEY_SECRET,
					"twilio.api-key.secret=" + API_KEY_SID)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.api-key.sid").doesNotContain(API_KEY_SECRET);
				assertThat(analysis.getAction()).contains("SK0123456789abcdef0123456789abcdef")
					.doesNotContain(API_KEY_SECRET);
			});
	}

	@Test
	void apiKeyAuthIsAcceptedWithoutAuthToken() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.api-key.sid=" + API_KEY_SID,
					"twilio.api-key.secret=" + API_KEY_SECRET)
			.run((context) -> assertThat(context).hasSingleBean(TwilioClient.class));
	}

	@Test
	void hostHasNoRegionOrEdgeByDefault() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN)
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.twilio.com"));
				assertThat(client.baseUrl(TwilioDomain.MESSAGING))
					.isEqualTo(URI.create("https://messaging.twilio.com"));
			});
	}

	@Test
	void edgeWithoutRegionUsesUs1() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=sydney")
			.run((context) -> assertThat(context.getBean(TwilioClient.class).baseUrl(TwilioDomain.API))
				.isEqualTo(URI.create("https://api.sydney.us1.twilio.com")));
	}

	@Test
	void regionAndEdgeAreBothInTheHost() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=ie1", "twilio.edge=dublin")
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.dublin.ie1.twilio.com"));
				assertThat(client.baseUrl(TwilioDomain.VERIFY))
					.isEqualTo(URI.create("https://verify.dublin.ie1.twilio.com"));
			});
	}

	@Test
	void misspelledEdgeStartsWithAWarning(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=dubln")
			.run((context) -> {
				assertThat(context).hasSingleBean(TwilioClient.class);
				assertThat(output).contains("WARN")
					.contains("Twilio edge 'dubln' is not one of Twilio's edge locations")
					.contains("https://api.dubln.us1.twilio.com");
			});
	}

	@Test
	void regionWithoutEdgeUsesTheRegionsDefaultEdge(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=au1")
			.run((context) -> {
				assertThat(context.getBean(TwilioClient.class).baseUrl(TwilioDomain.API))
					.isEqualTo(URI.create("https://api.sydney.au1.twilio.com"));
				assertThat(output).contains("Twilio region 'au1' is set without an edge: using its default edge "
						+ "'sydney'");
			});
	}

	@Test
	void baseUrlReplacesEveryProductHost() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.base-url=http://127.0.0.1:8089", "twilio.region=ie1", "twilio.edge=dublin")
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("http://127.0.0.1:8089"));
				assertThat(client.baseUrl(TwilioDomain.LOOKUPS)).isEqualTo(URI.create("http://127.0.0.1:8089"));
			});
	}

	@Test
	void secretsDoNotAppearInToString() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.api-key.sid=" + API_KEY_SID, "twilio.api-key.secret=" + API_KEY_SECRET,
					"twilio.webhook.additional-auth-tokens=old-token-0123456789")
			.run((context) -> {
				String text = context.getBean(TwilioProperties.class).toString()
						+ context.getBean(TwilioClient.class).toString()
						+ context.getBean(TwilioConnectionDetails.class).toString();
				assertThat(text).contains(ACCOUNT_SID)
					.doesNotContain(AUTH_TOKEN)
					.doesNotContain(API_KEY_SECRET)
					.doesNotContain("old-token-0123456789");
			});
	}

	@Test
	void zeroRetryDeadlineLeavesRetriesToMaxRetries() {
		try (StubTwilioServer server = StubTwilioServer.start()) {
			server.enqueue(Response.json(503, "{}"), Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\"}"));
			this.contextRunner
				.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
						"twilio.base-url=" + server.baseUrl(), "twilio.max-retries=1",
						"twilio.retry.initial-backoff=0ms", "twilio.retry.deadline=0")
				.run((context) -> {
					assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
					assertThat(server.requestCount()).isEqualTo(2);
				});
		}
	}

	@Test
	void customizerMakesTheWaitsOfRetriesExactForATest() {
		try (StubTwilioServer server = StubTwilioServer.start()) {
			server.enqueue(Response.json(429, "{}").header("Retry-After", "2"), Response.json(503, "{}"),
					Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\"}"));
			List<Duration> waits = new CopyOnWriteArrayList<>();
			this.contextRunner
				.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
						"twilio.base-url=" + server.baseUrl(), "twilio.max-retries=2")
				.withBean(TwilioClientCustomizer.class,
						() -> (builder) -> builder.sleeper(waits::add).random(() -> 0L))
				.run((context) -> {
					assertThat(context.getBean(TwilioClient.class).accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
					assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ZERO);
				});
		}
	}

	@Test
	void invalidClientSettingsNameTheirProperty() {
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("twilio.retry.deadline=-1s", "twilio.retry.deadline");
		cases.put("twilio.read-timeout=-5s", "twilio.read-timeout");
		cases.put("twilio.max-retries=-1", "twilio.max-retries");
		cases.put("twilio.max-response-size=0", "twilio.max-response-size");
		cases.put("twilio.max-response-size=4GB", "twilio.max-response-size");
		cases.put("twilio.region=ie_1", "twilio.region");
		cases.put("twilio.edge=dub lin", "twilio.edge");
		cases.put("twilio.base-url=http://localhost:8080/api", "twilio.base-url");
		cases.forEach((setting, property) -> this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN, setting)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).as(setting).contains(property).contains("not valid");
				assertThat(analysis.getAction()).as(setting).startsWith("Set " + property);
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(AUTH_TOKEN);
			}));
	}

	@Test
	void timeoutsApplyToAnApplicationsOwnRestClientBuilder() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.contextRunner.withBean(RestClient.Builder.class, RestClient::builder)
				.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
						"twilio.base-url=http://127.0.0.1:" + silent.getLocalPort(), "twilio.read-timeout=300ms")
				.run((context) -> {
					TwilioClient client = context.getBean(TwilioClient.class);
					// The server accepts the connection and never answers
					assertThatExceptionOfType(TwilioConnectionException.class)
						.isThrownBy(() -> client.accounts().fetch());
				});
		}
	}

	/**
	 * Twilio hosts are {@code {product}.{edge}.{region}.twilio.com}; regions are ids such as
	 * {@code us1}, {@code ie1} or {@code au1}, edges are places such as {@code dublin}. An
	 * edge put in {@code twilio.region} starts cleanly today and every call then fails
	 * with an unknown host.
	 */
	@Test
	void edgeLocationSetAsTheRegionFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=dublin")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.region");
				assertThat(analysis.getAction()).contains("twilio.region").contains("twilio.edge");
			});
	}

	@Test
	void regionIdSetAsTheEdgeFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.edge=ie1")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.edge");
				assertThat(analysis.getAction()).contains("twilio.edge").contains("twilio.region");
			});
	}

	@Test
	void credentialSetAsTheRegionFailsStartupWithoutShowingIt() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.region=" + AUTH_TOKEN)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("twilio.region")
					.contains("of " + AUTH_TOKEN.length() + " characters")
					.doesNotContain(AUTH_TOKEN);
				assertThat(context.getStartupFailure()).rootCause().message().doesNotContain(AUTH_TOKEN);
			});
	}

	@Test
	void apiKeyGivenAsOneValueFailsStartupInsteadOfFallingBackToTheAuthToken() {
		// the SID given where the group belongs was ignored: the client used the token
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=" + AUTH_TOKEN,
					"twilio.api-key=" + API_KEY_SID)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("Property: twilio.api-key\n");
				assertThat(analysis.getAction()).contains("twilio.api-key.sid");
			});
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		FailureAnalysis analysis = new InvalidTwilioConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(AUTH_TOKEN);
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		static final TwilioClient CLIENT = TwilioClient.builder()
			.accountSid(OTHER_ACCOUNT_SID)
			.authToken("user-token")
			.build();

		@Bean
		TwilioClient userClient() {
			return CLIENT;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		TwilioConnectionDetails userConnectionDetails() {
			return new TwilioConnectionDetails() {

				@Override
				public String getAccountSid() {
					return ACCOUNT_SID;
				}

				@Override
				public String getAuthToken() {
					return AUTH_TOKEN;
				}

			};
		}

	}

}
