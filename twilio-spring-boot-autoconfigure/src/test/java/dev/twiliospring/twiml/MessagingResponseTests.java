package dev.twiliospring.twiml;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessagingResponse}.
 */
class MessagingResponseTests {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	@Test
	void repliesWithText() {
		String body = "hello";
		MessagingResponse response = MessagingResponse.builder().message("You said: " + body).build();
		assertThat(response.toXml())
			.isEqualTo(DECLARATION + "<Response><Message>You said: hello</Message></Response>");
	}

	@Test
	void repliesWithBodyAndMediaThenRedirects() {
		MessagingResponse response = MessagingResponse.builder()
			.message(Message.builder()
				.body("hi")
				.media("https://example.com/a.png")
				.media(URI.create("https://example.com/b.png"))
				.to("+15550002222"))
			.redirect("/next")
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response><Message to=\"+15550002222\">"
				+ "<Body>hi</Body><Media>https://example.com/a.png</Media><Media>https://example.com/b.png</Media>"
				+ "</Message><Redirect>/next</Redirect></Response>");
	}

	@Test
	void messageAttributesAndRedirectMethod() {
		MessagingResponse response = MessagingResponse.builder()
			.message(Message.of("Status?")
				.from("+15550003333")
				.to("+15550002222")
				.action("https://example.com/status")
				.method(Method.GET))
			.redirect(Redirect.of("https://example.com/next").method(Method.POST))
			.build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response>"
				+ "<Message action=\"https://example.com/status\" from=\"+15550003333\" method=\"GET\" "
				+ "to=\"+15550002222\">Status?</Message>"
				+ "<Redirect method=\"POST\">https://example.com/next</Redirect></Response>");
	}

	@Test
	void attackerControlledBodyStaysText() {
		String body = "</Message><Redirect>http://evil</Redirect><Message>";
		MessagingResponse response = MessagingResponse.builder().message("You said: " + body).build();
		assertThat(response.toXml()).isEqualTo(DECLARATION + "<Response><Message>You said: "
				+ "&lt;/Message&gt;&lt;Redirect&gt;http://evil&lt;/Redirect&gt;&lt;Message&gt;</Message></Response>");
		Document document = XmlAssertions.parse(response.toXml());
		assertThat(document.getElementsByTagName("Redirect").getLength()).isZero();
		assertThat(document.getElementsByTagName("Message").getLength()).isOne();
		assertThat(document.getDocumentElement().getTextContent()).isEqualTo("You said: " + body);
	}

	@Test
	void attackerControlledAttributeStaysInItsAttribute() {
		String to = "+1555\" action=\"http://evil";
		MessagingResponse response = MessagingResponse.builder().message(Message.of("hi").to(to)).build();
		assertThat(response.toXml()).contains("to=\"+1555&quot; action=&quot;http://evil\"");
		Document document = XmlAssertions.parse(response.toXml());
		Element message = (Element) document.getElementsByTagName("Message").item(0);
		assertThat(message.getAttribute("to")).isEqualTo(to);
		assertThat(message.hasAttribute("action")).isFalse();
	}

	@Test
	void emptyResponseSendsNoReply() {
		assertThat(MessagingResponse.builder().build().toXml()).isEqualTo(DECLARATION + "<Response/>");
	}

}
