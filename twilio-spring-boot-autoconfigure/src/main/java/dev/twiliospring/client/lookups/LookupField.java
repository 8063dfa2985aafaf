package dev.twiliospring.client.lookups;

/**
 * Data package of a phone number lookup, requested in the {@code Fields} parameter. Most
 * packages are billed per lookup; the basic lookup without fields is free.
 *
 * @since 1.0.0
 */
public enum LookupField {

	/** Whether the number is valid, with the reasons if not; free of charge. */
	VALIDATION("validation"),

	/** The name registered for the number (CNAM), US numbers only. */
	CALLER_NAME("caller_name"),

	/** When the SIM card of a mobile number last changed. */
	SIM_SWAP("sim_swap"),

	/** Whether unconditional call forwarding is on. */
	CALL_FORWARDING("call_forwarding"),

	/** Whether a mobile number is active, reachable or inactive. */
	LINE_STATUS("line_status"),

	/** The line type and carrier of the number. */
	LINE_TYPE_INTELLIGENCE("line_type_intelligence"),

	/** How well given personal data matches the owner of the number. */
	IDENTITY_MATCH("identity_match"),

	/** Whether a US number was reassigned since a given date. */
	REASSIGNED_NUMBER("reassigned_number"),

	/** The risk that the number is used for SMS pumping fraud. */
	SMS_PUMPING_RISK("sms_pumping_risk"),

	/** A risk score of the number. */
	PHONE_NUMBER_QUALITY_SCORE("phone_number_quality_score"),

	/** Personal data of the owner of the number, to pre-fill forms. */
	PRE_FILL("pre_fill");

	private final String value;

	LookupField(String value) {
		this.value = value;
	}

	/**
	 * Return the field as Twilio writes it in {@code Fields}.
	 * @return the Twilio value, such as {@code line_type_intelligence}
	 */
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
