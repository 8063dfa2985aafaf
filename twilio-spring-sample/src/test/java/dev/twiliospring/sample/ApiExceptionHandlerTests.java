package dev.twiliospring.sample;

import java.net.ConnectException;

import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiExceptionHandler}'s answers to calls to Twilio that failed
 * without an error answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void connectionFailureSaysWhichCallAndHost() {
		ProblemDetail problem = this.handler.twilioUnavailable(new TwilioConnectionException(
				"I/O error on POST /2010-04-01/Accounts/{AccountSid}/Messages.json at api.twilio.com: Connection refused",
				new ConnectException("Connection refused"), false));
		assertThat(problem.getStatus()).isEqualTo(502);
		assertThat(problem.getTitle()).isEqualTo("Twilio unavailable");
		assertThat(problem.getDetail()).isEqualTo("Twilio could not be reached: I/O error on POST "
				+ "/2010-04-01/Accounts/{AccountSid}/Messages.json at api.twilio.com: Connection refused");
	}

	@Test
	void otherFailureQuotesNothingOfTheAnswer(CapturedOutput output) {
		ProblemDetail problem = this.handler.twilioUnavailable(new TwilioException("Could not read the response of "
				+ "POST /2010-04-01/Accounts/{AccountSid}/Messages.json as Message: Cannot deserialize \"+15005550001\""));
		assertThat(problem.getStatus()).isEqualTo(502);
		assertThat(problem.getTitle()).isEqualTo("Twilio call failed");
		assertThat(problem.getDetail()).doesNotContain("15005550001");
		assertThat(output).contains("Could not send the message through Twilio: TwilioException")
			.doesNotContain("15005550001");
	}

}
