package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioAutoConfiguration} with credentials from mounted secret files
 * ({@code spring.config.import=configtree:...}) and environment variables, as a container
 * platform supplies them.
 */
class TwilioCredentialFilesTests {

	private static final String ACCOUNT_SID = TwilioAutoConfigurationTests.ACCOUNT_SID;

	private static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(TwilioAutoConfiguration.class));

	@TempDir
	Path secrets;

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void secretFilesEndingInALineBreakAuthenticateWithTheCredentialsAlone() throws IOException {
		this.server.enqueue(Response.json(200, "{\"sid\": \"" + ACCOUNT_SID + "\", \"status\": \"active\"}"));
		withSecretFiles(
				Map.of("twilio/account-sid", ACCOUNT_SID + "\r\n", "twilio/auth-token", " " + AUTH_TOKEN + "\n"))
			.withPropertyValues("twilio.base-url=" + this.server.baseUrl())
			.run((context) -> {
				context.getBean(TwilioClient.class).accounts().fetch();
				assertThat(this.server.takeRequest().basicCredentials()).isEqualTo(ACCOUNT_SID + ":" + AUTH_TOKEN);
			});
	}

	/**
	 * An editor that saves the secret file as "UTF-8 with BOM" puts U+FEFF before the
	 * token. Sent along, it made every call fail with 401 and every webhook with 403.
	 */
	@Test
	void authTokenFileWithAByteOrderMarkFailsStartupNamingThePropertyButNotTheToken() throws IOException {
		withSecretFiles(
				Map.of("twilio/account-sid", ACCOUNT_SID + "\n", "twilio/auth-token", "\uFEFF" + AUTH_TOKEN + "\n"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class,
						(ex) -> assertThat(ex.getProperty()).isEqualTo("twilio.auth-token"))
				.hasMessage("twilio.auth-token holds a byte order mark (U+FEFF) at position 1 of 33, which is not "
						+ "part of any Twilio SID, auth token or API key secret"));
	}

	/**
	 * The SID's own check said that it "does not start with AC", about a file that
	 * visibly does.
	 */
	@Test
	void accountSidFileWithAByteOrderMarkFailsStartupSayingSo() throws IOException {
		withSecretFiles(Map.of("twilio/account-sid", "\uFEFF" + ACCOUNT_SID + "\n", "twilio/auth-token", AUTH_TOKEN))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageStartingWith("twilio.account-sid holds a byte order mark (U+FEFF) at position 1 of 35"));
	}

	/**
	 * Spring Boot decodes a secret file in the platform charset. Java 17 on Windows
	 * (windows-1252) hands over a UTF-8 byte order mark as "ï»¿", which was reported as
	 * "the invisible or non-ASCII character U+00EF at position 1 of 35".
	 */
	@Test
	void byteOrderMarkDecodedAsWindows1252IsNamedAsOne() {
		this.contextRunner
			.withPropertyValues("twilio.account-sid=" + ACCOUNT_SID, "twilio.auth-token=\u00EF\u00BB\u00BF" + AUTH_TOKEN)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessage("twilio.auth-token holds a byte order mark (U+FEFF) at position 1 of 33, which is not "
						+ "part of any Twilio SID, auth token or API key secret"));
	}

	@Test
	void apiSecretVariableWithANonBreakingSpaceFailsStartupNamingTheVariable() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_API_KEY",
							TwilioAutoConfigurationTests.API_KEY_SID, "TWILIO_API_SECRET", "s3cr3tapikeysecret\u00a0"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("twilio.api-key.secret");
					assertThat(ex.getEnvironmentVariable()).isEqualTo("TWILIO_API_SECRET");
					assertThat(ex.getMessage()).contains("U+00A0 at position 19 of 19").doesNotContain("s3cr3t");
				}));
	}

	/**
	 * Two tokens in the file of the one auth token, as for a rotation: the advice to list
	 * several separated by commas is for the additional tokens alone, and followed here
	 * would have started cleanly with a token that Twilio refuses.
	 */
	@Test
	void authTokenFileWithTwoLinesIsNotAdvisedToListTheTokens() throws IOException {
		withSecretFiles(Map.of("twilio/account-sid", ACCOUNT_SID, "twilio/auth-token",
				AUTH_TOKEN + "\n" + AUTH_TOKEN.replace('0', 'f') + "\n"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class, (ex) -> {
					assertThat(ex.getMessage()).startsWith("twilio.auth-token holds a line break at position 33");
					assertThat(ex.getAction()).startsWith("Set twilio.auth-token (or TWILIO_AUTH_TOKEN) to the value")
						.doesNotContain("comma");
				}));
	}

	/**
	 * {@code docker run --env-file} keeps the quotes of {@code TWILIO_AUTH_TOKEN="..."}.
	 */
	@Test
	void quotedAuthTokenVariableFailsStartup() {
		TwilioAutoConfigurationTests
			.withEnvironmentVariables(this.contextRunner,
					Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", "\"" + AUTH_TOKEN + "\""))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessage("twilio.auth-token is wrapped in quotes, which are not part of the value"));
	}

	/**
	 * A config tree's values are text but not {@code String}s, which the binder converted
	 * to a {@code URI} strictly: a space at the end, or a {@code %} in the password that
	 * other sources encode, failed startup with a report that quoted the URL, password
	 * included.
	 */
	@Test
	void urlFilesBindAsFromAnyOtherSourceWithoutQuotingThePassword() throws IOException {
		String password = "50%off-url-password-0123456789";
		withSecretFiles(Map.of("twilio/account-sid", ACCOUNT_SID + "\n", "twilio/auth-token", AUTH_TOKEN + "\n",
				"twilio/webhook/public-url", "https://twilio:" + password + "@hooks.example.com/app \n",
				"twilio/base-url", this.server.baseUrl() + " \n"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TwilioProperties properties = context.getBean(TwilioProperties.class);
				assertThat(properties.getWebhook().getPublicUrl())
					.isEqualTo(URI.create("https://twilio:50%25off-url-password-0123456789@hooks.example.com/app"));
				assertThat(properties.getBaseUrl()).isEqualTo(this.server.baseUrl());
			});
	}

	/**
	 * A file that holds no URL at all, even trimmed and encoded, fails startup naming the
	 * property; the binder's failure quoted the URL, password included.
	 */
	@Test
	void urlFileThatIsNoUrlFailsStartupNamingThePropertyButNotThePassword() throws IOException {
		String password = "url-password-0123456789";
		withSecretFiles(Map.of("twilio/account-sid", ACCOUNT_SID + "\n", "twilio/auth-token", AUTH_TOKEN + "\n",
				"twilio/webhook/public-url", "ht tps://twilio:" + password + "@hooks.example.com/app\n"))
			.run((context) -> {
				assertThat(context).getFailure()
					.rootCause()
					.isInstanceOfSatisfying(InvalidTwilioConfigurationException.class,
							(ex) -> assertThat(ex.getProperty()).isEqualTo("twilio.webhook.public-url"))
					.hasMessageStartingWith("twilio.webhook.public-url is not a valid URL");
				for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
					assertThat(cause.getMessage()).doesNotContain(password);
				}
			});
	}

	private ApplicationContextRunner withSecretFiles(Map<String, String> files) throws IOException {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = this.secrets.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
		}
		return this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new ConfigTreePropertySource("configtree", this.secrets)));
	}

}
