package dev.twiliospring.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioClient.Builder}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientBuilderTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String OTHER_ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";

	private static final String AUTH_TOKEN = "super-secret-auth-token-value";

	private static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

	private static final String API_KEY_SECRET = "super-secret-api-key-secret";

	@Test
	void rejectsMissingAccountSid() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioClient.builder().authToken(AUTH_TOKEN).build())
			.withMessageContaining("No Twilio account SID configured")
			.withMessageContaining("TWILIO_ACCOUNT_SID");
	}

	@Test
	void rejectsMalformedAccountSidWithoutEchoingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().accountSid(AUTH_TOKEN).authToken(AUTH_TOKEN).build())
			.withMessageContaining("'AC' followed by 32 hexadecimal characters")
			.withMessageNotContaining(AUTH_TOKEN);
	}

	@Test
	void rejectsMissingCredentials() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT_SID).build())
			.withMessageContaining("No Twilio credentials configured")
			.withMessageContaining("authToken(...)")
			.withMessageContaining("TWILIO_API_KEY");
	}

	@Test
	void rejectsMalformedApiKeySidWithoutEchoingSecrets() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT_SID).apiKey(API_KEY_SECRET, API_KEY_SECRET).build())
			.withMessageContaining("API key SID must be 'SK'")
			.withMessageNotContaining(API_KEY_SECRET);
	}

	@Test
	void rejectsApiKeyWithoutSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT_SID).apiKey(API_KEY_SID, " ").build())
			.withMessageContaining("both its SID and its secret");
	}

	@Test
	void rejectsApiKeyFromEnvironmentWithoutSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder()
				.fromEnvironment(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_API_KEY", API_KEY_SID))
				.build())
			.withMessageContaining("TWILIO_API_KEY and TWILIO_API_SECRET");
	}

	@Test
	void fillsUnsetValuesFromEnvironment() {
		TwilioClient client = TwilioClient.builder()
			.fromEnvironment(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
					"TWILIO_REGION", "IE1", "TWILIO_EDGE", " dublin "))
			.build();
		assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
		assertThat(client.region()).isEqualTo("ie1");
		assertThat(client.edge()).isEqualTo("dublin");
	}

	@Test
	void treatsBlankEnvironmentVariablesAsUnset() {
		TwilioClient client = TwilioClient.builder()
			.fromEnvironment(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT_SID, "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
					"TWILIO_REGION", "  ", "TWILIO_EDGE", ""))
			.build();
		assertThat(client.region()).isNull();
		assertThat(client.edge()).isNull();
	}

	@Test
	void explicitValuesWinOverEnvironmentWhateverTheCallOrder() {
		Map<String, String> environment = Map.of("TWILIO_ACCOUNT_SID", OTHER_ACCOUNT_SID, "TWILIO_AUTH_TOKEN",
				AUTH_TOKEN, "TWILIO_REGION", "au1", "TWILIO_EDGE", "sydney");
		TwilioClient before = TwilioClient.builder()
			.fromEnvironment(environment)
			.accountSid(ACCOUNT_SID)
			.region("ie1")
			.edge("dublin")
			.build();
		TwilioClient after = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.region("ie1")
			.edge("dublin")
			.fromEnvironment(environment)
			.build();
		for (TwilioClient client : new TwilioClient[] { before, after }) {
			assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
			assertThat(client.region()).isEqualTo("ie1");
			assertThat(client.edge()).isEqualTo("dublin");
		}
	}

	@Test
	void rejectsInvalidRegion() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().region("ie1.evil.example/").build())
			.withMessageContaining("region");
	}

	@Test
	void refusesARegionOrEdgeTooLongToBeOneWithoutShowingIt() {
		// An auth token is a valid host label, and would otherwise end up in host names
		String token = "0123456789abcdef0123456789abcde1";
		assertThatIllegalArgumentException().isThrownBy(() -> builder().region(token))
			.withMessage("Twilio region of 32 characters (not shown, in case it is a credential set in the wrong "
					+ "place) is not valid: use a name of letters, digits and hyphens, such as 'ie1'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().edge(token + "x"))
			.withMessageStartingWith("Twilio edge of 33 characters")
			.withMessageNotContaining(token);
		assertThat(builder().region("ie1").edge("frankfurt-ix").build().edge()).isEqualTo("frankfurt-ix");
	}

	@Test
	void usesProductHostWithoutRegionOrEdge() {
		TwilioClient client = builder().build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.twilio.com"));
		assertThat(client.baseUrl(TwilioDomain.VERIFY)).isEqualTo(URI.create("https://verify.twilio.com"));
	}

	@Test
	void usesUs1ForEdgeWithoutRegion() {
		TwilioClient client = builder().edge("ashburn").build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.ashburn.us1.twilio.com"));
	}

	@Test
	void usesEdgeAndRegion() {
		TwilioClient client = builder().region("ie1").edge("dublin").build();
		assertThat(client.baseUrl(TwilioDomain.MESSAGING))
			.isEqualTo(URI.create("https://messaging.dublin.ie1.twilio.com"));
		assertThat(client.baseUrl(TwilioDomain.of("studio"))).isEqualTo(URI.create("https://studio.dublin.ie1.twilio.com"));
	}

	/**
	 * Twilio has retired the region-only hosts outside us1, and its helper libraries
	 * use a region's default edge when none is set.
	 */
	@ParameterizedTest
	@CsvSource({ "au1, sydney", "br1, sao-paulo", "de1, frankfurt", "ie1, dublin", "jp1, tokyo", "jp2, osaka",
			"sg1, singapore", "us1, ashburn", "us2, umatilla" })
	void usesTheDefaultEdgeOfARegionSetWithoutOne(String region, String edge, CapturedOutput output) {
		TwilioClient client = builder().region(region).build();
		assertThat(client.baseUrl(TwilioDomain.API))
			.isEqualTo(URI.create("https://api." + edge + "." + region + ".twilio.com"));
		assertThat(client.baseUrl(TwilioDomain.VERIFY))
			.isEqualTo(URI.create("https://verify." + edge + "." + region + ".twilio.com"));
		assertThat(client.edge()).isEqualTo(edge);
		assertThat(client.region()).isEqualTo(region);
		assertThat(output.getAll()).containsOnlyOnce("Twilio region '" + region + "' is set without an edge: "
				+ "using its default edge '" + edge + "'")
			.doesNotContain("WARN");
	}

	@Test
	void anEdgeThatIsSetWinsOverTheRegionsDefault() {
		TwilioClient client = builder().region("ie1").edge("frankfurt").build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.frankfurt.ie1.twilio.com"));
	}

	@Test
	void warnsOnceWhenARegionWithoutKnownDefaultEdgeIsSetWithoutOne(CapturedOutput output) {
		TwilioClient client = builder().region("xx9").build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.xx9.twilio.com"));
		assertThat(client.edge()).isNull();
		assertThat(output.getAll()).containsOnlyOnce("Twilio region 'xx9' is set without an edge and has no known "
				+ "default edge").contains("WARN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://twilio-emulator:8080", "http://192.0.2.10", "http://127.example.com" })
	void warnsOnceWhenTheBaseUrlSendsTheCredentialsUnencryptedToAnotherHost(String baseUrl, CapturedOutput output) {
		builder().baseUrl(URI.create(baseUrl)).build();
		assertThat(output.getAll()).containsOnlyOnce("is plain http to a host other than this machine")
			.contains("WARN")
			.doesNotContain(AUTH_TOKEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080",
			"http://emulator.localhost", "https://twilio-proxy.example.com" })
	void doesNotWarnWhenTheBaseUrlIsThisMachineOrHttps(String baseUrl, CapturedOutput output) {
		builder().baseUrl(URI.create(baseUrl)).build();
		assertThat(output.getAll()).doesNotContain("plain http");
	}

	@Test
	void warnsOnceWhenAnEdgeIsNotOneOfTwilios(CapturedOutput output) {
		TwilioClient client = builder().region("ie1").edge("dubln").build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("https://api.dubln.ie1.twilio.com"));
		assertThat(output.getAll()).containsOnlyOnce("Twilio edge 'dubln' is not one of Twilio's edge locations")
			.contains("https://api.dubln.ie1.twilio.com")
			.contains("ashburn, ashburn-ix, dublin,")
			.contains("WARN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ashburn", "dublin", "frankfurt", "osaka", "sao-paulo", "singapore", "sydney", "tokyo",
			"umatilla", "ashburn-ix", "frankfurt-ix", "london-ix", "san-jose-ix", "singapore-ix", "sydney-ix",
			"tokyo-ix", "Dublin" })
	void acceptsTwiliosEdgesWithoutAWarning(String edge, CapturedOutput output) {
		builder().edge(edge).build();
		assertThat(output.getAll()).doesNotContain("edge locations").doesNotContain("WARN");
	}

	@Test
	void baseUrlLeavesAnUnknownEdgeAloneWithoutAWarning(CapturedOutput output) {
		builder().edge("dubln").baseUrl(URI.create("http://localhost:8080")).build();
		assertThat(output.getAll()).doesNotContain("edge locations");
	}

	@Test
	void baseUrlLeavesTheEdgeOfARegionUnset(CapturedOutput output) {
		TwilioClient client = builder().region("ie1").baseUrl(URI.create("http://localhost:8080")).build();
		assertThat(client.edge()).isNull();
		assertThat(output.getAll()).doesNotContain("without an edge");
	}

	@Test
	void baseUrlReplacesEveryHost() {
		TwilioClient client = builder().region("ie1").edge("dublin").baseUrl(URI.create("http://localhost:8080/")).build();
		assertThat(client.baseUrl(TwilioDomain.API)).isEqualTo(URI.create("http://localhost:8080"));
		assertThat(client.baseUrl(TwilioDomain.VERIFY)).isEqualTo(URI.create("http://localhost:8080"));
	}

	@Test
	void rejectsBaseUrlWithPath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().baseUrl(URI.create("http://localhost:8080/twilio")).build())
			.withMessageContaining("scheme, host and port only");
	}

	@Test
	void rejectsRelativeBaseUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().baseUrl(URI.create("/twilio")).build())
			.withMessageContaining("absolute http or https URL");
	}

	@Test
	void rejectsNegativeDurationsAndRetries() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().maxRetries(-1))
			.withMessageContaining("maxRetries");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().readTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("readTimeout");
	}

	@Test
	void toStringShowsAccountRegionAndEdgeButNoSecret() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken(AUTH_TOKEN)
			.apiKey(API_KEY_SID, API_KEY_SECRET)
			.region("ie1")
			.edge("dublin")
			.build();
		assertThat(client).hasToString("TwilioClient[accountSid=" + ACCOUNT_SID + ", region=ie1, edge=dublin]");
		assertThat(client.forAccount(OTHER_ACCOUNT_SID).toString()).contains(OTHER_ACCOUNT_SID)
			.doesNotContain(AUTH_TOKEN)
			.doesNotContain(API_KEY_SECRET);
	}

	@Test
	void forAccountKeepsRoutingAndRejectsMalformedSid() {
		TwilioClient client = builder().region("ie1").edge("dublin").build();
		TwilioClient subaccount = client.forAccount(OTHER_ACCOUNT_SID);
		assertThat(subaccount.accountSid()).isEqualTo(OTHER_ACCOUNT_SID);
		assertThat(subaccount.baseUrl(TwilioDomain.API)).isEqualTo(client.baseUrl(TwilioDomain.API));
		assertThatIllegalArgumentException().isThrownBy(() -> client.forAccount("SM123"))
			.withMessageContaining("'AC' followed by 32 hexadecimal characters");
	}

	@Test
	void userAgentNamesLibraryJavaAndOperatingSystem() {
		assertThat(TwilioClient.userAgent(null)).matches("twilio-spring-boot/\\S+ \\(Java "
				+ Pattern.quote(System.getProperty("java.version")) + "; "
				+ Pattern.quote(System.getProperty("os.name")) + "\\)");
		assertThat(TwilioClient.userAgent(null)).doesNotContain("unknown").doesNotContain("${");
		assertThat(TwilioClient.userAgent("my-app/1.2")).endsWith(") my-app/1.2");
	}

	@Test
	void rejectsUserAgentExtensionWithControlCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().userAgentExtension("app\r\nX-Evil: 1"))
			.withMessageContaining("printable ASCII");
	}

	private static TwilioClient.Builder builder() {
		return TwilioClient.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN);
	}

}
