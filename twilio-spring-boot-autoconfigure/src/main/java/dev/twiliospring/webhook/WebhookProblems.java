package dev.twiliospring.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes RFC 9457 problem details for rejected webhook requests. The filter answers
 * before Spring MVC is involved, so it cannot rely on the application's error handling
 * being configured for problem details.
 */
final class WebhookProblems {

	/**
	 * Reason of the answer to a request whose signature was not checked but that reached
	 * what only a checked request may: a webhook handler, or a webhook payload.
	 */
	static final String NOT_VERIFIED = "not-verified";

	/**
	 * Detail of the answer with reason {@link #NOT_VERIFIED}.
	 */
	static final String NOT_VERIFIED_DETAIL = "The X-Twilio-Signature of this request was not verified";

	private WebhookProblems() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason,
			String detail) throws IOException {
		write(response, status, reason, detail, request.getRequestURI());
	}

	static void write(HttpServletResponse response, HttpStatus status, String reason, String detail, String instance)
			throws IOException {
		if (response.isCommitted()) {
			// Something answered already: nothing can be written after it
			return;
		}
		byte[] body = json(status, reason, detail, instance);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		OutputStream out;
		try {
			out = response.getOutputStream();
		}
		catch (IllegalStateException ex) {
			// The handler took the writer before it failed; the problem goes out through it,
			// in whatever encoding the writer has, so without a length in bytes
			response.getWriter().write(new String(body, StandardCharsets.UTF_8));
			response.flushBuffer();
			return;
		}
		response.setContentLength(body.length);
		out.write(body);
		response.flushBuffer();
	}

	static byte[] json(HttpStatus status, String reason, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		problem.put("reason", reason);
		return JsonMapper.shared().writeValueAsBytes(problem);
	}

	/**
	 * Make a value safe for a single log line: request data can carry line breaks meant
	 * to forge log entries.
	 */
	static String loggable(String value) {
		StringBuilder result = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			// C0 and C1 controls, and the Unicode line and paragraph separators
			result.append((c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) ? '?' : c);
		}
		return result.toString();
	}

}
