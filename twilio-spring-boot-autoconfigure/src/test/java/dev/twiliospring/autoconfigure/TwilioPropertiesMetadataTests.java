package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

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

	@Test
	void firstSentenceOfEveryDescriptionIsShortEnoughForACompletionPopup() throws IOException {
		// IDEs show the first sentence beside each completion, the rest on demand
		metadata().get("properties").forEach((property) -> {
			String description = property.path("description").asString("");
			String first = description.split("(?<=\\.) ", 2)[0];
			assertThat(first).as(property.get("name").asString()).hasSizeLessThanOrEqualTo(160);
		});
	}

	@Test
	void transportHintsEveryTransport() throws IOException {
		List<String> transports = Arrays.stream(TwilioProperties.Transport.values())
			.map((transport) -> transport.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toList();
		assertThat(hintedValues("twilio.transport")).containsExactlyElementsOf(transports);
	}

	@Test
	void durationsAndSizesSayWhatANumberWithoutAUnitIsAndAreBoundSo() throws IOException {
		List<String> checked = new ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			String name = property.get("name").asString();
			String type = property.get("type").asString();
			boolean duration = Duration.class.getName().equals(type);
			if (!name.startsWith("twilio.") || !(duration || DataSize.class.getName().equals(type))) {
				continue;
			}
			String unit = duration ? "milliseconds" : "bytes";
			assertThat(property.path("description").asString("")).as(name)
				.contains("A number without a unit suffix is " + unit + ".");
			TwilioProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(name, "7")))
				.bind("twilio", TwilioProperties.class)
				.get();
			Object bound = new BeanWrapperImpl(properties).getPropertyValue(beanPath(name));
			assertThat(bound).as(name).isEqualTo(duration ? Duration.ofMillis(7) : DataSize.ofBytes(7));
			checked.add(name);
		}
		assertThat(checked).contains("twilio.connect-timeout", "twilio.retry.deadline", "twilio.max-response-size",
				"twilio.webhook.max-body-size");
	}

	@Test
	void secretsHaveNoDefault() throws IOException {
		List<String> secrets = new ArrayList<>();
		metadata().get("properties").forEach((property) -> {
			String name = property.get("name").asString();
			if (name.endsWith("token") || name.endsWith("tokens") || name.endsWith("secret")
					|| name.endsWith("password")) {
				secrets.add(name);
				assertThat(property.has("defaultValue")).as(name).isFalse();
			}
		});
		assertThat(secrets).contains("twilio.auth-token", "twilio.api-key.secret", "twilio.proxy.password",
				"twilio.webhook.additional-auth-tokens");
	}

	@Test
	void readmeConfigurationTableHasEveryPropertyWithItsDefaultAndDescription() throws IOException {
		Map<String, String[]> rows = readmeConfigurationTable();
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		metadata().get("properties").forEach((property) -> properties.put(property.get("name").asString(), property));
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(properties.keySet());
		properties.forEach((name, property) -> {
			String[] row = rows.get(name);
			String defaultValue = property.has("defaultValue") ? property.get("defaultValue").asString() : "";
			assertThat(row[0]).as("default of " + name).isEqualTo(defaultValue);
			// The README may add a sentence, such as a link to a section of its own, and
			// may set names in code spans, which the IDE's plain text cannot
			String description = property.get("description").asString();
			String readme = row[1].replace("`", "");
			assertThat(readme).as("description of " + name).startsWith(description);
			assertThat(readme.substring(description.length())).as("what the README adds to " + name)
				.matches("( .*)?");
		});
	}

	@Test
	void readmeConfigurationTableHasNoAsteriskOutsideACodeSpan() throws IOException {
		// Markdown takes two of them in a row, such as those of spring.ssl.bundle.* and
		// twilio.proxy.*, for emphasis: it drops both and sets the text between in italics
		readmeConfigurationTable().forEach((name, row) -> assertThat(row[1].replaceAll("`[^`]*`", ""))
			.as("description of " + name + " outside its code spans")
			.doesNotContain("*"));
	}

	/**
	 * Return the rows of the README's configuration table, by property name: the default
	 * without its backticks and the description.
	 */
	private static Map<String, String[]> readmeConfigurationTable() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		int start = readme.indexOf("<!-- CONFIG-TABLE -->");
		int end = readme.indexOf("<!-- /CONFIG-TABLE -->");
		assertThat(start).as("start of the README's configuration table").isNotNegative();
		assertThat(end).as("end of the README's configuration table").isGreaterThan(start);
		Pattern row = Pattern.compile("^\\| `([^`]+)` \\| `?([^`|]*)`? \\| (.*) \\|$", Pattern.MULTILINE);
		Matcher matcher = row.matcher(readme.substring(start, end));
		Map<String, String[]> rows = new LinkedHashMap<>();
		while (matcher.find()) {
			assertThat(rows.put(matcher.group(1), new String[] { matcher.group(2).strip(), matcher.group(3) }))
				.as("second row of " + matcher.group(1))
				.isNull();
		}
		return rows;
	}

	/**
	 * Return the path of a property's value in {@link TwilioProperties}, such as
	 * {@code retry.initialBackoff} for {@code twilio.retry.initial-backoff}.
	 */
	private static String beanPath(String name) {
		StringBuilder path = new StringBuilder();
		boolean upper = false;
		for (char c : name.substring("twilio.".length()).toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				path.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return path.toString();
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
