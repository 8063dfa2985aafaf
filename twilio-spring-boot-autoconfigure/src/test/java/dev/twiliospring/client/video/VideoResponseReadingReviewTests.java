package dev.twiliospring.client.video;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link RoomParticipant} answers of the Video API are read.
 */
class VideoResponseReadingReviewTests {

	private static final String ROOM = "RM00000000000000000000000000000001";

	private static final String PARTICIPANT = "PA00000000000000000000000000000001";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void readsEveryParticipantStatusOfTheSpecAsItsOwnConstant() {
		// room_participant_enum_status: connected, disconnected, reconnecting
		this.server.enqueue(Response.json(200, "{\"sid\":\"" + PARTICIPANT + "\",\"room_sid\":\"" + ROOM
				+ "\",\"status\":\"reconnecting\",\"identity\":\"alice\"}"));
		RoomParticipant participant = this.server.client().video().participants(ROOM).fetch(PARTICIPANT);
		assertThat(participant.status()).isNotNull().isNotEqualTo(RoomParticipant.Status.UNKNOWN);
		assertThat(participant.status().value()).isEqualTo("reconnecting");
	}

}
