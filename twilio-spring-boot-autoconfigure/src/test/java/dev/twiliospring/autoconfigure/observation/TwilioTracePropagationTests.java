package dev.twiliospring.autoconfigure.observation;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioClientCustomizer;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.observation.TestPropagator;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the trace context headers of an auto-configured {@link TwilioClient}'s
 * requests: a tracer writes them into the requests of every observed {@code RestClient},
 * and Twilio's go without them.
 */
class TwilioTracePropagationTests {

	private static final String ACTIVE_ACCOUNT = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class, TwilioAutoConfiguration.class,
				TwilioObservationAutoConfiguration.class))
		.withBean(Propagator.class, () -> new TestPropagator("alice"))
		.withBean(PropagatingSenderTracingObservationHandler.class,
				() -> new PropagatingSenderTracingObservationHandler<>(new SimpleTracer(), new TestPropagator("alice")))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl());

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void twilioRequestsCarryNoneOfThePropagatorsHeaders() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT), Response.json(200, "{}"));
		this.contextRunner.run((context) -> {
			context.getBean(TwilioClient.class).accounts().fetch();
			context.getBean(RestClient.Builder.class)
				.build()
				.get()
				.uri(this.server.baseUrl() + "/other")
				.retrieve()
				.toBodilessEntity();
			RecordedRequest twilio = this.server.requests().get(0);
			RecordedRequest other = this.server.requests().get(1);
			assertThat(other.headers()).containsKeys(TestPropagator.HEADERS);
			assertThat(twilio.headers()).doesNotContainKeys(TestPropagator.HEADERS);
		});
	}

	@Test
	void twilioRequestsCarryNoneOfThePropagatorsHeadersWithTheBuiltInTransport() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		this.contextRunner.withPropertyValues("twilio.transport=built-in").run((context) -> {
			context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(this.server.requests().get(0).headers()).doesNotContainKeys(TestPropagator.HEADERS);
		});
	}

	@Test
	void customizerSendsTheTraceContextToTwilio() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		this.contextRunner
			.withBean(TwilioClientCustomizer.class, () -> (builder) -> builder.propagateTraceContext(true))
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.requests().get(0).headers()).containsKeys(TestPropagator.HEADERS);
			});
	}

	@Test
	void propertySendsTheTraceContextToTwilio() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		this.contextRunner.withPropertyValues("twilio.propagate-trace-context=true").run((context) -> {
			context.getBean(TwilioClient.class).accounts().fetch();
			assertThat(this.server.requests().get(0).headers()).containsKeys(TestPropagator.HEADERS);
		});
	}

	@Test
	void customizerOverridesTheProperty() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		this.contextRunner.withPropertyValues("twilio.propagate-trace-context=true")
			.withBean(TwilioClientCustomizer.class, () -> (builder) -> builder.propagateTraceContext(false))
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.requests().get(0).headers()).doesNotContainKeys(TestPropagator.HEADERS);
			});
	}

	@Test
	void clientIsConfiguredWithoutMicrometerTracing() {
		this.server.enqueue(Response.json(200, ACTIVE_ACCOUNT));
		new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("io.micrometer.tracing"))
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
					TwilioAutoConfiguration.class, TwilioObservationAutoConfiguration.class))
			.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
					"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				assertThat(context).doesNotHaveBean("twilioTraceContextHeadersCustomizer");
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.requests()).hasSize(1);
			});
	}

}
