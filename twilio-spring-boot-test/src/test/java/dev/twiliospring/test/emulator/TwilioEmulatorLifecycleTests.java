package dev.twiliospring.test.emulator;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Set;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a started and closed {@link TwilioEmulator} leaves behind, as test suites with
 * many contexts or {@code @DirtiesContext} start and close it again and again: neither
 * its own threads nor the connections of the clients it handed out.
 */
class TwilioEmulatorLifecycleTests {

	@Test
	void closedEmulatorsLeaveNoThreadsOfTheirOwn() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		for (int i = 0; i < 5; i++) {
			try (TwilioEmulator emulator = TwilioEmulator.start()) {
				emulator.client().accounts().fetch();
			}
		}
		List<String> left = List.of();
		for (int i = 0; i < 50; i++) {
			left = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> !before.contains(thread) && thread.isAlive())
				.map(Thread::getName)
				.filter((name) -> name.startsWith("twilio-emulator-"))
				.sorted()
				.toList();
			if (left.isEmpty()) {
				break;
			}
			Thread.sleep(20);
		}
		assertThat(left).as("emulator threads alive after 5 emulators were closed").isEmpty();
	}

	/**
	 * An emulator a test leaves open, such as one in a static field, must not keep the
	 * JVM alive: Spring's ahead-of-time processing of tests never ends otherwise.
	 */
	@Test
	void openEmulatorRunsOnlyDaemonThreads() {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		try (TwilioEmulator emulator = TwilioEmulator.start()) {
			emulator.client().accounts().fetch();
			List<String> nonDaemon = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
				.map(Thread::getName)
				.toList();
			assertThat(nonDaemon).as("threads that keep the JVM alive while an emulator is open").isEmpty();
		}
	}

	@Test
	void clientsGivenUpAreNotHeldByTheEmulator() throws Exception {
		try (TwilioEmulator emulator = TwilioEmulator.start()) {
			WeakReference<TwilioClient> client = new WeakReference<>(emulator.client());
			for (int i = 0; i < 20 && client.get() != null; i++) {
				System.gc();
				Thread.sleep(50);
			}
			assertThat(client.get()).as("a client nothing uses any more").isNull();
			assertThat(emulator.client().accounts().fetch().sid()).isEqualTo(emulator.accountSid());
		}
	}

	@Test
	void clientsOfClosedEmulatorsLeaveNoOpenConnections() throws Exception {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		assertThat(os).isInstanceOf(UnixOperatingSystemMXBean.class);
		UnixOperatingSystemMXBean unix = (UnixOperatingSystemMXBean) os;
		// The first emulator loads and opens what every later one shares
		try (TwilioEmulator emulator = TwilioEmulator.start()) {
			emulator.client().accounts().fetch();
		}
		long before = unix.getOpenFileDescriptorCount();
		for (int i = 0; i < 10; i++) {
			try (TwilioEmulator emulator = TwilioEmulator.start()) {
				TwilioClient client = emulator.client();
				client.accounts().fetch();
			}
		}
		assertThat(unix.getOpenFileDescriptorCount() - before)
			.as("descriptors left open by 10 closed emulators and their clients")
			.isLessThanOrEqualTo(2);
	}

}
