package dev.twiliospring.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioClientCustomizer;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRetryReason;
import dev.twiliospring.observation.DefaultTwilioClientObservationConvention;
import dev.twiliospring.observation.TwilioClientObservationConvention;
import dev.twiliospring.observation.TwilioClientObservationListener;
import dev.twiliospring.observation.TwilioClientRetryMetricsListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioObservationAutoConfiguration}.
 */
class TwilioObservationAutoConfigurationTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
				TwilioObservationAutoConfiguration.class, TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void observationListenerIsAutoConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(TwilioClientObservationListener.class);
			assertThat(context).doesNotHaveBean(TwilioClientRetryMetricsListener.class);
		});
	}

	@Test
	void noObservationListenerWithoutObservationRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(TwilioObservationAutoConfiguration.class, TwilioAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
					"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN)
			.run((context) -> assertThat(context).hasSingleBean(TwilioClient.class)
				.doesNotHaveBean(TwilioClientObservationListener.class));
	}

	@Test
	void switchesOffWithoutMicrometerObservation() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioClientObservationListener.class)
				.doesNotHaveBean(TwilioClientRetryMetricsListener.class));
	}

	@Test
	void retryMetricsListenerIsAutoConfiguredWithMeterRegistry() {
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).hasSingleBean(TwilioClientRetryMetricsListener.class));
	}

	@Test
	void noRetryMetricsListenerWithoutMicrometerCore() {
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioClientRetryMetricsListener.class)
				.hasSingleBean(TwilioClientObservationListener.class));
	}

	@Test
	void backsOffFromUserDefinedListeners() {
		TwilioClientObservationListener observationListener = new TwilioClientObservationListener(
				ObservationRegistry.NOOP);
		TwilioClientRetryMetricsListener metricsListener = new TwilioClientRetryMetricsListener(
				new SimpleMeterRegistry());
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withBean("customObservationListener", TwilioClientObservationListener.class, () -> observationListener)
			.withBean("customMetricsListener", TwilioClientRetryMetricsListener.class, () -> metricsListener)
			.run((context) -> {
				assertThat(context).getBean(TwilioClientObservationListener.class).isSameAs(observationListener);
				assertThat(context).getBean(TwilioClientRetryMetricsListener.class).isSameAs(metricsListener);
			});
	}

	@Test
	void autoConfiguredClientIsObservedWithTheUserConvention() {
		TestObservationRegistry observationRegistry = TestObservationRegistry.create();
		this.server.enqueue(Response.json(200, "{\"status\": \"active\"}"));
		this.contextRunner.withBean(ObservationRegistry.class, () -> observationRegistry)
			.withBean(TwilioClientObservationConvention.class,
					() -> new DefaultTwilioClientObservationConvention("acme.twilio.calls"))
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(observationRegistry).hasObservationWithNameEqualTo("acme.twilio.calls")
					.that()
					.hasLowCardinalityKeyValue("uri", "/2010-04-01/Accounts/{Sid}.json");
			});
	}

	@Test
	void autoConfiguredClientCallsEveryListenerBean() {
		TestObservationRegistry observationRegistry = TestObservationRegistry.create();
		RecordingListener recording = new RecordingListener(observationRegistry);
		this.server.enqueue(Response.json(500, "{\"code\": 20500, \"message\": \"Oops\"}"),
				Response.json(200, "{\"status\": \"active\"}"));
		this.contextRunner.withBean(ObservationRegistry.class, () -> observationRegistry)
			.withBean(SimpleMeterRegistry.class)
			.withBean(RecordingListener.class, () -> recording)
			.withPropertyValues("twilio.max-retries=1", "twilio.retry.initial-backoff=0ms")
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(observationRegistry).hasNumberOfObservationsWithNameEqualTo("twilio.client.requests", 1);
				assertThat(context.getBean(SimpleMeterRegistry.class)
					.get("twilio.client.retries")
					.tag("reason", "SERVER_ERROR")
					.counter()
					.count()).isEqualTo(1);
				assertThat(recording.events).containsExactly(
						"around GET /2010-04-01/Accounts/{Sid}.json in twilio.client.requests", "retry SERVER_ERROR");
			});
	}

	@Test
	void retryIsCountedOnceWhenTheApplicationGivesTheClientRetryMetricsListenersOfItsOwn() {
		this.server.enqueue(Response.json(500, "{\"code\": 20500, \"message\": \"Oops\"}"),
				Response.json(200, "{\"status\": \"active\"}"));
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withUserConfiguration(OwnRetryMetricsConfiguration.class)
			.withPropertyValues("twilio.max-retries=1", "twilio.retry.initial-backoff=0ms")
			.run((context) -> {
				assertThat(context).hasBean("twilioClientRetryMetricsListener").hasBean("ownRetryMetricsListener");
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.requests()).hasSize(2);
				assertThat(context.getBean(SimpleMeterRegistry.class)
					.get("twilio.client.retries")
					.tag("reason", "SERVER_ERROR")
					.counter()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void observationsCanBeSwitchedOffByName() {
		TestObservationRegistry observationRegistry = TestObservationRegistry.create();
		this.server.enqueue(Response.json(200, "{\"status\": \"active\"}"));
		this.contextRunner.withBean(ObservationRegistry.class, () -> observationRegistry)
			.withPropertyValues("management.observations.enable.twilio=false")
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(observationRegistry).doesNotHaveAnyObservation();
			});
	}

	@Test
	void retryCounterIsSwitchedOffAsAMeter() {
		ApplicationContextRunner contextRunner = this.contextRunner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("twilio.max-retries=1", "twilio.retry.initial-backoff=1ms");
		String error = "{\"code\": 20500, \"message\": \"Internal error\", \"status\": 500}";
		this.server.enqueue(Response.json(500, error), Response.json(200, "{\"status\": \"active\"}"));
		contextRunner.run((context) -> {
			context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(context.getBean(SimpleMeterRegistry.class).find("twilio.client.retries").counter())
				.satisfies((counter) -> assertThat(counter.count()).isEqualTo(1));
		});
		this.server.enqueue(Response.json(500, error), Response.json(200, "{\"status\": \"active\"}"));
		contextRunner.withPropertyValues("management.metrics.enable.twilio.client.retries=false").run((context) -> {
			context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(this.server.requests()).hasSize(4);
			assertThat(context.getBean(SimpleMeterRegistry.class).find("twilio.client.retries").counter()).isNull();
		});
	}

	/**
	 * An application that gives the client a retry counter of its own twice: as a bean
	 * declared as a {@link TwilioClientListener}, which the auto-configured one does not
	 * back off from, and through a customizer.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnRetryMetricsConfiguration {

		@Bean
		TwilioClientListener ownRetryMetricsListener(MeterRegistry meterRegistry) {
			return new TwilioClientRetryMetricsListener(meterRegistry);
		}

		@Bean
		TwilioClientCustomizer retryMetricsCustomizer(MeterRegistry meterRegistry) {
			return (builder) -> builder.listener(new TwilioClientRetryMetricsListener(meterRegistry));
		}

	}

	static class RecordingListener implements TwilioClientListener {

		final List<String> events = new CopyOnWriteArrayList<>();

		private final ObservationRegistry observationRegistry;

		RecordingListener(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
		}

		@Override
		public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
			Observation current = this.observationRegistry.getCurrentObservation();
			this.events.add("around " + context.method() + " " + context.pathTemplate() + " in "
					+ ((current != null) ? current.getContext().getName() : "none"));
			return execution.get();
		}

		@Override
		public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
			this.events.add("retry " + reason);
		}

	}

}
