package dev.twiliospring.test.webhook;

/**
 * Entry point to realistic Twilio webhook payloads, for example:
 * <pre class="code">
 * mvc.perform(inboundSms().from("+14155550100").body("HELP").post("/twilio/sms").with(twilioSignature()))
 *     .andExpect(status().isOk());
 * </pre>
 * Every payload fills the parameters a test does not set with plausible values and SIDs
 * of the right shape ({@code SM}, {@code MM}, {@code CA} or {@code RE} followed by 32
 * hex characters). Use {@link WebhookPayload#params()} with
 * {@code MockHttpServletRequestBuilder.formFields(...)}, or hand the payload to the
 * {@code TwilioEmulator}.
 *
 * @since 1.0.0
 */
public final class TwilioWebhookPayloads {

	private TwilioWebhookPayloads() {
	}

	/**
	 * Return the payload of an incoming SMS.
	 * @return the payload
	 */
	public static InboundMessagePayload inboundSms() {
		return new InboundMessagePayload(false);
	}

	/**
	 * Return the payload of an incoming MMS with one JPEG image hosted on Twilio's API.
	 * @return the payload
	 */
	public static InboundMessagePayload inboundMms() {
		return new InboundMessagePayload(false).media("image/jpeg");
	}

	/**
	 * Return the payload of an incoming WhatsApp text message.
	 * @return the payload
	 */
	public static InboundMessagePayload inboundWhatsApp() {
		return new InboundMessagePayload(true);
	}

	/**
	 * Return the payload of an incoming call.
	 * @return the payload
	 */
	public static InboundCallPayload inboundCall() {
		return new InboundCallPayload();
	}

	/**
	 * Return the payload of the digits a {@code <Gather>} collected, {@code 1} unless
	 * set otherwise.
	 * @return the payload
	 */
	public static GatherResultPayload gatherResult() {
		return new GatherResultPayload();
	}

	/**
	 * Return the payload of the outcome of a {@code <Dial>}, a connected call of 30
	 * seconds unless set otherwise.
	 * @return the payload
	 */
	public static DialResultPayload dialResult() {
		return new DialResultPayload();
	}

	/**
	 * Return the payload of a recording that a {@code <Record>} made, five seconds ended
	 * by silence unless set otherwise.
	 * @return the payload
	 */
	public static RecordResultPayload recordResult() {
		return new RecordResultPayload();
	}

	/**
	 * Return the payload of a message status callback, {@code delivered} unless set
	 * otherwise.
	 * @return the payload
	 */
	public static MessageStatusPayload messageStatus() {
		return new MessageStatusPayload();
	}

	/**
	 * Return the payload of a call status callback, {@code completed} unless set
	 * otherwise.
	 * @return the payload
	 */
	public static CallStatusPayload callStatus() {
		return new CallStatusPayload();
	}

	/**
	 * Return the payload of a recording status callback, {@code completed} unless set
	 * otherwise.
	 * @return the payload
	 */
	public static RecordingStatusPayload recordingStatus() {
		return new RecordingStatusPayload();
	}

	/**
	 * Return the payload of the result of asynchronous answering machine detection, a
	 * person unless set otherwise.
	 * @return the payload
	 */
	public static AsyncAmdStatusPayload asyncAmdStatus() {
		return new AsyncAmdStatusPayload();
	}

	/**
	 * Return the payload of an event of a conference, a participant joining unless set
	 * otherwise.
	 * @return the payload
	 */
	public static ConferenceStatusPayload conferenceStatus() {
		return new ConferenceStatusPayload();
	}

}
