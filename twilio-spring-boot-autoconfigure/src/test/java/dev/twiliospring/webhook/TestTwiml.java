package dev.twiliospring.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import dev.twiliospring.twiml.TwimlDocument;

/**
 * Minimal {@link TwimlDocument} for tests: a fixed XML text.
 *
 * @param body the XML below the declaration
 */
public record TestTwiml(String body) implements TwimlDocument {

	@Override
	public void writeTo(OutputStream out) throws IOException {
		out.write(toXml().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toXml() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + this.body;
	}

}
