package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata that IDEs read to complete and describe the
 * {@code twilio.*} properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioPropertiesMetadataTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	@Test
	void everyPropertyHasADescription() throws IOException {
		JsonNode metadata = metadata();
		List<String> names = new ArrayList<>();
		metadata.get("properties").forEach((property) -> {
			names.add(property.get("name").asString());
			assertThat(property.path("description").asString("")).as(property.get("name").asString()).isNotBlank();
		});
		assertThat(names).contains("twilio.region", "twilio.edge", "twilio.transport");
	}

	@Test
	void regionHintsAreRegionsThatTheClientRoutesToTheirDefaultEdge() throws IOException {
		List<String> regions = hintedValues("twilio.region");
		assertThat(regions).contains("us1", "ie1", "au1");
		for (String region : regions) {
			TwilioClient client = TwilioClient.builder().accountSid(ACCOUNT_SID).authToken("token").region(region).build();
			assertThat(client.edge()).as(region).isNotNull();
		}
	}

	@Test
	void edgeHintsAreTheEdgesThatTheClientKnows(CapturedOutput output) throws IOException {
		TwilioClient.builder().accountSid(ACCOUNT_SID).authToken("token").edge("nowhere").build();
		Matcher known = Pattern.compile("Twilio edge 'nowhere' is not one of Twilio's edge locations \\(([^)]+)\\)")
			.matcher(output.getOut() + output.getErr());
		assertThat(known.find()).as("warning that names the known edges").isTrue();
		assertThat(hintedValues("twilio.edge")).containsExactlyInAnyOrderElementsOf(Arrays.asList(known.group(1).split(", ")));
	}

	private static List<String> hintedValues(String property) throws IOException {
		for (JsonNode hint : metadata().get("hints")) {
			if (property.equals(hint.get("name").asString())) {
				List<String> values = new ArrayList<>();
				hint.get("values").forEach((value) -> {
					assertThat(value.path("description").asString("")).as(value.toString()).isNotBlank();
					values.add(value.get("value").asString());
				});
				return values;
			}
		}
		throw new AssertionError("No hint for " + property);
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = TwilioPropertiesMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
