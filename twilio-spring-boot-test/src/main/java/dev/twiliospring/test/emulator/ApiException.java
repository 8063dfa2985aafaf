package dev.twiliospring.test.emulator;

/**
 * An error the emulated API answers with, in Twilio's format. Not thrown beyond this
 * package.
 */
final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final int code;

	private final String message;

	ApiException(int status, int code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.message = message;
	}

	/**
	 * Return the message of the error body. Unlike that of most exceptions, it is never
	 * {@code null}.
	 * @return the message
	 */
	@Override
	public String getMessage() {
		return this.message;
	}

	int status() {
		return this.status;
	}

	int code() {
		return this.code;
	}

	static ApiException badRequest(int code, String message) {
		return new ApiException(400, code, message);
	}

	static ApiException notFound(String path) {
		return new ApiException(404, 20404, "The requested resource " + path + " was not found");
	}

}
