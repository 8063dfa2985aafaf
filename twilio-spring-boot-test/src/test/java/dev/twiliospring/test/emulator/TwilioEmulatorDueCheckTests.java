package dev.twiliospring.test.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the check with which {@link TwilioEmulator} sends the scheduled messages that
 * its clock has made due: what it logs when the clock fails, and that it reads no clock
 * while no message is scheduled.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioEmulatorDueCheckTests {

	private static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

	private static final String WARNING = "could not send the scheduled messages that are due";

	@Test
	void warnsOnceWhileTheClockFailsTheSameWay(CapturedOutput output) throws InterruptedException {
		FailingClock clock = new FailingClock();
		try (TwilioEmulator emulator = TwilioEmulator.builder().clock(clock).start()) {
			Message scheduled = emulator.client().messages().create(reminder());
			assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
			// The eleventh read starts after the tenth check has logged what it logs
			CountDownLatch checks = clock.fail(new IllegalStateException("The clock is broken"), 11);
			assertThat(checks.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(output.getAll().split(WARNING, -1)).hasSize(2);
			assertThat(output.getAll()).contains("The clock is broken");
		}
	}

	@Test
	void warnsAgainWhenTheClockFailsAnotherWay(CapturedOutput output) throws InterruptedException {
		FailingClock clock = new FailingClock();
		try (TwilioEmulator emulator = TwilioEmulator.builder().clock(clock).start()) {
			emulator.client().messages().create(reminder());
			assertThat(clock.fail(new IllegalStateException("First failure"), 3).await(30, TimeUnit.SECONDS))
				.isTrue();
			assertThat(clock.fail(new IllegalStateException("Second failure"), 3).await(30, TimeUnit.SECONDS))
				.isTrue();
			assertThat(output.getAll().split(WARNING, -1)).hasSize(3);
		}
	}

	@Test
	void readsNoClockToCheckForDueMessagesWhileNoneIsScheduled() {
		CountingClock clock = new CountingClock();
		try (TwilioEmulator emulator = TwilioEmulator.builder().clock(clock).start()) {
			Message scheduled = emulator.client().messages().create(reminder());
			emulator.client().messages().cancel(scheduled.sid());
			emulator.awaitMessageStatus(scheduled.sid(), "canceled", Duration.ofSeconds(5));
			int reads = clock.reads.get();
			// Each look at the messages checks for those due, as the periodic check does
			for (int i = 0; i < 10; i++) {
				assertThat(emulator.messages()).singleElement()
					.satisfies((message) -> assertThat(message.status()).isEqualTo("canceled"));
			}
			assertThat(clock.reads.get()).isEqualTo(reads);
		}
	}

	private static MessageCreateRequest reminder() {
		return MessageCreateRequest.builder()
			.to("+14155550100")
			.messagingServiceSid("MG" + "1".repeat(32))
			.body("Reminder")
			.sendAt(START.plus(Duration.ofDays(1)))
			.build();
	}

	/**
	 * A clock in UTC, which the emulator never asks for another zone.
	 */
	private abstract static class UtcClock extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

	/**
	 * A clock that gives {@link #START} and counts its reads.
	 */
	private static final class CountingClock extends UtcClock {

		private final AtomicInteger reads = new AtomicInteger();

		@Override
		public Instant instant() {
			this.reads.incrementAndGet();
			return START;
		}

	}

	/**
	 * A clock that gives {@link #START} until told to fail, and counts its reads once it
	 * fails.
	 */
	private static final class FailingClock extends UtcClock {

		private volatile RuntimeException failure;

		private volatile CountDownLatch reads = new CountDownLatch(0);

		CountDownLatch fail(RuntimeException failure, int reads) {
			CountDownLatch latch = new CountDownLatch(reads);
			this.reads = latch;
			this.failure = failure;
			return latch;
		}

		@Override
		public Instant instant() {
			RuntimeException failure = this.failure;
			if (failure == null) {
				return START;
			}
			this.reads.countDown();
			throw failure;
		}

	}

}
