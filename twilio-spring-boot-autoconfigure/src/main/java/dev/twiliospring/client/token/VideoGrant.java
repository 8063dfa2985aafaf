package dev.twiliospring.client.token;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Grant that lets the Video SDK connect to rooms ({@code video} claim).
 *
 * @param room the name or SID of the only room the token may join, or {@code null} for
 * any room
 * @since 1.0.0
 */
public record VideoGrant(@Nullable String room) implements AccessTokenGrant {

	/**
	 * Return a grant for one room.
	 * @param room the name or SID of the room
	 * @return the grant
	 */
	public static VideoGrant room(String room) {
		if (room == null || room.isBlank()) {
			throw new IllegalArgumentException("Room must not be empty; use VideoGrant.anyRoom() to allow every room");
		}
		return new VideoGrant(room);
	}

	/**
	 * Return a grant for any room.
	 * @return the grant
	 */
	public static VideoGrant anyRoom() {
		return new VideoGrant(null);
	}

	@Override
	public String key() {
		return "video";
	}

	@Override
	public Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		if (this.room != null) {
			payload.put("room", this.room);
		}
		return payload;
	}

}
