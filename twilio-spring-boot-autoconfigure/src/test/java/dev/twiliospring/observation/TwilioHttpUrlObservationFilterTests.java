package dev.twiliospring.observation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.MessageListRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHttpUrlObservationFilter}.
 */
class TwilioHttpUrlObservationFilterTests {

	private static final Pattern RAW_VALUE = Pattern.compile(".*(AC[0-9a-f]{32}|SM[0-9a-f]{32}|5558675310).*");

	private static final String MESSAGE_SID = "SM0123456789abcdef0123456789abcdef";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void httpObservationsOfTwilioRequestsCarryTheUrlTemplate() {
		List<Observation.Context> stopped = new ArrayList<>();
		ObservationRegistry observationRegistry = recordingRegistry(stopped);
		observationRegistry.observationConfig().observationFilter(new TwilioHttpUrlObservationFilter());
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"),
				Response.json(200, "{\"messages\": [], \"next_page_uri\": null}"));
		TwilioClient client = this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.build();
		client.messages().fetch(MESSAGE_SID);
		client.messages().list(MessageListRequest.builder().to("+15558675310").build());
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.allMatch((path) -> RAW_VALUE.matcher(path).matches());
		assertThat(stopped).hasSize(2);
		assertThat(stopped).extracting((context) -> context.getHighCardinalityKeyValue("http.url").getValue())
			.containsExactly(this.server.baseUrl() + "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
					this.server.baseUrl() + "/2010-04-01/Accounts/{AccountSid}/Messages.json");
		assertThat(stopped).flatExtracting((context) -> List.copyOf(context.getAllKeyValues().stream().toList()))
			.extracting(KeyValue::getValue)
			.noneMatch((value) -> RAW_VALUE.matcher(value).matches());
	}

	@Test
	void withoutTheFilterSpringRecordsTheFullUrl() {
		List<Observation.Context> stopped = new ArrayList<>();
		ObservationRegistry observationRegistry = recordingRegistry(stopped);
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + MESSAGE_SID + "\", \"status\": \"delivered\"}"));
		this.server.clientBuilder()
			.restClientBuilder(RestClient.builder().observationRegistry(observationRegistry))
			.build()
			.messages()
			.fetch(MESSAGE_SID);
		assertThat(stopped).singleElement()
			.extracting((context) -> context.getHighCardinalityKeyValue("http.url").getValue())
			.asString()
			.endsWith("/Messages/" + MESSAGE_SID + ".json");
	}

	@Test
	void requestsWithoutTheTwilioAttributeAreLeftAlone() {
		URI uri = URI.create("https://example.com/users/42?name=x");
		ClientRequestObservationContext context = new ClientRequestObservationContext(
				new MockClientHttpRequest(HttpMethod.GET, uri));
		context.setUriTemplate("https://example.com/users/{id}");
		context.addHighCardinalityKeyValue(KeyValue.of("http.url", uri.toASCIIString()));
		new TwilioHttpUrlObservationFilter().map(context);
		assertThat(context.getHighCardinalityKeyValue("http.url").getValue()).isEqualTo(uri.toASCIIString());
	}

	@Test
	void everyKeyHoldingTheUrlGetsTheTemplateOthersAreKept() {
		URI uri = URI.create("https://lookups.twilio.com/v2/PhoneNumbers/+15558675310");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.GET, uri);
		request.getAttributes()
			.put(TwilioRequest.ATTRIBUTE,
					TwilioRequest.get(TwilioDomain.LOOKUPS, "/v2/PhoneNumbers/{PhoneNumber}")
						.pathVariable("PhoneNumber", "+15558675310")
						.build());
		ClientRequestObservationContext context = new ClientRequestObservationContext(request);
		context.setUriTemplate("https://lookups.twilio.com/v2/PhoneNumbers/{PhoneNumber}");
		context.addHighCardinalityKeyValue(KeyValue.of("http.url", uri.toASCIIString()));
		context.addHighCardinalityKeyValue(KeyValue.of("url.full", uri.toString()));
		context.addLowCardinalityKeyValue(KeyValue.of("client.name", "lookups.twilio.com"));
		new TwilioHttpUrlObservationFilter().map(context);
		assertThat(context.getHighCardinalityKeyValue("http.url").getValue())
			.isEqualTo("https://lookups.twilio.com/v2/PhoneNumbers/{PhoneNumber}");
		assertThat(context.getHighCardinalityKeyValue("url.full").getValue())
			.isEqualTo("https://lookups.twilio.com/v2/PhoneNumbers/{PhoneNumber}");
		assertThat(context.getLowCardinalityKeyValue("client.name").getValue()).isEqualTo("lookups.twilio.com");
	}

	private static ObservationRegistry recordingRegistry(List<Observation.Context> stopped) {
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ClientRequestObservationContext;
			}

		});
		return observationRegistry;
	}

}
