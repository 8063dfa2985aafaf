package dev.twiliospring.client;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call made on a thread of its own and interrupted while it waits, with how it ended.
 * The caller must end within ten seconds of its interrupt, far less than any read
 * timeout the tests give, and must have thrown.
 *
 * @param failure what the call threw
 * @param interruptKept whether the thread was still interrupted afterwards
 */
record InterruptedCall(Throwable failure, boolean interruptKept) {

	/**
	 * Run the call and interrupt it once its request has been received.
	 * @param server the server the call sends to
	 * @param call the call
	 * @return how the call ended
	 * @throws Exception if waiting for the request or for the caller fails
	 */
	static InterruptedCall whileWaiting(ScriptedHttpServer server, Call call) throws Exception {
		return run(call, server::take);
	}

	/**
	 * Run the call and interrupt it after a moment, in which it starts to wait.
	 * @param call the call
	 * @return how the call ended
	 * @throws Exception if waiting for the caller fails
	 */
	static InterruptedCall run(Call call) throws Exception {
		return run(call, () -> Thread.sleep(200));
	}

	/**
	 * Run the call and interrupt it once {@code beforeInterrupt} returns.
	 * @param call the call
	 * @param beforeInterrupt what to wait for before the interrupt
	 * @return how the call ended
	 * @throws Exception if waiting fails
	 */
	static InterruptedCall run(Call call, Call beforeInterrupt) throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean interruptKept = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				call.run();
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
			interruptKept.set(Thread.currentThread().isInterrupted());
		}, "interrupted-caller");
		caller.setDaemon(true);
		caller.start();
		beforeInterrupt.run();
		caller.interrupt();
		caller.join(10_000);
		assertThat(caller.isAlive()).as("the caller still waits ten seconds after its interrupt").isFalse();
		assertThat(failure.get()).as("what the interrupted call threw").isNotNull();
		return new InterruptedCall(failure.get(), interruptKept.get());
	}

	/**
	 * Something to run that may throw.
	 */
	interface Call {

		void run() throws Exception;

	}

}
