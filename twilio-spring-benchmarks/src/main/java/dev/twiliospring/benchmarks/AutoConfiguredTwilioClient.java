package dev.twiliospring.benchmarks;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.observation.TwilioObservationAutoConfiguration;
import dev.twiliospring.client.TwilioClient;

/**
 * The {@link TwilioClient} that a Spring Boot application with
 * {@code spring-boot-starter-restclient} and Micrometer gets: the auto-configuration
 * builds it from Boot's {@code RestClient.Builder}, whose requests Boot observes, with
 * a meter registry behind the observations and the Twilio listeners of
 * {@link TwilioObservationAutoConfiguration}. The auto-configurations are named rather
 * than discovered, as the benchmark jar keeps one of its dependencies' lists of them.
 * <p>
 * {@code twilio.transport} is {@code built-in}, what {@code auto} picks in an
 * application without an HTTP client library: the benchmark's class path has Apache
 * HttpClient 5, for twilio-java, which {@code auto} would otherwise send with.
 */
final class AutoConfiguredTwilioClient {

	private AutoConfiguredTwilioClient() {
	}

	/**
	 * Start an application context whose Twilio client sends to the given server.
	 * @param baseUrl the server's base URL
	 * @return the context, with a {@link TwilioClient} bean, to be closed by the caller
	 */
	static ConfigurableApplicationContext start(URI baseUrl) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		// First, so that no twilio.* setting of the machine's environment changes what is
		// measured
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("clientBenchmark",
					Map.of("twilio.account-sid", LoopbackTwilioServer.ACCOUNT_SID, "twilio.auth-token",
							LoopbackTwilioServer.AUTH_TOKEN, "twilio.base-url", baseUrl.toString(), "twilio.transport",
							"built-in")));
		context.register(Application.class);
		context.refresh();
		return context;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
			CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
			HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
			RestClientAutoConfiguration.class, RestClientObservationAutoConfiguration.class,
			TwilioAutoConfiguration.class, TwilioObservationAutoConfiguration.class })
	static class Application {

	}

}
