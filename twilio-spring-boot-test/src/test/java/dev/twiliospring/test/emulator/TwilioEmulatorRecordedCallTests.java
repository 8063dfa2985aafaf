package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.api.RecordingListRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.webhook.RecordingStatusCallback;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for what {@link TwilioEmulator} does with the recording and answering machine
 * detection parameters of a new call: {@code Record=true} leaves a recording of the call
 * and reports it to the recording status callback, and machine detection tells the
 * application that a person answered, synchronously or asynchronously.
 */
class TwilioEmulatorRecordedCallTests extends EmulatorWithApplicationTests {

	@Test
	void recordedCallLeavesARecordingOfTheCallAndReportsIt() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Say>Hello</Say></Response>")
				.statusCallback(this.app.url("/call-status"))
				.record(true)
				.recordingChannels(CallCreateRequest.RecordingChannels.DUAL)
				.recordingStatusCallback(this.app.url("/recording-status"))
				.recordingStatusCallbackEvent(CallCreateRequest.RecordingEvent.IN_PROGRESS,
						CallCreateRequest.RecordingEvent.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		List<RecordingApplication.Received> statuses = await("/recording-status", 2);
		List<RecordingStatusCallback> callbacks = statuses.stream()
			.map((received) -> RecordingStatusCallback.from(params(received)))
			.toList();
		assertThat(callbacks).extracting(RecordingStatusCallback::recordingStatus)
			.containsExactly(Recording.Status.IN_PROGRESS, Recording.Status.COMPLETED);
		assertThat(statuses).allMatch(RecordingApplication.Received::validSignature);
		List<Recording> recordings = this.client.recordings()
			.list(RecordingListRequest.builder().callSid(call.sid()).build())
			.items();
		assertThat(recordings).singleElement().satisfies((recording) -> {
			assertThat(recording.sid()).isEqualTo(callbacks.get(0).recordingSid())
				.isEqualTo(callbacks.get(1).recordingSid());
			assertThat(recording.source()).isEqualTo(Recording.Source.OUTBOUND_API);
			assertThat(recording.channels()).isEqualTo(2);
		});
		RecordingStatusCallback completed = callbacks.get(1);
		assertThat(completed.callSid()).isEqualTo(call.sid());
		assertThat(completed.recordingSource()).isEqualTo(Recording.Source.OUTBOUND_API);
		assertThat(completed.recordingChannels()).isEqualTo(2);
		assertThat(completed.recordingDuration()).isEqualTo(recordings.get(0).duration());
		assertThat(await("/call-status", 1).get(0).params()).containsEntry("CallStatus", "completed")
			.containsEntry("RecordingSid", recordings.get(0).sid())
			.containsEntry("RecordingUrl", completed.recordingUrl());
	}

	@Test
	void callThatIsNotAnsweredLeavesNoRecording() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to(TwilioTestNumbers.UNDELIVERABLE)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Say>Hello</Say></Response>")
				.record(true)
				.recordingStatusCallback(this.app.url("/recording-status"))
				.build());
		this.emulator.awaitCallStatus(call.sid(), "busy", TIMEOUT);
		assertThat(this.client.recordings().list(RecordingListRequest.builder().callSid(call.sid()).build()).items())
			.isEmpty();
		assertThat(this.app.paths()).doesNotContain("/recording-status");
	}

	@Test
	void machineDetectionTellsTheCallsUrlThatAPersonAnswered() {
		this.app.twiml("/answer", "<Response><Say>Hello</Say></Response>");
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.url(this.app.url("/answer"))
				.machineDetection(CallCreateRequest.MachineDetection.ENABLE)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		assertThat(await("/answer", 1).get(0).params()).containsEntry("AnsweredBy", "human")
			.containsKey("MachineDetectionDuration");
		assertThat(this.client.calls().fetch(call.sid()).answeredBy()).isEqualTo(Call.AnsweredBy.HUMAN);
	}

	@Test
	void asynchronousMachineDetectionReportsToItsCallback() {
		this.app.twiml("/answer", "<Response><Say>Hello</Say></Response>");
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.url(this.app.url("/answer"))
				.machineDetection(CallCreateRequest.MachineDetection.DETECT_MESSAGE_END)
				.asyncAmd(true)
				.asyncAmdStatusCallback(this.app.url("/amd-status"))
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		RecordingApplication.Received detection = await("/amd-status", 1).get(0);
		assertThat(detection.validSignature()).isTrue();
		assertThat(detection.params()).containsEntry("CallSid", call.sid())
			.containsEntry("AccountSid", this.emulator.accountSid())
			.containsEntry("AnsweredBy", "human")
			.containsKey("MachineDetectionDuration");
		assertThat(await("/answer", 1).get(0).params()).doesNotContainKey("AnsweredBy")
			.doesNotContainKey("MachineDetectionDuration");
	}

	@Test
	void invalidRecordingStatusCallbackEventIsRefused() {
		CallCreateRequest request = CallCreateRequest.builder()
			.to("+14155550100")
			.from(TwilioTestNumbers.VALID)
			.twiml("<Response/>")
			.record(true)
			.param("RecordingStatusCallbackEvent", "finished")
			.build();
		assertThat(catchThrowable(() -> this.client.calls().create(request)))
			.hasMessageContaining("RecordingStatusCallbackEvent 'finished' is invalid");
	}

	private List<RecordingApplication.Received> await(String path, int count) {
		Predicate<RecordingApplication.Received> onPath = (received) -> received.path().equals(path);
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (this.app.requests.stream().filter(onPath).count() < count && Instant.now().isBefore(deadline)) {
			sleep();
		}
		List<RecordingApplication.Received> received = this.app.requests.stream().filter(onPath).toList();
		assertThat(received).as("requests to " + path).hasSize(count);
		return received;
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static WebhookParameters params(RecordingApplication.Received received) {
		return WebhookParameters.of(received.params()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> List.of(Objects.requireNonNull(entry.getValue())))));
	}

}
