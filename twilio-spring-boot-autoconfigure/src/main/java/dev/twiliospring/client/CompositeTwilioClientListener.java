package dev.twiliospring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link TwilioClientListener} that calls several listeners in order, each one once. An
 * event that one of them throws in is still passed to the others.
 */
final class CompositeTwilioClientListener implements TwilioClientListener {

	private final List<TwilioClientListener> listeners;

	private CompositeTwilioClientListener(List<TwilioClientListener> listeners) {
		this.listeners = listeners;
	}

	/**
	 * Return a listener that calls the given listeners in order, as
	 * {@link TwilioClientListener#of} describes.
	 */
	static TwilioClientListener of(List<? extends TwilioClientListener> listeners) {
		List<TwilioClientListener> distinct = new ArrayList<>(listeners.size());
		for (TwilioClientListener listener : listeners) {
			add(distinct, listener);
		}
		if (distinct.isEmpty()) {
			return NONE;
		}
		return (distinct.size() == 1) ? distinct.get(0) : new CompositeTwilioClientListener(List.copyOf(distinct));
	}

	private static void add(List<TwilioClientListener> distinct, TwilioClientListener listener) {
		Assert.notNull(listener, "Listeners must not contain null");
		if (listener instanceof CompositeTwilioClientListener composite) {
			composite.listeners.forEach((member) -> add(distinct, member));
		}
		else if (listener != NONE && !distinct.contains(listener)) {
			distinct.add(listener);
		}
	}

	@Override
	public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
		return around(0, context, execution);
	}

	private <T extends @Nullable Object> T around(int index, TwilioRequestContext context, Supplier<T> execution) {
		if (index == this.listeners.size()) {
			return execution.get();
		}
		return ListenerInvocations.aroundRequest(this.listeners.get(index), context,
				new ListenerInvocations.Execution<T>() {

					@Override
					T run() {
						return around(index + 1, context, execution);
					}

				});
	}

	@Override
	public void onRetry(TwilioRequestContext context, TwilioRetryReason reason, Duration delay) {
		for (TwilioClientListener listener : this.listeners) {
			ListenerInvocations.onRetry(listener, context, reason, delay);
		}
	}

	@Override
	public void onRetrySent(TwilioRequestContext context, TwilioRetryReason reason) {
		for (TwilioClientListener listener : this.listeners) {
			ListenerInvocations.onRetrySent(listener, context, reason);
		}
	}

	@Override
	public void onRetryAbandoned(TwilioRequestContext context, TwilioRetryReason reason) {
		for (TwilioClientListener listener : this.listeners) {
			ListenerInvocations.onRetryAbandoned(listener, context, reason);
		}
	}

}
