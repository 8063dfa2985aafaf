package dev.twiliospring.client;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AddressRequirement;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Conference;
import dev.twiliospring.client.api.ConferenceParticipant;
import dev.twiliospring.client.api.IncomingPhoneNumber;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageFeedback;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.messaging.MessagingService;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.video.Room;
import dev.twiliospring.client.video.RoomParticipant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link TwilioEnum}: the Twilio value of every constant of the enums whose
 * value is derived from the constant's name, listed as Twilio spells it.
 */
class TwilioEnumValuesTests {

	private final JsonMapper mapper = TwilioJson.createMapper();

	static Stream<Arguments> derivedValues() {
		return Stream.of(
				arguments(Account.Status.ACTIVE, "active"),
				arguments(Account.Status.SUSPENDED, "suspended"),
				arguments(Account.Status.CLOSED, "closed"),
				arguments(Account.Status.UNKNOWN, "unknown"),
				arguments(AddressRequirement.NONE, "none"),
				arguments(AddressRequirement.ANY, "any"),
				arguments(AddressRequirement.LOCAL, "local"),
				arguments(AddressRequirement.FOREIGN, "foreign"),
				arguments(AddressRequirement.UNKNOWN, "unknown"),
				arguments(Call.Status.QUEUED, "queued"),
				arguments(Call.Status.INITIATED, "initiated"),
				arguments(Call.Status.RINGING, "ringing"),
				arguments(Call.Status.IN_PROGRESS, "in-progress"),
				arguments(Call.Status.COMPLETED, "completed"),
				arguments(Call.Status.BUSY, "busy"),
				arguments(Call.Status.FAILED, "failed"),
				arguments(Call.Status.NO_ANSWER, "no-answer"),
				arguments(Call.Status.CANCELED, "canceled"),
				arguments(Call.Status.UNKNOWN, "unknown"),
				arguments(Conference.Status.INIT, "init"),
				arguments(Conference.Status.IN_PROGRESS, "in-progress"),
				arguments(Conference.Status.COMPLETED, "completed"),
				arguments(Conference.Status.UNKNOWN, "unknown"),
				arguments(Conference.ReasonConferenceEnded.CONFERENCE_ENDED_VIA_API, "conference-ended-via-api"),
				arguments(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT,
						"participant-with-end-conference-on-exit-left"),
				arguments(Conference.ReasonConferenceEnded.PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED,
						"participant-with-end-conference-on-exit-kicked"),
				arguments(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_KICKED, "last-participant-kicked"),
				arguments(Conference.ReasonConferenceEnded.LAST_PARTICIPANT_LEFT, "last-participant-left"),
				arguments(Conference.ReasonConferenceEnded.UNKNOWN, "unknown"),
				arguments(ConferenceParticipant.Status.QUEUED, "queued"),
				arguments(ConferenceParticipant.Status.CONNECTING, "connecting"),
				arguments(ConferenceParticipant.Status.RINGING, "ringing"),
				arguments(ConferenceParticipant.Status.CONNECTED, "connected"),
				arguments(ConferenceParticipant.Status.COMPLETE, "complete"),
				arguments(ConferenceParticipant.Status.FAILED, "failed"),
				arguments(ConferenceParticipant.Status.UNKNOWN, "unknown"),
				arguments(Call.Direction.INBOUND, "inbound"),
				arguments(Call.Direction.OUTBOUND_API, "outbound-api"),
				arguments(Call.Direction.OUTBOUND_DIAL, "outbound-dial"),
				arguments(Call.Direction.TRUNKING_TERMINATING, "trunking-terminating"),
				arguments(Call.Direction.TRUNKING_ORIGINATING, "trunking-originating"),
				arguments(Call.Direction.UNKNOWN, "unknown"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.REGISTERED, "registered"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.UNREGISTERED, "unregistered"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.PENDING_REGISTRATION, "pending-registration"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.REGISTRATION_FAILURE, "registration-failure"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.PENDING_UNREGISTRATION, "pending-unregistration"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.UNREGISTRATION_FAILURE, "unregistration-failure"),
				arguments(IncomingPhoneNumber.EmergencyAddressStatus.UNKNOWN, "unknown"),
				arguments(IncomingPhoneNumber.VoiceReceiveMode.VOICE, "voice"),
				arguments(IncomingPhoneNumber.VoiceReceiveMode.FAX, "fax"),
				arguments(IncomingPhoneNumber.VoiceReceiveMode.UNKNOWN, "unknown"),
				arguments(Message.Direction.INBOUND, "inbound"),
				arguments(Message.Direction.OUTBOUND_API, "outbound-api"),
				arguments(Message.Direction.OUTBOUND_CALL, "outbound-call"),
				arguments(Message.Direction.OUTBOUND_REPLY, "outbound-reply"),
				arguments(Message.Direction.UNKNOWN, "unknown"),
				arguments(MessageFeedback.Outcome.CONFIRMED, "confirmed"),
				arguments(MessageFeedback.Outcome.UNCONFIRMED, "unconfirmed"),
				arguments(MessageFeedback.Outcome.UNKNOWN, "unknown"),
				arguments(Recording.Status.IN_PROGRESS, "in-progress"),
				arguments(Recording.Status.PAUSED, "paused"),
				arguments(Recording.Status.STOPPED, "stopped"),
				arguments(Recording.Status.PROCESSING, "processing"),
				arguments(Recording.Status.COMPLETED, "completed"),
				arguments(Recording.Status.ABSENT, "absent"),
				arguments(Recording.Status.FAILED, "failed"),
				arguments(Recording.Status.DELETED, "deleted"),
				arguments(Recording.Status.UNKNOWN, "unknown"),
				arguments(MessagingService.ScanMessageContent.INHERIT, "inherit"),
				arguments(MessagingService.ScanMessageContent.ENABLE, "enable"),
				arguments(MessagingService.ScanMessageContent.DISABLE, "disable"),
				arguments(MessagingService.ScanMessageContent.UNKNOWN, "unknown"),
				arguments(VerificationChannel.SMS, "sms"),
				arguments(VerificationChannel.CALL, "call"),
				arguments(VerificationChannel.EMAIL, "email"),
				arguments(VerificationChannel.WHATSAPP, "whatsapp"),
				arguments(VerificationChannel.SNA, "sna"),
				arguments(VerificationChannel.RCS, "rcs"),
				arguments(VerificationChannel.AUTO, "auto"),
				arguments(VerificationChannel.UNKNOWN, "unknown"),
				arguments(Room.Status.IN_PROGRESS, "in-progress"),
				arguments(Room.Status.COMPLETED, "completed"),
				arguments(Room.Status.FAILED, "failed"),
				arguments(Room.Status.UNKNOWN, "unknown"),
				arguments(Room.Type.GO, "go"),
				arguments(Room.Type.PEER_TO_PEER, "peer-to-peer"),
				arguments(Room.Type.GROUP, "group"),
				arguments(Room.Type.GROUP_SMALL, "group-small"),
				arguments(Room.Type.UNKNOWN, "unknown"),
				arguments(RoomParticipant.Status.CONNECTED, "connected"),
				arguments(RoomParticipant.Status.DISCONNECTED, "disconnected"),
				arguments(RoomParticipant.Status.RECONNECTING, "reconnecting"),
				arguments(RoomParticipant.Status.UNKNOWN, "unknown"));
	}

	@ParameterizedTest
	@MethodSource("derivedValues")
	void valueAndToStringAreTheTwilioSpelling(TwilioEnum constant, String expected) {
		assertThat(constant.value()).isEqualTo(expected);
		assertThat(constant).hasToString(expected);
	}

	@ParameterizedTest
	@MethodSource("derivedValues")
	void jsonUsesTheTwilioSpelling(TwilioEnum constant, String expected) {
		Class<?> type = ((Enum<?>) constant).getDeclaringClass();
		assertThat(this.mapper.writeValueAsString(constant)).isEqualTo("\"" + expected + "\"");
		assertThat(this.mapper.readValue("\"" + expected + "\"", type)).isSameAs(constant);
	}

	@Test
	void listsEveryConstantOfTheseEnums() {
		Set<Object> listed = derivedValues().map((arguments) -> arguments.get()[0]).collect(Collectors.toSet());
		Set<Object> all = listed.stream()
			.map((constant) -> ((Enum<?>) constant).getDeclaringClass())
			.distinct()
			.flatMap((type) -> Stream.of(type.getEnumConstants()))
			.collect(Collectors.toSet());
		assertThat(listed).isEqualTo(all);
	}

}
