package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the auto-configuration metadata that lets Spring Boot skip an
 * auto-configuration whose classes are missing without loading it.
 */
class AutoConfigurationMetadataTests {

	@Test
	void everyAutoConfigurationHasItsConditionsInTheMetadata() throws IOException {
		List<String> autoConfigurations = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("dev.twiliospring."))
			.toList();
		assertThat(autoConfigurations).contains(TwilioAutoConfiguration.class.getName());
		Properties metadata = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-autoconfigure-metadata.properties")) {
			assertThat(in).as("META-INF/spring-autoconfigure-metadata.properties").isNotNull();
			metadata.load(in);
		}
		assertThat(autoConfigurations).allSatisfy((name) -> assertThat(metadata).containsKey(name));
		// An application without twilio-java never loads the bridge's configuration
		assertThat(metadata.getProperty("dev.twiliospring.autoconfigure.sdk.TwilioSdkAutoConfiguration.ConditionalOnClass"))
			.contains("com.twilio.http.TwilioRestClient");
	}

}
