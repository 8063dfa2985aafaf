package dev.twiliospring.client.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * A Twilio access token: a JWT, signed with an API key, that lets a client SDK (Voice,
 * Video, Conversations, Sync) act as an identity of your application.
 * <p>
 * The token follows Twilio's documented layout: header {@code typ}, {@code alg} =
 * {@code HS256}, {@code cty} = {@code twilio-fpa;v=1} and, with a region, {@code twr};
 * claims {@code jti} ({@code {apiKeySid}-{iat}}), {@code iss} (the API key SID),
 * {@code sub} (the account SID), {@code iat}, {@code nbf} when set, {@code exp} and
 * {@code grants} with the {@code identity} and one entry per grant.
 * <pre class="code">
 * String jwt = AccessToken.builder(accountSid, apiKeySid, apiKeySecret)
 *     .identity("alice")
 *     .ttl(Duration.ofMinutes(30))
 *     .grant(VideoGrant.room("daily-standup"))
 *     .build()
 *     .toJwt();
 * </pre>
 * Instances are immutable; {@link #toString()} never shows the secret or the token. A
 * JSON mapper, such as the one of a controller that returns the token, writes it as the
 * string of {@link #toJwt()}.
 *
 * @since 1.0.0
 */
public final class AccessToken {

	/** Default lifetime of a token. */
	public static final Duration DEFAULT_TTL = Duration.ofHours(1);

	/** Longest lifetime Twilio accepts. */
	public static final Duration MAX_TTL = Duration.ofHours(24);

	private static final String CONTENT_TYPE = "twilio-fpa;v=1";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");

	private static final Pattern VOICE_IDENTITY = Pattern.compile("[A-Za-z0-9_]+");

	/** A region id as Twilio names them ({@code us1}, {@code ie1}): a host name label. */
	private static final Pattern REGION = Pattern.compile("[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?");

	/**
	 * Writes claims made of the JDK's own types only: a shared mapper keeps a serializer
	 * for every class it has written, and one for an application's class would keep the
	 * class loader of an application restarted in the same JVM (Spring DevTools) alive.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String accountSid;

	private final String apiKeySid;

	private final byte[] secret;

	private final @Nullable String identity;

	private final Instant issuedAt;

	private final Instant expiresAt;

	private final @Nullable Instant notBefore;

	private final @Nullable String region;

	private final List<AccessTokenGrant> grants;

	private AccessToken(Builder builder, Instant issuedAt) {
		this.accountSid = builder.accountSid;
		this.apiKeySid = builder.apiKeySid;
		this.secret = builder.secret.clone();
		this.identity = builder.identity;
		this.issuedAt = issuedAt;
		this.expiresAt = issuedAt.plus(builder.ttl);
		this.notBefore = builder.notBefore;
		this.region = builder.region;
		this.grants = List.copyOf(builder.grants.values());
	}

	/**
	 * Return a builder for a token signed with the given API key. Twilio only accepts
	 * tokens signed with an API key, never with the auth token.
	 * @param accountSid the account SID ({@code AC...}), the {@code sub} claim
	 * @param apiKeySid the API key SID ({@code SK...}), the {@code iss} claim
	 * @param apiKeySecret the API key secret that signs the token
	 * @return the builder
	 */
	public static Builder builder(String accountSid, String apiKeySid, String apiKeySecret) {
		return new Builder(accountSid, apiKeySid, apiKeySecret);
	}

	/**
	 * Return the account SID.
	 * @return the account SID
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * Return the API key SID.
	 * @return the API key SID
	 */
	public String apiKeySid() {
		return this.apiKeySid;
	}

	/**
	 * Return the identity the token grants access for.
	 * @return the identity, or {@code null}
	 */
	public @Nullable String identity() {
		return this.identity;
	}

	/**
	 * Return when the token was issued ({@code iat}).
	 * @return the issue time, to the second
	 */
	public Instant issuedAt() {
		return this.issuedAt;
	}

	/**
	 * Return when the token expires ({@code exp}).
	 * @return the expiry time
	 */
	public Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * Return when the token becomes valid ({@code nbf}).
	 * @return the time, or {@code null} if the token is valid at once
	 */
	public @Nullable Instant notBefore() {
		return this.notBefore;
	}

	/**
	 * Return the Twilio region of the token ({@code twr} header).
	 * @return the region, or {@code null}
	 */
	public @Nullable String region() {
		return this.region;
	}

	/**
	 * Return the grants of the token.
	 * @return the grants in the order they were added
	 */
	public List<AccessTokenGrant> grants() {
		return this.grants;
	}

	/**
	 * Return the signed token, to hand to a client SDK. JSON mappers write the token as
	 * this string: without it, they would write an empty object or, with fields made
	 * visible, the API key secret.
	 * @return the JWT in compact form
	 */
	@JsonValue
	public String toJwt() {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("typ", "JWT");
		header.put("alg", "HS256");
		header.put("cty", CONTENT_TYPE);
		if (this.region != null) {
			header.put("twr", this.region);
		}
		long issuedAt = this.issuedAt.getEpochSecond();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("jti", this.apiKeySid + "-" + issuedAt);
		claims.put("iss", this.apiKeySid);
		claims.put("sub", this.accountSid);
		claims.put("iat", issuedAt);
		if (this.notBefore != null) {
			claims.put("nbf", this.notBefore.getEpochSecond());
		}
		claims.put("exp", this.expiresAt.getEpochSecond());
		Map<String, Object> grants = new LinkedHashMap<>();
		if (this.identity != null) {
			grants.put("identity", this.identity);
		}
		this.grants.forEach((grant) -> grants.put(grant.key(), grant.payload()));
		claims.put("grants", grants);
		JsonMapper claimsMapper = onlyJdkValues(grants) ? JSON : JsonMapper.builder().build();
		String signingInput = base64Url(JSON.writeValueAsBytes(header)) + "."
				+ base64Url(claimsMapper.writeValueAsBytes(claims));
		return signingInput + "." + base64Url(sign(this.secret, signingInput));
	}

	/**
	 * Sign a JWT signing input with HMAC-SHA256.
	 * @param key the key
	 * @param signingInput the encoded header and claims, joined by a dot
	 * @return the signature
	 */
	static byte[] sign(byte[] key, String signingInput) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", ex);
		}
	}

	/**
	 * Return whether a value is made of strings, numbers, booleans, maps, collections and
	 * arrays of the JDK alone, classes that are never unloaded.
	 */
	private static boolean onlyJdkValues(@Nullable Object value) {
		if (value == null) {
			return true;
		}
		if (value.getClass().getClassLoader() != null) {
			return false;
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.allMatch((entry) -> onlyJdkValues(entry.getKey()) && onlyJdkValues(entry.getValue()));
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().allMatch(AccessToken::onlyJdkValues);
		}
		if (value instanceof Object[] array) {
			return Arrays.stream(array).allMatch(AccessToken::onlyJdkValues);
		}
		return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value.getClass().isArray();
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "AccessToken[accountSid=" + this.accountSid + ", apiKeySid=" + this.apiKeySid + ", identity="
				+ this.identity + ", grants=" + this.grants.stream().map(AccessTokenGrant::key).toList()
				+ ", expiresAt=" + this.expiresAt + "]";
	}

	/**
	 * Builder for {@link AccessToken}.
	 */
	public static final class Builder {

		private final String accountSid;

		private final String apiKeySid;

		private final byte[] secret;

		private @Nullable String identity;

		private Duration ttl = DEFAULT_TTL;

		private @Nullable Instant notBefore;

		private @Nullable String region;

		private final Map<String, AccessTokenGrant> grants = new LinkedHashMap<>();

		private Clock clock = Clock.systemUTC();

		private Builder(String accountSid, String apiKeySid, String apiKeySecret) {
			checkSid(accountSid, ACCOUNT_SID, "Account SID", "AC");
			if (apiKeySid != null && apiKeySid.startsWith("AC")) {
				throw new IllegalArgumentException("Access tokens are signed with an API key, not with the account's "
						+ "auth token: pass the SID ('SK...') and secret of an API key");
			}
			checkSid(apiKeySid, API_KEY_SID, "API key SID", "SK");
			if (apiKeySecret == null || apiKeySecret.isBlank()) {
				throw new IllegalArgumentException("API key secret must not be empty");
			}
			this.accountSid = accountSid;
			this.apiKeySid = apiKeySid;
			this.secret = apiKeySecret.getBytes(StandardCharsets.UTF_8);
		}

		/**
		 * Set the identity the token grants access for, such as a user name. A token with
		 * a video grant needs one; Voice identities may only hold ASCII letters, digits
		 * and underscores.
		 * @param identity the identity
		 * @return this builder
		 */
		public Builder identity(String identity) {
			if (identity == null || identity.isBlank()) {
				throw new IllegalArgumentException("Identity must not be empty");
			}
			this.identity = identity;
			return this;
		}

		/**
		 * Set how long the token is valid from the time it is built.
		 * @param ttl the lifetime, from a second to 24 hours, in whole seconds (a fraction
		 * is dropped); one hour by default
		 * @return this builder
		 */
		public Builder ttl(Duration ttl) {
			if (ttl == null || ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(MAX_TTL) > 0) {
				throw new IllegalArgumentException("TTL must be at least a second and at most 24 hours, got " + ttl);
			}
			// The token's times are whole seconds: a fraction would make expiresAt() differ
			// from the exp claim
			this.ttl = Duration.ofSeconds(ttl.getSeconds());
			return this;
		}

		/**
		 * Set when the token becomes valid.
		 * @param notBefore the time, before the token expires; by default the token is
		 * valid at once
		 * @return this builder
		 */
		public Builder notBefore(Instant notBefore) {
			if (notBefore == null) {
				throw new IllegalArgumentException("notBefore must not be null; leave it unset for a token that is "
						+ "valid at once");
			}
			this.notBefore = notBefore;
			return this;
		}

		/**
		 * Set the Twilio region the client SDK connects to, written as the {@code twr}
		 * header.
		 * @param region the region id, such as {@code ie1}: letters, digits and inner
		 * hyphens, at most 20 characters, taken in lower case as the client takes
		 * {@code twilio.region}
		 * @return this builder
		 */
		public Builder region(String region) {
			if (region == null || region.isBlank()) {
				throw new IllegalArgumentException("Region must not be empty");
			}
			String id = region.trim().toLowerCase(Locale.ROOT);
			if (!REGION.matcher(id).matches()) {
				// A long value may be a credential set in the wrong place: not shown
				String shown = (region.length() <= 20) ? "'" + region + "'"
						: "of " + region.length() + " characters (not shown)";
				throw new IllegalArgumentException("Region " + shown + " is not a Twilio region id: use letters, "
						+ "digits and hyphens, such as 'ie1'");
			}
			this.region = id;
			return this;
		}

		/**
		 * Add a grant. A token holds at most one grant of each kind.
		 * @param grant the grant, such as a {@link VideoGrant}
		 * @return this builder
		 */
		public Builder grant(AccessTokenGrant grant) {
			if (grant == null) {
				throw new IllegalArgumentException("Grant must not be null");
			}
			String key = grant.key();
			if (key == null || key.isBlank()) {
				throw new IllegalArgumentException("Grant " + grant.getClass().getName() + " has no key");
			}
			if (key.equals("identity")) {
				// The identity shares the grants object; a grant under its key would replace it
				throw new IllegalArgumentException("'identity' is not a grant key: set the identity with "
						+ "identity(...)");
			}
			if (this.grants.putIfAbsent(key, grant) != null) {
				throw new IllegalArgumentException("The token already has a '" + key
						+ "' grant; a token holds at most one grant of each kind");
			}
			return this;
		}

		/**
		 * Add grants.
		 * @param grants the grants
		 * @return this builder
		 */
		public Builder grants(Collection<? extends AccessTokenGrant> grants) {
			new ArrayList<>(grants).forEach(this::grant);
			return this;
		}

		/**
		 * Add grants.
		 * @param grants the grants
		 * @return this builder
		 */
		public Builder grants(AccessTokenGrant... grants) {
			return grants(Arrays.asList(grants));
		}

		/**
		 * Replace the clock that sets the issue time, for tests.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			if (clock == null) {
				throw new IllegalArgumentException("Clock must not be null");
			}
			this.clock = clock;
			return this;
		}

		/**
		 * Build the token, issued now according to the clock.
		 * @return the token
		 * @throws IllegalArgumentException if the settings contradict each other
		 */
		public AccessToken build() {
			if (this.identity == null && this.grants.containsKey("video")) {
				// Twilio signs such a token, but the Video SDK cannot join with it (53200)
				throw new IllegalArgumentException("A token with a video grant needs an identity, the participant's "
						+ "name in the room: set it with identity(...)");
			}
			if (this.identity != null && this.grants.containsKey("voice")
					&& !VOICE_IDENTITY.matcher(this.identity).matches()) {
				throw new IllegalArgumentException(
						"A token with a voice grant needs an identity of ASCII letters (A-Z, a-z), digits and "
								+ "underscores only");
			}
			Instant issuedAt = Instant.ofEpochSecond(this.clock.instant().getEpochSecond());
			if (this.notBefore != null && !this.notBefore.isBefore(issuedAt.plus(this.ttl))) {
				throw new IllegalArgumentException("notBefore must be before the token expires at "
						+ issuedAt.plus(this.ttl) + ", got " + this.notBefore);
			}
			return new AccessToken(this, issuedAt);
		}

		private static void checkSid(@Nullable String sid, Pattern pattern, String what, String prefix) {
			if (sid == null || !pattern.matcher(sid).matches()) {
				throw new IllegalArgumentException(what + " must be '" + prefix + "' followed by 32 hexadecimal "
						+ "characters, but the given value (" + ((sid != null) ? sid.length() : 0)
						+ " characters) is not");
			}
		}

	}

}
