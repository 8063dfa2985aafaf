package dev.twiliospring.sample;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the check of {@code sample.public-url} at startup: a URL that Twilio cannot
 * call back fails startup with a report that names the property, as
 * {@code twilio.webhook.public-url} does, rather than every send failing later.
 */
@ExtendWith(OutputCaptureExtension.class)
class SamplePublicUrlTests {

	@ParameterizedTest
	@ValueSource(strings = { "abc.ngrok.app", "localhost:8090", "https://abc.ngrok.app/?tenant=1" })
	void publicUrlThatTwilioCannotCallFailsStartupNamingTheProperty(String publicUrl, CapturedOutput output) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--sample.public-url=" + publicUrl));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: sample.public-url")
			.contains("Set sample.public-url to an absolute http or https URL");
	}

}
