package dev.twiliospring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import dev.twiliospring.client.lookups.LookupField;
import dev.twiliospring.client.verify.VerificationChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the product APIs of {@link TwilioClient} send to their own hosts, with region
 * and edge applied.
 */
class ProductHostsTests {

	private final List<URI> sent = new CopyOnWriteArrayList<>();

	private final ClientHttpRequestFactory recordingFactory = (uri, method) -> {
		this.sent.add(uri);
		MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
		String body = uri.getPath().endsWith("Deactivations") ? "{\"redirect_to\":\"https://example.com/report\"}"
				: "{\"meta\":{\"key\":\"items\"},\"items\":[]}";
		MockClientHttpResponse response = new MockClientHttpResponse(body.getBytes(StandardCharsets.UTF_8),
				HttpStatus.OK);
		response.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
		request.setResponse(response);
		return request;
	};

	private final TwilioClient client = TwilioClient.builder()
		.accountSid(StubTwilioServer.ACCOUNT_SID)
		.authToken(StubTwilioServer.AUTH_TOKEN)
		.region("ie1")
		.edge("dublin")
		.requestFactory(this.recordingFactory)
		.build();

	@Test
	void eachProductGoesToItsOwnRegionalHost() {
		this.client.messaging().services().list();
		this.client.messaging().deactivations().fetch(LocalDate.of(2025, 5, 1));
		this.client.verify().start("VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "+15017122661", VerificationChannel.SMS);
		this.client.lookups().lookup("+15017122661", LookupField.LINE_TYPE_INTELLIGENCE);
		this.client.video().rooms().list();
		this.client.messages().list();
		assertThat(this.sent).extracting(URI::getHost)
			.containsExactly("messaging.dublin.ie1.twilio.com", "messaging.dublin.ie1.twilio.com",
					"verify.dublin.ie1.twilio.com", "lookups.dublin.ie1.twilio.com", "video.dublin.ie1.twilio.com",
					"api.dublin.ie1.twilio.com");
		assertThat(this.sent).extracting(URI::getScheme).containsOnly("https");
		assertThat(this.sent.get(3).getRawPath()).isEqualTo("/v2/PhoneNumbers/%2B15017122661");
	}

}
