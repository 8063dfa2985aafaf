package dev.twiliospring.client;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code docs/adding-resources.md}: the guide names types and members that
 * exist, and its commands work on a fresh clone.
 */
class AddingResourcesDocumentationTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "adding-resources.md");

	private static final List<String> PACKAGES = List.of("dev.twiliospring.client", "dev.twiliospring.client.api",
			"dev.twiliospring.client.messaging", "dev.twiliospring.client.verify", "dev.twiliospring.client.lookups",
			"dev.twiliospring.client.video", "dev.twiliospring.autoconfigure");

	// The project's own names (shared bases, resources, requests, builders, tests), not
	// file names, placeholders such as XxxResource or Maven options
	private static final Pattern PROJECT_NAME = Pattern
		.compile("(?<![-\\w])((?:Twilio|Abstract)[A-Za-z]+|(?!Xxx)[A-Z][A-Za-z]*(?:Resource|Request|Builder|Api|Tests))"
				+ "(?:\\.(?!java\\b)([A-Za-z][A-Za-z0-9]*))?\\b");

	private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

	@Test
	void namesTypesAndMembersThatExist() throws IOException {
		List<String> checked = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Matcher span = CODE_SPAN.matcher(document());
		while (span.find()) {
			if (span.group(1).contains("./mvnw")) {
				continue;
			}
			Matcher name = PROJECT_NAME.matcher(span.group(1));
			while (name.find()) {
				checked.add(name.group());
				Class<?> type = resolve(name.group(1));
				if (type == null) {
					missing.add(name.group());
				}
				else if (name.group(2) != null && !hasMember(type, name.group(2))) {
					missing.add(name.group());
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(40);
		assertThat(missing).isEmpty();
	}

	@Test
	void commandsDoNotNeedAnAlreadyFilledMavenRepository() throws IOException {
		List<String> commands = document().lines().filter((line) -> line.contains("./mvnw")).toList();
		assertThat(commands).isNotEmpty();
		assertThat(commands).noneMatch((command) -> command.matches(".*\\s-o\\s.*"));
	}

	private static String document() throws IOException {
		return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
	}

	private static @Nullable Class<?> resolve(String simpleName) {
		for (String pkg : PACKAGES) {
			String name = pkg + "." + simpleName;
			if (ClassUtils.isPresent(name, null)) {
				return ClassUtils.resolveClassName(name, null);
			}
		}
		return Arrays.stream(StubTwilioServer.class.getDeclaredClasses())
			.filter((nested) -> nested.getSimpleName().equals(simpleName))
			.findFirst()
			.orElse(null);
	}

	private static boolean hasMember(Class<?> type, String member) {
		return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(member::equals)
				|| Arrays.stream(type.getDeclaredFields()).map(Field::getName).anyMatch(member::equals)
				|| Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName).anyMatch(member::equals);
	}

}
