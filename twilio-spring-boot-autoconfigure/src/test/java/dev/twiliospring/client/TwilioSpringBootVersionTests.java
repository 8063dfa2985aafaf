package dev.twiliospring.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.twiliospring.health.TwilioInfoContributor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioSpringBootVersion}.
 */
class TwilioSpringBootVersionTests {

	@Test
	void versionIsTheOneTheBuildWrote() {
		assertThat(TwilioSpringBootVersion.getVersion()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
	}

	@Test
	void userAgentAndInfoEndpointGiveTheSameVersion() {
		try (TwilioClient client = TwilioClient.builder()
			.accountSid("AC0123456789abcdef0123456789abcdef")
			.authToken("the-auth-token")
			.build()) {
			Info.Builder builder = new Info.Builder();
			new TwilioInfoContributor(client).contribute(builder);
			Map<?, ?> twilio = (Map<?, ?>) builder.build().getDetails().get("twilio");
			assertThat(twilio.get("version")).isEqualTo(TwilioSpringBootVersion.getVersion());
		}
		assertThat(TwilioClient.userAgent(null))
			.startsWith("twilio-spring-boot/" + TwilioSpringBootVersion.getVersion() + " (");
	}

	@Test
	void readsTheVersionOfThePropertiesWithoutSurroundingWhitespace() {
		assertThat(TwilioSpringBootVersion.read(properties("version= 1.2.3 \n"), "9.9.9")).isEqualTo("1.2.3");
	}

	@Test
	void unfilteredPropertiesGiveTheVersionOfTheManifest() {
		assertThat(TwilioSpringBootVersion.read(properties("version=${project.version}\n"), "1.2.3"))
			.isEqualTo("1.2.3");
	}

	@Test
	void missingPropertiesGiveTheVersionOfTheManifest() {
		assertThat(TwilioSpringBootVersion.read(null, "1.2.3")).isEqualTo("1.2.3");
		assertThat(TwilioSpringBootVersion.read(properties("other=1\n"), "1.2.3")).isEqualTo("1.2.3");
	}

	@Test
	void versionIsUnknownWithoutPropertiesOrManifest() {
		assertThat(TwilioSpringBootVersion.read(null, null)).isEqualTo("unknown");
		assertThat(TwilioSpringBootVersion.read(properties("version=\n"), null)).isEqualTo("unknown");
	}

	private static InputStream properties(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
