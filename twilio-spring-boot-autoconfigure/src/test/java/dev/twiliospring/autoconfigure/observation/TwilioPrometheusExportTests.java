package dev.twiliospring.autoconfigure.observation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.api.MessageListRequest;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the Twilio metrics as Prometheus scrapes them, with the names, labels and
 * settings that the README gives for queries and alerts. Prometheus refuses a second
 * meter of a name with other label names than the first, so a call that fails and one
 * that succeeds must be labelled alike, whichever comes first.
 */
class TwilioPrometheusExportTests {

	private static final String MESSAGE_SID = "SM0123456789abcdef0123456789abcdef";

	private static final String PHONE_NUMBER = "+15558675310";

	private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{(.*)\\} .*$");

	private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern RAW_VALUE = Pattern.compile(".*(AC[0-9a-f]{32}|SM[0-9a-f]{32}|5558675310).*");

	private static final Set<String> CLIENT_LABELS = Set.of("domain", "method", "uri", "status", "error_code",
			"outcome", "exception", "error");

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, RestClientObservationAutoConfiguration.class,
				TwilioAutoConfiguration.class, TwilioObservationAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"twilio.retry.initial-backoff=1ms");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void failedCallsFirstThenASuccessAreAllExportedWithTheSameLabels() {
		this.server.enqueue(Response.disconnect(), notFound(), message());
		this.contextRunner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID));
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID));
			client.messages().fetch(MESSAGE_SID);
			assertAllOutcomesExportedAlike(context.getBean(PrometheusMeterRegistry.class).scrape());
		});
	}

	@Test
	void aSuccessFirstThenFailedCallsAreAllExportedWithTheSameLabels() {
		this.server.enqueue(message(), notFound(), Response.disconnect());
		this.contextRunner.run((context) -> {
			TwilioClient client = context.getBean(TwilioClient.class);
			client.messages().fetch(MESSAGE_SID);
			assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID));
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.messages().fetch(MESSAGE_SID));
			assertAllOutcomesExportedAlike(context.getBean(PrometheusMeterRegistry.class).scrape());
		});
	}

	@Test
	void retriesAreCountedByReasonWithoutSidsOrPhoneNumbers() {
		this.server.enqueue(Response.json(429, "{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}"),
				Response.json(200, "{\"messages\": [], \"next_page_uri\": null}"));
		this.contextRunner.withPropertyValues("twilio.max-retries=1").run((context) -> {
			context.getBean(TwilioClient.class)
				.messages()
				.list(MessageListRequest.builder().to(PHONE_NUMBER).build());
			List<Map<String, String>> retries = samples(context.getBean(PrometheusMeterRegistry.class).scrape(),
					"twilio_client_retries_total");
			assertThat(retries).containsExactly(Map.of("reason", "RATE_LIMITED", "domain", "api", "method", "GET",
					"uri", "/2010-04-01/Accounts/{AccountSid}/Messages.json"));
		});
	}

	@Test
	void histogramBucketsAndSlosComeFromBootsDistributionProperties() {
		this.server.enqueue(message());
		this.contextRunner
			.withPropertyValues("management.metrics.distribution.percentiles-histogram.twilio.client.requests=true",
					"management.metrics.distribution.slo.twilio.client.requests=250ms,1s")
			.run((context) -> {
				context.getBean(TwilioClient.class).messages().fetch(MESSAGE_SID);
				List<Map<String, String>> buckets = samples(context.getBean(PrometheusMeterRegistry.class).scrape(),
						"twilio_client_requests_seconds_bucket");
				assertThat(buckets).extracting((labels) -> labels.get("le")).contains("0.25", "1.0", "+Inf");
			});
	}

	private static void assertAllOutcomesExportedAlike(String scrape) {
		List<Map<String, String>> requests = samples(scrape, "twilio_client_requests_seconds_count");
		assertThat(requests).extracting((labels) -> labels.get("outcome"))
			.containsExactlyInAnyOrder("SUCCESS", "CLIENT_ERROR", "CONNECTION_ERROR");
		assertThat(requests).extracting(Map::keySet).allSatisfy((keys) -> assertThat(keys).isEqualTo(CLIENT_LABELS));
		assertThat(requests).extracting((labels) -> labels.get("error_code"))
			.containsExactlyInAnyOrder("none", "20404", "none");
		assertThat(requests).extracting((labels) -> labels.get("uri"))
			.containsOnly("/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json");
		List<Map<String, String>> attempts = samples(scrape, "http_client_requests_seconds_count");
		assertThat(attempts).hasSize(3);
		assertThat(attempts).extracting(Map::keySet).containsOnly(attempts.get(0).keySet());
		assertThat(scrape.lines().filter((line) -> line.startsWith("twilio_") || line.startsWith("http_client_")))
			.flatExtracting((line) -> labels(line).values())
			.noneMatch((value) -> RAW_VALUE.matcher(value).matches());
	}

	private static List<Map<String, String>> samples(String scrape, String name) {
		return scrape.lines()
			.filter((line) -> line.startsWith(name + "{"))
			.map(TwilioPrometheusExportTests::labels)
			.toList();
	}

	private static Map<String, String> labels(String line) {
		Map<String, String> labels = new TreeMap<>();
		Matcher sample = SAMPLE.matcher(line);
		if (sample.matches()) {
			Matcher label = LABEL.matcher(sample.group(2));
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
		}
		return labels;
	}

	private static Response message() {
		return Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}");
	}

	private static Response notFound() {
		return Response.json(404, "{\"code\": 20404, \"message\": \"The requested resource /2010-04-01/Accounts/"
				+ StubTwilioServer.ACCOUNT_SID + "/Messages/" + MESSAGE_SID + ".json was not found\", \"status\": 404}");
	}

}
