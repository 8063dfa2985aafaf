package dev.twiliospring.client.token;

import java.util.Map;

/**
 * Permission that an {@link AccessToken} grants to a Twilio client SDK, written as one
 * entry of the token's {@code grants} claim.
 *
 * @since 1.0.0
 * @see VoiceGrant
 * @see VideoGrant
 * @see ChatGrant
 * @see SyncGrant
 */
public interface AccessTokenGrant {

	/**
	 * Return the key of the grant in the {@code grants} claim.
	 * @return the key, such as {@code voice} or {@code video}
	 */
	String key();

	/**
	 * Return the content of the grant, without {@code null} values.
	 * @return the grant's claims by name
	 */
	Map<String, Object> payload();

}
