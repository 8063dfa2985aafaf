package dev.twiliospring.client;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Calls the events of a {@link TwilioClientListener} so that an exception the listener
 * throws changes nothing about the call: it is logged and the call goes on as if the
 * listener had returned. A send that Twilio carried out must not be reported as failed
 * because of a listener, which would have the application send it again, and a listener
 * that fails must not keep the others from their events.
 */
final class ListenerInvocations {

	private static final Log logger = LogFactory.getLog(TwilioClientListener.class);

	private ListenerInvocations() {
	}

	/**
	 * Run the call inside the listener. What the caller gets is what the call came to:
	 * its result, even if the listener threw once the call had returned it, and its own
	 * failure, not one that the listener threw in its place. A listener that threw before
	 * running the call, or returned without running it, does not keep it from being made.
	 * @param <T> the result type
	 * @param listener the listener
	 * @param context the call
	 * @param execution the call with all its attempts
	 * @return the result of the call
	 */
	static <T extends @Nullable Object> T aroundRequest(TwilioClientListener listener, TwilioRequestContext context,
			Execution<T> execution) {
		try {
			listener.aroundRequest(context, execution);
		}
		catch (Exception ex) {
			if (execution.state == Execution.THREW && execution.failure == ex) {
				throw ex;
			}
			failed(listener, "aroundRequest", ex);
			return execution.get();
		}
		if (execution.state != Execution.RETURNED && logger.isWarnEnabled()) {
			logger.warn("TwilioClientListener " + listener.getClass().getName() + " returned from aroundRequest "
					+ ((execution.state == Execution.THREW) ? "over the failure of the call, which is thrown"
							: "without running the call, which is made all the same"));
		}
		// What the call came to, whatever the listener returned
		return execution.get();
	}

	static void onRetry(TwilioClientListener listener, TwilioRequestContext context, TwilioRetryReason reason,
			Duration delay) {
		try {
			listener.onRetry(context, reason, delay);
		}
		catch (Exception ex) {
			failed(listener, "onRetry", ex);
		}
	}

	static void onRetrySent(TwilioClientListener listener, TwilioRequestContext context, TwilioRetryReason reason) {
		try {
			listener.onRetrySent(context, reason);
		}
		catch (Exception ex) {
			failed(listener, "onRetrySent", ex);
		}
	}

	static void onRetryAbandoned(TwilioClientListener listener, TwilioRequestContext context,
			TwilioRetryReason reason) {
		try {
			listener.onRetryAbandoned(context, reason);
		}
		catch (Exception ex) {
			failed(listener, "onRetryAbandoned", ex);
		}
	}

	/**
	 * Log that a listener threw. The message names the listener and the event only: what
	 * the call sent is left to the listener's own exception.
	 * @param listener the listener that threw
	 * @param event the event it was told of
	 * @param ex what it threw
	 */
	static void failed(TwilioClientListener listener, String event, Throwable ex) {
		if (logger.isWarnEnabled()) {
			logger.warn("TwilioClientListener " + listener.getClass().getName() + " threw in " + event
					+ "; the exception is ignored and changes nothing about the call", ex);
		}
	}

	/**
	 * The call that a listener runs in {@link TwilioClientListener#aroundRequest}, which
	 * keeps what it came to, so that the client can give the caller that whatever the
	 * listener does, and which is run once however often the listener asks for it: a
	 * call made twice could send a message twice.
	 *
	 * @param <T> the result type
	 */
	abstract static class Execution<T extends @Nullable Object> implements Supplier<T> {

		static final int NOT_STARTED = 0;

		static final int RUNNING = 1;

		static final int RETURNED = 2;

		static final int THREW = 3;

		private int state = NOT_STARTED;

		private @Nullable T result;

		private @Nullable Throwable failure;

		@Override
		@SuppressWarnings("NullAway") // a returned result is what run() returned, a T
		public final T get() {
			switch (this.state) {
				case RETURNED:
					return this.result;
				case THREW:
					throw ListenerInvocations.<RuntimeException>sneakyThrow(this.failure);
				case RUNNING:
					throw new IllegalStateException("The call is running already");
				default:
					break;
			}
			this.state = RUNNING;
			try {
				T result = run();
				this.result = result;
				this.state = RETURNED;
				return result;
			}
			catch (Throwable ex) {
				this.failure = ex;
				this.state = THREW;
				throw ex;
			}
		}

		/**
		 * Make the call.
		 * @return its result
		 */
		abstract T run();

	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> E sneakyThrow(@Nullable Throwable ex) throws E {
		throw (E) ex;
	}

}
