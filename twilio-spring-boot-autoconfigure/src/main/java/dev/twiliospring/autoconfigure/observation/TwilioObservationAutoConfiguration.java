package dev.twiliospring.autoconfigure.observation;

import dev.twiliospring.autoconfigure.TwilioClientCustomizer;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.observation.TwilioClientObservationConvention;
import dev.twiliospring.observation.TwilioClientObservationListener;
import dev.twiliospring.observation.TwilioClientRetryMetricsListener;
import dev.twiliospring.observation.TwilioHttpUrlObservationFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for observations and metrics of {@link TwilioClient} calls: a
 * {@link TwilioClientObservationListener} and a {@link TwilioHttpUrlObservationFilter}
 * (URL templates instead of URLs in Spring's HTTP client observations of Twilio's
 * requests) when an {@link ObservationRegistry} is available, and a
 * {@link TwilioClientRetryMetricsListener} when a {@link MeterRegistry} is. The auto-configured client picks up every {@code TwilioClientListener} bean.
 * With Micrometer Tracing, the headers that the application's {@link Propagator}s write
 * are kept from Twilio's requests, with W3C's and B3's, unless the client is told to
 * {@link TwilioClient.Builder#propagateTraceContext propagate the trace context}.
 * <p>
 * Observations can be switched off like any other, with
 * {@code management.observations.enable.twilio=false}.
 *
 * @since 1.0.0
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ TwilioClient.class, ObservationRegistry.class })
public final class TwilioObservationAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ObservationRegistry.class)
	static class ObservationConfiguration {

		// Ordered first, so that other listeners run inside the observation and see its
		// trace context
		@Bean
		@Order(0)
		@ConditionalOnMissingBean
		TwilioClientObservationListener twilioClientObservationListener(ObservationRegistry observationRegistry,
				ObjectProvider<TwilioClientObservationConvention> observationConvention) {
			return new TwilioClientObservationListener(observationRegistry, observationConvention.getIfAvailable());
		}

		// Spring Boot applies ObservationFilter beans to its registry
		@Bean
		@ConditionalOnMissingBean
		TwilioHttpUrlObservationFilter twilioHttpUrlObservationFilter() {
			return new TwilioHttpUrlObservationFilter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Propagator.class)
	static class TracingConfiguration {

		// The client keeps W3C's and B3's headers from Twilio; a propagator names those it
		// writes besides, such as Brave's headers of remote baggage fields
		@Bean
		@ConditionalOnMissingBean(name = "twilioTraceContextHeadersCustomizer")
		TwilioClientCustomizer twilioTraceContextHeadersCustomizer(ObjectProvider<Propagator> propagators) {
			return (builder) -> propagators.orderedStream()
				.forEach((propagator) -> builder.traceContextHeaders(propagator.fields()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TwilioClientRetryMetricsListener twilioClientRetryMetricsListener(MeterRegistry meterRegistry) {
			return new TwilioClientRetryMetricsListener(meterRegistry);
		}

	}

}
