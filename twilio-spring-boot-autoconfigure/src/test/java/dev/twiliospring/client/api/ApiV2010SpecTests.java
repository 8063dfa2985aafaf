package dev.twiliospring.client.api;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the 2010-04-01 resources of {@link TwilioClient}, checked against
 * Twilio's OpenAPI spec ({@code twilio_api_v2010.json}).
 */
class ApiV2010SpecTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	private final TwilioClient client = this.server.client();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	// Schema api.v2010.account.incoming_phone_number: sms_method, sms_fallback_method,
	// status_callback_method, voice_method, voice_fallback_method are strings
	// (format http-method, enum [GET, POST]). Spring's HttpMethod is no enum and has no
	// getters, so Jackson wrote each of them as {} and lost the value.
	@Test
	void incomingPhoneNumberWritesHttpMethodsAsTwilioStrings() {
		this.server.enqueue(Response.fixture(200, "incoming-phone-number.json"));
		IncomingPhoneNumber number = this.client.incomingPhoneNumbers().fetch("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(number.smsMethod()).isEqualTo(HttpMethod.GET);
		JsonNode written = JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(number));
		assertThat(written.get("sms_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("sms_fallback_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("status_callback_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("voice_method").toString()).isEqualTo("\"GET\"");
		assertThat(written.get("voice_fallback_method").toString()).isEqualTo("\"GET\"");
		String json = this.client.jsonMapper().writeValueAsString(number);
		assertThat(this.client.jsonMapper().readValue(json, IncomingPhoneNumber.class)).isEqualTo(number);
	}

	// CreateMessage, ValidityPeriod: "Accepted values are integers from 1 to 36000." A
	// sub-second duration was sent as 0, and null failed with a NullPointerException.
	@Test
	void validityPeriodRejectsDurationsTwilioRefuses() {
		MessageCreateRequest.Builder builder = MessageCreateRequest.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(Duration.ofMillis(500)))
			.withMessageContaining("between 1 and 36000 seconds");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(Duration.ofHours(11)))
			.withMessageContaining("between 1 and 36000 seconds");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(null))
			.withMessage("ValidityPeriod must not be null");
		builder.to("+15558675310").from("+15017122661").body("x").validityPeriod(Duration.ofHours(10));
		assertThat(builder.build().parameters().get("ValidityPeriod")).containsExactly("36000");
	}

}
