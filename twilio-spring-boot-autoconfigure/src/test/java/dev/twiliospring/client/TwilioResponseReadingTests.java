package dev.twiliospring.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for how {@link TwilioClient} reads Twilio's answers: dates and error bodies.
 */
class TwilioResponseReadingTests {

	private static final String MESSAGE_SID = "SM00000000000000000000000000000001";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void readsRfc2822DatesWithoutTheOptionalDayName() {
		// RFC 2822 section 3.3: date-time = [ day-of-week "," ] date FWS time
		this.server.enqueue(Response.json(200, "{\"sid\":\"" + MESSAGE_SID + "\","
				+ "\"date_created\":\"30 Jul 2015 20:12:31 +0000\",\"date_sent\":\"3 Jul 2015 20:12:31 +0000\","
				+ "\"date_updated\":\"Fri, 3 Jul 2015 20:12:31 +0000\"}"));
		Message message = this.server.client().messages().fetch(MESSAGE_SID);
		assertThat(message.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 12, 31, 0, ZoneOffset.UTC));
		assertThat(message.dateSent()).isEqualTo(OffsetDateTime.of(2015, 7, 3, 20, 12, 31, 0, ZoneOffset.UTC));
		assertThat(message.dateUpdated()).isEqualTo(message.dateSent());
	}

	@Test
	void authenticationErrorNamesWhatTwilioSaysIsWrong() {
		// Twilio's answer to wrong credentials carries the explanation in 'detail'
		this.server.enqueue(Response.json(401, "{\"code\":20003,\"detail\":\"Your AccountSid or AuthToken was "
				+ "incorrect.\",\"message\":\"Authenticate\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\","
				+ "\"status\":401}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.server.client().messages().fetch(MESSAGE_SID))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.AUTHENTICATION_FAILED);
				assertThat(ex.getErrorMessage()).isEqualTo("Authenticate");
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20003");
				assertThat(ex.getMessage()).contains("Authenticate")
					.contains("Your AccountSid or AuthToken was incorrect.")
					.contains("https://www.twilio.com/docs/errors/20003");
			});
	}

	@Test
	void classicErrorWithDetailButNoMessageKeepsItsDocumentationLink() {
		this.server.enqueue(Response.json(401, "{\"code\":20003,\"detail\":\"Your AccountSid or AuthToken was "
				+ "incorrect.\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.server.client().messages().fetch(MESSAGE_SID))
			.satisfies((ex) -> {
				assertThat(ex.getErrorMessage()).isEqualTo("Your AccountSid or AuthToken was incorrect.");
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20003");
				assertThat(ex.getMessage()).contains("https://www.twilio.com/docs/errors/20003");
			});
	}

}
