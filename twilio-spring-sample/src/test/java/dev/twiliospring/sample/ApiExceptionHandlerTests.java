package dev.twiliospring.sample;

import java.net.ConnectException;

import dev.twiliospring.client.TwilioConnectionException;
import dev.twiliospring.client.TwilioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
	void unreadableAnswerIsNotQuoted(CapturedOutput output) {
		JacksonException unreadable = catchThrowableOfType(JacksonException.class,
				() -> JsonMapper.builder().build().readTree("{\"to\": +15005550001}"));
		ProblemDetail problem = this.handler.twilioUnavailable(new TwilioException("Could not read the response of "
				+ "POST /2010-04-01/Accounts/{AccountSid}/Messages.json as Message: " + unreadable.getOriginalMessage(),
				unreadable));
		assertThat(problem.getStatus()).isEqualTo(502);
		assertThat(problem.getTitle()).isEqualTo("Twilio call failed");
		assertThat(problem.getDetail()).isEqualTo("Twilio's answer could not be read; the application's log has the "
				+ "details");
		assertThat(output).contains("Could not read Twilio's answer: ").doesNotContain("15005550001");
	}

	@Test
	void otherFailureSaysWhatFailed() {
		ProblemDetail problem = this.handler
			.twilioUnavailable(new TwilioException("Twilio answered the request without the message's sid"));
		assertThat(problem.getStatus()).isEqualTo(502);
		assertThat(problem.getDetail()).isEqualTo("Twilio answered the request without the message's sid");
	}

}
