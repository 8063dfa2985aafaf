package dev.twiliospring.client.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AccessToken}.
 */
class AccessTokenTests {

	private static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String API_KEY_SID = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String SECRET = "api-key-secret-0123456789abcdef";

	private static final Instant NOW = Instant.parse("2015-12-18T20:39:07.600Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void producesTwilioHeaderAndClaimLayout() {
		String jwt = builder().identity("user@example.com").grant(ChatGrant.service("ISxxx")).build().toJwt();
		String[] parts = jwt.split("\\.");
		assertThat(parts).hasSize(3);
		JsonNode header = decode(parts[0]);
		assertThat(header.propertyNames()).containsExactly("typ", "alg", "cty");
		assertThat(header.get("typ").asString()).isEqualTo("JWT");
		assertThat(header.get("alg").asString()).isEqualTo("HS256");
		assertThat(header.get("cty").asString()).isEqualTo("twilio-fpa;v=1");
		JsonNode claims = decode(parts[1]);
		assertThat(claims.propertyNames()).containsExactly("jti", "iss", "sub", "iat", "exp", "grants");
		assertThat(claims.get("jti").asString()).isEqualTo(API_KEY_SID + "-1450471147");
		assertThat(claims.get("iss").asString()).isEqualTo(API_KEY_SID);
		assertThat(claims.get("sub").asString()).isEqualTo(ACCOUNT_SID);
		assertThat(claims.get("iat").asLong()).isEqualTo(1450471147L);
		assertThat(claims.get("exp").asLong()).isEqualTo(1450471147L + 3600);
		assertThat(claims.has("nbf")).isFalse();
		assertThat(this.json.convertValue(claims.get("grants"), Map.class))
			.isEqualTo(Map.of("identity", "user@example.com", "chat", Map.of("service_sid", "ISxxx")));
	}

	@Test
	void signsWithApiKeySecretUsingHmacSha256() throws Exception {
		String jwt = builder().identity("alice").grant(VideoGrant.room("room")).build().toJwt();
		int lastDot = jwt.lastIndexOf('.');
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac.doFinal(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
		byte[] signature = Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1));
		assertThat(MessageDigest.isEqual(signature, expected)).isTrue();
		assertThat(jwt).doesNotContain("=").doesNotContain("+").doesNotContain("/");
	}

	@Test
	void signatureMatchesRfc7515Example() {
		byte[] key = Base64.getUrlDecoder()
			.decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
		String signingInput = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
				+ ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
		assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(AccessToken.sign(key, signingInput)))
			.isEqualTo("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
	}

	@Test
	void writesEveryGrantInItsDocumentedShape() {
		AccessToken token = builder().identity("alice_1")
			.grant(VoiceGrant.builder()
				.incomingAllow(true)
				.outgoingApplicationSid("APxxx")
				.outgoingApplicationParams(Map.of("team", "support"))
				.pushCredentialSid("CRxxx")
				.build())
			.grant(VideoGrant.room("daily-standup"))
			.grant(new ChatGrant("ISchat", "alice:browser", "RLxxx", "CRpush"))
			.grant(new SyncGrant("ISsync", "alice:browser"))
			.build();
		JsonNode grants = decode(token.toJwt().split("\\.")[1]).get("grants");
		assertThat(grants.propertyNames()).containsExactly("identity", "voice", "video", "chat", "data_sync");
		assertThat(this.json.convertValue(grants.get("voice"), Map.class))
			.isEqualTo(Map.of("incoming", Map.of("allow", true), "outgoing",
					Map.of("application_sid", "APxxx", "params", Map.of("team", "support")), "push_credential_sid",
					"CRxxx"));
		assertThat(this.json.convertValue(grants.get("video"), Map.class)).isEqualTo(Map.of("room", "daily-standup"));
		assertThat(this.json.convertValue(grants.get("chat"), Map.class)).isEqualTo(Map.of("service_sid", "ISchat",
				"endpoint_id", "alice:browser", "deployment_role_sid", "RLxxx", "push_credential_sid", "CRpush"));
		assertThat(this.json.convertValue(grants.get("data_sync"), Map.class))
			.isEqualTo(Map.of("service_sid", "ISsync", "endpoint_id", "alice:browser"));
	}

	@Test
	void videoGrantForAnyRoomIsEmptyObject() {
		JsonNode grants = decode(builder().identity("alice").grant(VideoGrant.anyRoom()).build().toJwt().split("\\.")[1])
			.get("grants");
		assertThat(grants.get("video").isObject()).isTrue();
		assertThat(grants.get("video").isEmpty()).isTrue();
	}

	@Test
	void appliesTtlNotBeforeAndRegion() {
		AccessToken token = builder().ttl(Duration.ofMinutes(5))
			.notBefore(Instant.parse("2015-12-18T20:40:00Z"))
			.region("ie1")
			.build();
		String[] parts = token.toJwt().split("\\.");
		assertThat(decode(parts[0]).get("twr").asString()).isEqualTo("ie1");
		JsonNode claims = decode(parts[1]);
		assertThat(claims.propertyNames()).containsExactly("jti", "iss", "sub", "iat", "nbf", "exp", "grants");
		assertThat(claims.get("nbf").asLong()).isEqualTo(1450471200L);
		assertThat(claims.get("exp").asLong()).isEqualTo(1450471147L + 300);
		assertThat(claims.get("grants").isEmpty()).isTrue();
		assertThat(token.issuedAt()).isEqualTo(Instant.ofEpochSecond(1450471147L));
		assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1450471447L));
	}

	@Test
	void tokensBuiltFromTheSameInputsSerializeTheSame() {
		String first = tokenFor("alice").toJwt();
		String second = tokenFor("alice").toJwt();
		assertThat(second).isEqualTo(first);
		assertThat(decode(second.split("\\.")[1]).get("grants").get("identity").asString()).isEqualTo("alice");
		assertThat(tokenFor("bob").toJwt()).isNotEqualTo(first);
	}

	@Test
	void toStringNeverShowsSecretOrToken() {
		AccessToken token = builder().identity("alice").grant(VideoGrant.anyRoom()).build();
		assertThat(token.toString()).doesNotContain(SECRET)
			.doesNotContain(token.toJwt())
			.contains(API_KEY_SID, "alice", "[video]");
	}

	@Test
	void rejectsAuthTokenStyleCredentials() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccessToken.builder(ACCOUNT_SID, ACCOUNT_SID, "auth-token-value"))
			.withMessageContaining("signed with an API key")
			.withMessageNotContaining("auth-token-value");
		assertThatIllegalArgumentException().isThrownBy(() -> AccessToken.builder(ACCOUNT_SID, "SK123", SECRET))
			.withMessage("API key SID must be 'SK' followed by 32 hexadecimal characters, but the given value "
					+ "(5 characters) is not");
		assertThatIllegalArgumentException().isThrownBy(() -> AccessToken.builder(ACCOUNT_SID, API_KEY_SID, " "))
			.withMessage("API key secret must not be empty");
	}

	@Test
	void rejectsTtlBeyondTwentyFourHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().ttl(Duration.ofHours(25)))
			.withMessage("TTL must be at least a second and at most 24 hours, got PT25H");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().ttl(Duration.ZERO));
		// exp would equal iat: a token expired when it is issued
		assertThatIllegalArgumentException().isThrownBy(() -> builder().ttl(Duration.ofMillis(500)));
	}

	@Test
	void expiryAgreesWithTheExpClaimForAFractionalTtl() {
		AccessToken token = builder().ttl(Duration.ofMillis(1500)).build();
		JsonNode claims = decode(token.toJwt().split("\\.")[1]);
		assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(claims.get("exp").asLong()));
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(1);
	}

	@Test
	void rejectsGrantsForNoService() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatGrant.service(null))
			.withMessage("The Conversations service SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncGrant.service(" "))
			.withMessage("The Sync service SID must not be empty");
	}

	@Test
	void escapesIdentityAndVoiceParametersInTheJson() {
		AccessToken video = builder().identity("a\"b\u0001é").grant(VideoGrant.room("r")).build();
		assertThat(decode(video.toJwt().split("\\.")[1]).get("grants").get("identity").asString())
			.isEqualTo("a\"b\u0001é");
		AccessToken voice = builder().identity("alice")
			.grant(VoiceGrant.builder()
				.outgoingApplicationSid("AP0123456789abcdef0123456789abcdef")
				.outgoingApplicationParams(Map.of("k", "v\"\n<é"))
				.build())
			.build();
		JsonNode grants = decode(voice.toJwt().split("\\.")[1]).get("grants");
		assertThat(grants.get("voice").get("outgoing").get("params").get("k").asString()).isEqualTo("v\"\n<é");
	}

	@Test
	void rejectsVideoGrantWithoutIdentity() {
		// Twilio signs such a token, and the Video SDK then fails to join with 53200
		assertThatIllegalArgumentException().isThrownBy(() -> builder().grant(VideoGrant.room("consult-42")).build())
			.withMessage("A token with a video grant needs an identity, the participant's name in the room: set "
					+ "it with identity(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().grant(VideoGrant.anyRoom()).build());
		assertThat(builder().grant(ChatGrant.service("ISxxx")).build().identity()).isNull();
	}

	@Test
	void rejectsSecondGrantOfSameKind() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().grant(VideoGrant.room("a")).grant(VideoGrant.room("b")))
			.withMessage("The token already has a 'video' grant; a token holds at most one grant of each kind");
	}

	@Test
	void rejectsCustomGrantThatWouldReplaceTheIdentity() {
		AccessTokenGrant identity = new CustomGrant("identity", Map.of("name", "mallory"));
		assertThatIllegalArgumentException().isThrownBy(() -> builder().identity("alice").grant(identity))
			.withMessage("'identity' is not a grant key: set the identity with identity(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().grant(new CustomGrant(" ", Map.of())))
			.withMessageContaining("has no key");
	}

	@Test
	void writesACustomGrantBesideTheIdentity() {
		AccessToken token = builder().identity("alice")
			.grant(new CustomGrant("ip_messaging", Map.of("service_sid", "IS1")))
			.build();
		JsonNode grants = decode(token.toJwt().split("\\.")[1]).get("grants");
		assertThat(grants.get("identity").asString()).isEqualTo("alice");
		assertThat(grants.get("ip_messaging").get("service_sid").asString()).isEqualTo("IS1");
	}

	@Test
	void rejectsNullNotBefore() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().notBefore(null))
			.withMessageStartingWith("notBefore must not be null");
	}

	@Test
	void rejectsRegionThatIsNoRegionId() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().region("ie1.example.com"))
			.withMessage("Region 'ie1.example.com' is not a Twilio region id: use letters, digits and hyphens, "
					+ "such as 'ie1'");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().region("ie 1"))
			.withMessageContaining("'ie 1' is not a Twilio region id");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().region("-ie1"))
			.withMessageContaining("is not a Twilio region id");
		String secretLike = "0123456789abcdef0123456789abcdef";
		assertThatIllegalArgumentException().isThrownBy(() -> builder().region(secretLike))
			.withMessage("Region of 32 characters (not shown) is not a Twilio region id: use letters, digits and "
					+ "hyphens, such as 'ie1'")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(secretLike));
		assertThat(builder().region("au1").build().region()).isEqualTo("au1");
		// As the client takes twilio.region
		assertThat(builder().region(" IE1 ").build().region()).isEqualTo("ie1");
		assertThat(builder().region("us2-stage").build().region()).isEqualTo("us2-stage");
	}

	@Test
	void rejectsVoiceIdentityWithSpecialCharacters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().identity("alice smith")
				.grant(VoiceGrant.builder().incomingAllow(true).build())
				.build())
			.withMessageContaining("letters (A-Z, a-z), digits and underscores");
	}

	@Test
	void voiceIdentityErrorSaysWhichLettersAreAllowed() {
		// "Zoë" is letters only, so "letters, digits and underscores" read as if it passed
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().identity("Zoë").grant(VoiceGrant.builder().incomingAllow(true).build()).build())
			.withMessage("A token with a voice grant needs an identity of ASCII letters (A-Z, a-z), digits and "
					+ "underscores only");
	}

	@Test
	void rejectsVoiceParamsWithoutNameWhenAddedNotWhenSerialized() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put(null, "support");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceGrant.builder().outgoingApplicationSid("APxxx").outgoingApplicationParams(params))
			.withMessage("Outgoing application parameter names must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceGrant.builder().outgoingApplicationParams(Map.of(" ", "support")))
			.withMessage("Outgoing application parameter names must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceGrant.builder().outgoingApplicationParams(null))
			.withMessage("Outgoing application parameters must not be null");
	}

	@Test
	void rejectsNotBeforeAfterExpiry() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().notBefore(NOW.plus(Duration.ofHours(2))).build())
			.withMessageStartingWith("notBefore must be before the token expires");
	}

	@Test
	void voiceParamsNeedApplication() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceGrant.builder().outgoingApplicationParams(Map.of("a", "b")).build())
			.withMessageContaining("outgoingApplicationSid(...)");
	}

	private AccessToken tokenFor(String identity) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("team", "support");
		params.put("queue", "priority");
		return builder().identity(identity)
			.ttl(Duration.ofMinutes(10))
			.grant(VoiceGrant.builder()
				.incomingAllow(true)
				.outgoingApplicationSid("APxxx")
				.outgoingApplicationParams(params)
				.build())
			.grant(VideoGrant.room("room"))
			.build();
	}

	private AccessToken.Builder builder() {
		return AccessToken.builder(ACCOUNT_SID, API_KEY_SID, SECRET).clock(this.clock);
	}

	private JsonNode decode(String part) {
		return this.json.readTree(Base64.getUrlDecoder().decode(part));
	}

	private record CustomGrant(String key, Map<String, Object> payload) implements AccessTokenGrant {

	}

}
