package dev.twiliospring.test.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The clock the emulator reads: the one it was given, except that when that one gives no
 * instant, as a Mockito mock of {@link Clock} does until the test stubs its
 * {@code instant()}, the time is the system clock's, so that what the emulator creates
 * is dated and every rule of time still has a time to compare with.
 */
final class EmulatorClock extends Clock {

	private static final Log logger = LogFactory.getLog(TwilioEmulator.class);

	private final Clock clock;

	private final AtomicBoolean warned = new AtomicBoolean();

	EmulatorClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Return the clock the emulator was given.
	 */
	Clock given() {
		return this.clock;
	}

	@Override
	public Instant instant() {
		Instant instant = this.clock.instant();
		if (instant != null) {
			return instant;
		}
		if (this.warned.compareAndSet(false, true)) {
			// Once: a mock is reset after each test and gives no instant again
			logger.warn("The Twilio emulator's clock, " + this.clock + ", gave no instant, as a Mockito mock of "
					+ "Clock does until its instant() is stubbed: the emulator reads the system clock's time "
					+ "whenever it gives none. To have the emulator follow the test's time, stub its instant() "
					+ "in each test; otherwise give the emulator a clock of its own with "
					+ "TwilioEmulator.Builder.clock(Clock)");
		}
		return Instant.now();
	}

	@Override
	public ZoneId getZone() {
		ZoneId zone = this.clock.getZone();
		return (zone != null) ? zone : ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EmulatorClock(this.clock.withZone(zone));
	}

	@Override
	public String toString() {
		return "EmulatorClock[" + this.clock + "]";
	}

}
