package dev.twiliospring.health;

/**
 * Masks account SIDs for actuator output: enough to tell accounts apart, not enough to
 * copy one.
 */
final class AccountSids {

	private AccountSids() {
	}

	/**
	 * Mask an account SID, keeping its first and last four characters, such as
	 * {@code AC12…cdef}.
	 * @param sid the SID
	 * @return the masked SID
	 */
	static String mask(String sid) {
		if (sid.length() < 12) {
			return "****";
		}
		return sid.substring(0, 4) + "\u2026" + sid.substring(sid.length() - 4);
	}

}
