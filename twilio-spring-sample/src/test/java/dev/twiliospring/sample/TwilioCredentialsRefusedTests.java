package dev.twiliospring.sample;

import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link ApiExceptionHandler} when Twilio refuses the application's
 * credentials: the emulator answers a wrong auth token as Twilio does, with 401 and
 * error 20003.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TwilioCredentialsRefusedTests {

	private static final TwilioEmulator twilio = TwilioEmulator.builder().start();

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void wrongAuthToken(DynamicPropertyRegistry registry) {
		registry.add("twilio.base-url", () -> twilio.baseUrl().toString());
		registry.add("twilio.account-sid", twilio::accountSid);
		registry.add("twilio.auth-token", () -> "0123456789abcdef0123456789abcdef");
	}

	@AfterAll
	static void stopTwilio() {
		twilio.close();
	}

	@Test
	void refusedCredentialsAreABadGatewayThatDoesNotBlameTheCaller(CapturedOutput output) throws Exception {
		this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"+14155550100\", \"body\": \"Hello\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Twilio refused the application"))
			.andExpect(jsonPath("$.detail").value(ApiExceptionHandler.REFUSED_APPLICATION))
			.andExpect(jsonPath("$.twilioCode").value(20003));
		assertThat(twilio.messages()).isEmpty();
		// The operator learns what to check; Twilio's own message stays at DEBUG
		assertThat(output).contains("WARN")
			.contains("Twilio refused the application's account or credentials: HTTP 401, error 20003")
			.contains("twilio.auth-token")
			.doesNotContain("Authentication Error");
	}

}
