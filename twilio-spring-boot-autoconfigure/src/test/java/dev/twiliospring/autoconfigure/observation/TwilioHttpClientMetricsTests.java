package dev.twiliospring.autoconfigure.observation;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.observation.TwilioHttpUrlObservationFilter;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.client.observation.ClientRequestObservationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the metrics that an auto-configured {@link TwilioClient} records: Twilio's
 * {@code twilio.client.requests} and Spring's {@code http.client.requests} carry path
 * templates, never SIDs or phone numbers. Spring's come from Spring Boot's RestClient
 * instrumentation, which needs {@code spring-boot-restclient}; Twilio's do not. Neither
 * observation puts SIDs or phone numbers in its span attributes either.
 */
class TwilioHttpClientMetricsTests {

	private static final String MESSAGE_SID = "SM0123456789abcdef0123456789abcdef";

	private static final String PHONE_NUMBER = "+15558675310";

	private static final Pattern RAW_VALUE = Pattern.compile(".*(AC[0-9a-f]{32}|SM[0-9a-f]{32}|5558675310).*");

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, RestClientObservationAutoConfiguration.class,
				TwilioAutoConfiguration.class, TwilioObservationAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void metricsCarryPathTemplatesOnly() {
		this.server.enqueue(Response.json(200, "{\"status\": \"active\"}"),
				Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"),
				Response.json(200, "{\"messages\": [], \"next_page_uri\": null}"),
				Response.json(404, "{\"code\": 20404, \"message\": \"Not found\", \"status\": 404}"));
		this.contextRunner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			client.accounts().fetch();
			client.messages().fetch(MESSAGE_SID);
			client.messages().list(MessageListRequest.builder().to(PHONE_NUMBER).build());
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID));
			assertThat(this.server.requests().get(1).path()).contains(MESSAGE_SID);
			SimpleMeterRegistry meterRegistry = context.getBean(SimpleMeterRegistry.class);
			List<String> templates = List.of("/2010-04-01/Accounts/{Sid}.json",
					"/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
					"/2010-04-01/Accounts/{AccountSid}/Messages.json");
			assertThat(uris(meterRegistry.get("http.client.requests").timers()))
				.containsExactlyInAnyOrderElementsOf(templates);
			assertThat(uris(meterRegistry.get("twilio.client.requests").timers()))
				.containsExactlyInAnyOrderElementsOf(templates);
			assertThat(meterRegistry.get("twilio.client.requests")
				.tags("uri", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json", "status", "404", "error.code",
						"20404", "outcome", "CLIENT_ERROR", "domain", "api", "method", "GET")
				.timer()
				.count()).isEqualTo(1);
			assertThat(meterRegistry.getMeters()).flatExtracting((meter) -> meter.getId().getTags())
				.extracting(Tag::getValue)
				.noneMatch((value) -> RAW_VALUE.matcher(value).matches());
		});
	}

	/**
	 * With the built-in transport the client starts from a builder of its own rather than
	 * Boot's, with Boot's RestClient customizers applied: its observation among them.
	 */
	@Test
	void httpClientRequestsAreObservedWithTheBuiltInTransport() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"));
		this.contextRunner.withPropertyValues("twilio.transport=built-in").run((context) -> {
			context.getBean(TwilioClient.class).messages().fetch(MESSAGE_SID);
			SimpleMeterRegistry meterRegistry = context.getBean(SimpleMeterRegistry.class);
			assertThat(uris(meterRegistry.get("http.client.requests").timers()))
				.containsExactly("/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json");
		});
	}

	@Test
	void httpObservationsCarryUrlTemplatesForTracing() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"),
				Response.json(200, "{\"messages\": [], \"next_page_uri\": null}"));
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(ObservationHandler.class, () -> new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		}).run((context) -> {
			assertThat(context).hasSingleBean(TwilioHttpUrlObservationFilter.class);
			TwilioClient client = context.getBean(TwilioClient.class);
			client.messages().fetch(MESSAGE_SID);
			client.messages().list(MessageListRequest.builder().to(PHONE_NUMBER).build());
			assertThat(stopped).filteredOn(ClientRequestObservationContext.class::isInstance)
				.extracting((observed) -> observed.getHighCardinalityKeyValue("http.url").getValue())
				.containsExactly(this.server.baseUrl() + "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
						this.server.baseUrl() + "/2010-04-01/Accounts/{AccountSid}/Messages.json");
			assertThat(stopped).hasSize(4)
				.flatExtracting((observed) -> observed.getAllKeyValues().stream().toList())
				.extracting(KeyValue::getValue)
				.noneMatch((value) -> RAW_VALUE.matcher(value).matches());
		});
	}

	@Test
	void twilioMetricsAreRecordedWithoutBootRestClientSupport() {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"),
				Response.json(200, "{\"messages\": [], \"next_page_uri\": null}"));
		new ApplicationContextRunner()
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.restclient", "org.springframework.boot.http.client"))
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					TwilioAutoConfiguration.class, TwilioObservationAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
					"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				client.messages().fetch(MESSAGE_SID);
				client.messages().list(MessageListRequest.builder().to(PHONE_NUMBER).build());
				SimpleMeterRegistry meterRegistry = context.getBean(SimpleMeterRegistry.class);
				assertThat(uris(meterRegistry.get("twilio.client.requests").timers())).containsExactlyInAnyOrder(
						"/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
						"/2010-04-01/Accounts/{AccountSid}/Messages.json");
				assertThat(meterRegistry.find("http.client.requests").timers()).isEmpty();
				assertThat(meterRegistry.getMeters()).flatExtracting((meter) -> meter.getId().getTags())
					.extracting(Tag::getValue)
					.noneMatch((value) -> RAW_VALUE.matcher(value).matches());
			});
	}

	private static List<String> uris(Collection<Timer> timers) {
		return timers.stream().map(Meter::getId).map((id) -> id.getTag("uri")).distinct().toList();
	}

}
