package dev.twiliospring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/**
 * Answers of the JDK HTTP servers that tests stand in for Twilio with.
 */
public final class JsonAnswers {

	private JsonAnswers() {
	}

	/**
	 * Answer an exchange with 200 and a JSON body.
	 * @param exchange the exchange, whose request the caller has read
	 * @param json the body
	 * @throws IOException if the answer cannot be written
	 */
	public static void ok(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
