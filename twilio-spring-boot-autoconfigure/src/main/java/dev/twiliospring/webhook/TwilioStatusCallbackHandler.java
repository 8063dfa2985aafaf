package dev.twiliospring.webhook;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Functional endpoint that turns message, call, recording and conference status
 * callbacks into {@link MessageStatusEvent}, {@link CallStatusEvent},
 * {@link RecordingStatusEvent} and {@link ConferenceStatusEvent} application events, and
 * answers 204 No Content.
 * <p>
 * The kind of callback is told from its parameters: {@code RecordingStatus} for a
 * recording, {@code StatusCallbackEvent} with a {@code ConferenceSid} for a conference
 * (a Video room's events carry {@code StatusCallbackEvent} too, with a {@code RoomSid}),
 * {@code MessageStatus} (or, in older callbacks, {@code SmsStatus}) for a message and
 * {@code CallStatus} for a call. Anything else is answered with 400, including
 * asynchronous answering machine detection results,
 * transcriptions and the partial speech results of a {@code <Gather>}: a transcription
 * callback or a partial result carries the call's {@code CallStatus} too, but it is not a
 * call status callback. The endpoint does not check signatures itself:
 * like a controller, it is annotated with {@link TwilioWebhook}, so the
 * {@link TwilioWebhookFilter} checks every request that the dispatcher servlet routes to
 * it, whatever the servlet path and the router function's path parser, and the
 * {@link TwilioWebhookHandlerInterceptor} refuses any that was not checked. A callback
 * answered with 400 is logged as a warning, as only Twilio's console would show it
 * otherwise.
 *
 * @since 1.0.0
 */
@TwilioWebhook
public class TwilioStatusCallbackHandler implements HandlerFunction<ServerResponse> {

	private static final Log logger = LogFactory.getLog(TwilioStatusCallbackHandler.class);

	private final ApplicationEventPublisher eventPublisher;

	/**
	 * Create a handler.
	 * @param eventPublisher publishes the events
	 */
	public TwilioStatusCallbackHandler(ApplicationEventPublisher eventPublisher) {
		this.eventPublisher = eventPublisher;
	}

	@Override
	public ServerResponse handle(ServerRequest request) {
		WebhookParameters params = WebhookParameters.ofArrays(request.servletRequest().getParameterMap());
		Object event;
		try {
			event = toEvent(params);
		}
		catch (InvalidWebhookPayloadException ex) {
			return problem(request, "invalid-parameter", ex.getMessage());
		}
		if (event == null && isConferenceRecordEnd(params)) {
			return problem(request, "unrecognized-callback",
					"Expected a message, call, recording or conference status callback, not a conference's "
							+ "conference-record-end event, which Twilio posts to a <Conference>'s statusCallback "
							+ "when it records without a recordingStatusCallback and has deprecated: set the "
							+ "recordingStatusCallback to this path instead, and the recording arrives as a "
							+ "RecordingStatusEvent");
		}
		if (event == null) {
			return problem(request, "unrecognized-callback",
					"Expected a message, call, recording or conference status callback (with a MessageStatus, "
							+ "SmsStatus, CallStatus or RecordingStatus parameter, or a StatusCallbackEvent with a "
							+ "ConferenceSid); send transcription, answering machine detection, stream, partial "
							+ "speech result and Video room callbacks to a @TwilioWebhook handler of their own");
		}
		this.eventPublisher.publishEvent(event);
		return ServerResponse.noContent().build();
	}

	/**
	 * Return the event for a status callback.
	 * @param params the parameters of the callback
	 * @return the event, or {@code null} if the parameters are no known status callback
	 * @throws InvalidWebhookPayloadException if a parameter has an invalid value
	 */
	public static @Nullable Object toEvent(WebhookParameters params) {
		if (params.contains("RecordingStatus")) {
			return new RecordingStatusEvent(RecordingStatusCallback.from(params));
		}
		// A Video room's events carry StatusCallbackEvent too, but no ConferenceSid
		if (params.contains("StatusCallbackEvent") && params.contains("ConferenceSid")) {
			return new ConferenceStatusEvent(ConferenceStatusCallback.from(params));
		}
		// Older message callbacks carry SmsStatus only; MessageStatusCallback reads either
		if (params.contains("MessageStatus") || (params.contains("SmsStatus") && !params.contains("CallStatus"))) {
			return new MessageStatusEvent(MessageStatusCallback.from(params));
		}
		// Transcription callbacks and partial speech results carry the call's CallStatus too
		if (params.contains("CallStatus") && !params.contains("TranscriptionStatus")
				&& !TwilioWebhookObservationContext.Type.isPartialSpeechResult(params.asMap())) {
			return new CallStatusEvent(CallStatusCallback.from(params));
		}
		return null;
	}

	/**
	 * Whether a callback is the deprecated {@code conference-record-end} event that
	 * Twilio posts to a conference's {@code statusCallback}, with {@code EventName} in
	 * place of {@code StatusCallbackEvent}.
	 */
	private static boolean isConferenceRecordEnd(WebhookParameters params) {
		String eventName = params.get("EventName");
		return params.contains("ConferenceSid") && eventName != null
				&& eventName.trim().equalsIgnoreCase("conference-record-end");
	}

	private static ServerResponse problem(ServerRequest request, String reason, String detail) {
		// With validation on only Twilio gets here: a callback sent to the wrong endpoint, not noise
		logger.warn("Rejected Twilio status callback " + WebhookProblems.loggable(request.method() + " "
				+ request.servletRequest().getRequestURI()) + " with 400: " + WebhookProblems.loggable(detail));
		// Written directly, as the filter writes its problems: a body handed to the message
		// converters would go to an application's JSON converter bean ahead of the byte
		// array one, which writes the bytes as a base64 string
		return ServerResponse.badRequest().build((servletRequest, response) -> {
			WebhookProblems.write(servletRequest, response, HttpStatus.BAD_REQUEST, reason, detail);
			return null;
		});
	}

}
