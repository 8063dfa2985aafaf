package dev.twiliospring.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.micrometer.observation.Observation;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Context of the {@code twilio.webhook.requests} observation: one request that the
 * {@link TwilioWebhookFilter} handled as a Twilio webhook.
 * <p>
 * The filter fills in the {@link Type type}, {@link Outcome outcome} and rejection
 * reason while the observation runs.
 *
 * @since 1.0.0
 * @see TwilioWebhookObservationDocumentation#WEBHOOK_REQUEST
 */
public class TwilioWebhookObservationContext extends Observation.Context {

	private final HttpServletRequest request;

	private Type type = Type.OTHER;

	private @Nullable Outcome outcome;

	private @Nullable String reason;

	/**
	 * Create a context for a request.
	 * @param request the webhook request
	 */
	public TwilioWebhookObservationContext(HttpServletRequest request) {
		Assert.notNull(request, "Request must not be null");
		this.request = request;
	}

	/**
	 * Return the webhook request.
	 * @return the request
	 */
	public HttpServletRequest getRequest() {
		return this.request;
	}

	/**
	 * Return the kind of webhook, as told from its parameters.
	 * @return the type, {@link Type#OTHER} until the parameters have been read
	 */
	public Type getType() {
		return this.type;
	}

	/**
	 * Set the kind of webhook.
	 * @param type the type
	 */
	public void setType(Type type) {
		Assert.notNull(type, "Type must not be null");
		this.type = type;
	}

	/**
	 * Return what the filter did with the request.
	 * @return the outcome, or {@code null} while the filter has not decided
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set what the filter did with the request.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		Assert.notNull(outcome, "Outcome must not be null");
		this.outcome = outcome;
	}

	/**
	 * Return the reason a request was rejected or deduplicated, as in the
	 * {@code reason} member of the problem response, such as
	 * {@code signature-mismatch}.
	 * @return the reason, or {@code null} for an accepted request
	 */
	public @Nullable String getReason() {
		return this.reason;
	}

	/**
	 * Set the reason a request was rejected or deduplicated.
	 * @param reason the reason
	 */
	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	/**
	 * Kind of webhook.
	 */
	public enum Type {

		/** An incoming message ({@code MessageSid} or {@code SmsSid}, no status). */
		MESSAGE,

		/** A voice webhook of a call ({@code CallSid}), such as an incoming call. */
		VOICE,

		/**
		 * A status callback: {@code MessageStatus}, {@code RecordingStatus},
		 * {@code TranscriptionStatus}, a conference event ({@code StatusCallbackEvent}), an
		 * asynchronous answering machine detection result ({@code AnsweredBy} without
		 * {@code CallStatus}), a call progress event ({@code CallbackSource} or a final
		 * {@code CallStatus}), an event of a {@code <Stream>} ({@code StreamEvent}) or of
		 * a real-time {@code <Transcription>} ({@code TranscriptionEvent}), or a partial
		 * speech result of a {@code <Gather>} ({@code UnstableSpeechResult}).
		 */
		STATUS,

		/** Any other request, including JSON webhooks such as event streams. */
		OTHER;

		private static final Set<String> FINAL_CALL_STATUSES = Set.of("completed", "busy", "no-answer", "failed",
				"canceled");

		/**
		 * Return the value used as tag, such as {@code message}.
		 * @return the lower-case value
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * Tell the type of a webhook from its parameters. A voice webhook and a call
		 * status callback both carry {@code CallStatus}; only status callbacks carry
		 * {@code CallbackSource}, and a voice webhook is never sent for a call that has
		 * ended. Conference events carry {@code StatusCallbackEvent}; an asynchronous
		 * answering machine detection result names a call without the
		 * {@code CallStatus} that every voice webhook carries. Callbacks of TwiML nouns
		 * whose answer Twilio ignores carry the call's parameters too and are told by
		 * their own: {@code StreamEvent}, {@code TranscriptionEvent} and the partial
		 * results of a {@code <Gather>}.
		 * @param parameters the query and form parameters of the request
		 * @return the type
		 */
		public static Type of(Map<String, String[]> parameters) {
			if (parameters.containsKey("RecordingStatus") || parameters.containsKey("MessageStatus")
					|| parameters.containsKey("TranscriptionStatus")
					|| parameters.containsKey("StatusCallbackEvent") || parameters.containsKey("StreamEvent")
					|| parameters.containsKey("TranscriptionEvent") || isPartialSpeechResult(parameters)) {
				return STATUS;
			}
			if (parameters.containsKey("CallSid")) {
				String callStatus = first(parameters, "CallStatus");
				if (callStatus == null && parameters.containsKey("AnsweredBy")) {
					return STATUS;
				}
				boolean callEnded = callStatus != null
						&& FINAL_CALL_STATUSES.contains(callStatus.toLowerCase(Locale.ROOT));
				return (parameters.containsKey("CallbackSource") || callEnded) ? STATUS : VOICE;
			}
			if (parameters.containsKey("MessageSid") || parameters.containsKey("SmsSid")) {
				return MESSAGE;
			}
			return OTHER;
		}

		/**
		 * Whether the parameters are a partial result that a {@code <Gather>} sends to
		 * its {@code partialResultCallback} while the caller speaks; the final result
		 * goes to its action with {@code SpeechResult} instead.
		 * @param parameters the parameters of the request
		 * @return whether the request is a partial speech result
		 */
		static boolean isPartialSpeechResult(Map<String, ?> parameters) {
			return parameters.containsKey("UnstableSpeechResult") || parameters.containsKey("StableSpeechResult");
		}

		private static @Nullable String first(Map<String, String[]> parameters, String name) {
			String[] values = parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

	}

	/**
	 * What the filter did with a webhook request.
	 */
	public enum Outcome {

		/**
		 * The request passed the checks and was passed on towards its handler. A filter
		 * that runs after this one, such as Spring Security's, may still refuse it.
		 */
		ACCEPTED("accepted"),

		/**
		 * The signature was missing, did not match or could not be checked (403), or the
		 * {@link WebhookSignatureValidatorResolver} or {@link WebhookUrlResolver} failed
		 * (503).
		 */
		REJECTED_SIGNATURE("rejected-signature"),

		/**
		 * The request was malformed, too large or of an unsupported content type, or
		 * its body had been read before the filter.
		 */
		REJECTED_BAD_REQUEST("rejected-bad-request"),

		/**
		 * The request repeated an earlier one (same {@code I-Twilio-Idempotency-Token})
		 * and was answered with the recorded response, or with 409 while the earlier
		 * one is still running.
		 */
		DEDUPLICATED("deduplicated");

		private final String value;

		Outcome(String value) {
			this.value = value;
		}

		/**
		 * Return the value used as tag, such as {@code rejected-signature}.
		 * @return the value
		 */
		public String value() {
			return this.value;
		}

	}

}
