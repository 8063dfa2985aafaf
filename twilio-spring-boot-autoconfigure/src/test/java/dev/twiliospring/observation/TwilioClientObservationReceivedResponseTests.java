package dev.twiliospring.observation;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioException;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClientObservationListener} when an answer arrived but could not
 * be read: the observation keeps its status and request id.
 */
class TwilioClientObservationReceivedResponseTests {

	@Test
	void answerOverTheSizeLimitKeepsStatusAndRequestId() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (StubTwilioServer server = StubTwilioServer.start()) {
			server.enqueue(Response.json(200, "{\"friendly_name\": \"" + "x".repeat(4096) + "\"}")
				.header("Twilio-Request-Id", "RQ0001"));
			TwilioClient client = server.clientBuilder()
				.maxResponseSize(1024)
				.listener(new TwilioClientObservationListener(registry))
				.build();
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch());
		}
		assertThat(registry).hasSingleObservationThat()
			.hasLowCardinalityKeyValue("status", "200")
			.hasHighCardinalityKeyValue("request.id", "RQ0001");
	}

}
