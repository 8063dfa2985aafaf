package dev.twiliospring.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A {@link TwilioClientListener} for tests that keeps the context of every call, so that
 * tests can assert what the client sent: domain, method, path template and outcome, and the
 * reason of every retry.
 */
public final class RecordingTwilioClientListener implements TwilioClientListener {

	private final List<TwilioRequestContext> contexts = new CopyOnWriteArrayList<>();

	private final List<TwilioRetryReason> retries = new CopyOnWriteArrayList<>();

	@Override
	public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
		this.contexts.add(context);
		return execution.get();
	}

	@Override
	public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
		this.retries.add(reason);
	}

	/**
	 * Return the reasons of all retries.
	 * @return the reasons in the order of the retries
	 */
	public List<TwilioRetryReason> retries() {
		return List.copyOf(this.retries);
	}

	/**
	 * Return the contexts of all calls.
	 * @return the contexts in call order
	 */
	public List<TwilioRequestContext> contexts() {
		return List.copyOf(this.contexts);
	}

	/**
	 * Return the context of the only call, failing if there was not exactly one.
	 * @return the context
	 */
	public TwilioRequestContext only() {
		if (this.contexts.size() != 1) {
			throw new AssertionError("Expected exactly one call but saw " + this.contexts.size());
		}
		return this.contexts.get(0);
	}

}
