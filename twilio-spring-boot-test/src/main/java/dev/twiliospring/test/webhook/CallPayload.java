package dev.twiliospring.test.webhook;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.test.TwilioSids;
import org.jspecify.annotations.Nullable;

/**
 * Base class of the payloads Twilio posts about a call: the call's SID, parties,
 * status and direction, with {@code Caller}/{@code Called} and the location parameters
 * that go with them.
 *
 * @param <P> the concrete payload type
 * @since 1.0.0
 */
public abstract class CallPayload<P extends CallPayload<P>> extends WebhookPayload<P> {

	private String callSid = TwilioSids.next(TwilioSids.CALL);

	private String from = "+14155550100";

	private String to = "+14155550199";

	private String callStatus;

	private String direction;

	private @Nullable String callerName;

	private @Nullable String forwardedFrom;

	private @Nullable String parentCallSid;

	private @Nullable String answeredBy;

	private @Nullable Integer machineDetectionDuration;

	CallPayload(String callStatus, String direction) {
		this.callStatus = callStatus;
		this.direction = direction;
	}

	/**
	 * Set the SID of the call ({@code CallSid}).
	 * @param callSid the call SID
	 * @return this payload
	 */
	public P callSid(String callSid) {
		this.callSid = callSid;
		return self();
	}

	/**
	 * Return the SID of the call.
	 * @return the call SID
	 */
	public String getCallSid() {
		return this.callSid;
	}

	/**
	 * Set the caller ({@code From} and {@code Caller}).
	 * @param from the caller's number, client identifier or SIP address
	 * @return this payload
	 */
	public P from(String from) {
		this.from = from;
		return self();
	}

	/**
	 * Return the caller.
	 * @return the caller
	 */
	public String getFrom() {
		return this.from;
	}

	/**
	 * Set the called party ({@code To} and {@code Called}).
	 * @param to the called number, client identifier or SIP address
	 * @return this payload
	 */
	public P to(String to) {
		this.to = to;
		return self();
	}

	/**
	 * Return the called party.
	 * @return the called party
	 */
	public String getTo() {
		return this.to;
	}

	/**
	 * Set the status of the call ({@code CallStatus}).
	 * @param callStatus the status, such as {@code in-progress}
	 * @return this payload
	 */
	public P callStatus(String callStatus) {
		this.callStatus = callStatus;
		return self();
	}

	/**
	 * Set the status of the call ({@code CallStatus}).
	 * @param callStatus the status
	 * @return this payload
	 */
	public P callStatus(Call.Status callStatus) {
		return callStatus(callStatus.value());
	}

	/**
	 * Set the direction of the call ({@code Direction}), such as {@code inbound},
	 * {@code outbound-api} or {@code outbound-dial}.
	 * @param direction the direction
	 * @return this payload
	 */
	public P direction(String direction) {
		this.direction = direction;
		return self();
	}

	/**
	 * Set the direction of the call ({@code Direction}).
	 * @param direction the direction
	 * @return this payload
	 */
	public P direction(Call.Direction direction) {
		return direction(direction.value());
	}

	/**
	 * Set the caller ID name ({@code CallerName}).
	 * @param callerName the caller ID name
	 * @return this payload
	 */
	public P callerName(String callerName) {
		this.callerName = callerName;
		return self();
	}

	/**
	 * Set the number the call was forwarded from ({@code ForwardedFrom}).
	 * @param forwardedFrom the forwarding number
	 * @return this payload
	 */
	public P forwardedFrom(String forwardedFrom) {
		this.forwardedFrom = forwardedFrom;
		return self();
	}

	/**
	 * Set the SID of the call that created this one ({@code ParentCallSid}).
	 * @param parentCallSid the parent call SID
	 * @return this payload
	 */
	public P parentCallSid(String parentCallSid) {
		this.parentCallSid = parentCallSid;
		return self();
	}

	/**
	 * Set the result of synchronous answering machine detection ({@code AnsweredBy}), which
	 * Twilio sends for a call created with {@code MachineDetection}, with how long it took
	 * ({@code MachineDetectionDuration}).
	 * @param answeredBy the result, such as {@code machine_start}
	 * @param machineDetectionDuration how long detection took in milliseconds, or
	 * {@code null} to leave it out
	 * @return this payload
	 */
	public P answeredBy(String answeredBy, @Nullable Integer machineDetectionDuration) {
		this.answeredBy = answeredBy;
		this.machineDetectionDuration = machineDetectionDuration;
		return self();
	}

	/**
	 * Set the result of synchronous answering machine detection ({@code AnsweredBy}), which
	 * Twilio sends for a call created with {@code MachineDetection}, with how long it took
	 * ({@code MachineDetectionDuration}).
	 * @param answeredBy the result
	 * @param machineDetectionDuration how long detection took in milliseconds, or
	 * {@code null} to leave it out
	 * @return this payload
	 */
	public P answeredBy(Call.AnsweredBy answeredBy, @Nullable Integer machineDetectionDuration) {
		return answeredBy(answeredBy.value(), machineDetectionDuration);
	}

	@Override
	void contribute(Params params) {
		params.put("Called", this.to);
		location(params, "To", this.to);
		location(params, "Caller", this.from);
		params.put("Direction", this.direction);
		location(params, "Called", this.to);
		params.put("CallSid", this.callSid);
		params.put("To", this.to);
		params.put("CallStatus", this.callStatus);
		params.put("From", this.from);
		params.put("Caller", this.from);
		location(params, "From", this.from);
		params.put("CallerName", this.callerName);
		params.put("ForwardedFrom", this.forwardedFrom);
		params.put("ParentCallSid", this.parentCallSid);
		params.put("AnsweredBy", this.answeredBy);
		params.put("MachineDetectionDuration", this.machineDetectionDuration);
	}

}
