package dev.twiliospring.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwimlHttpMessageConverter}.
 */
class TwimlHttpMessageConverterTests {

	private final TwimlHttpMessageConverter converter = new TwimlHttpMessageConverter();

	@Test
	void writesDocumentAsUtf8Xml() throws Exception {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		this.converter.write(new TestTwiml("<Response><Say>Grüße</Say></Response>"), null, output);
		assertThat(output.getHeaders().getContentType()).hasToString("application/xml;charset=UTF-8");
		assertThat(output.getBodyAsString(StandardCharsets.UTF_8))
			.isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Grüße</Say></Response>");
	}

	@Test
	void usesTextXmlWhenThatIsRequested() throws Exception {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		this.converter.write(new TestTwiml("<Response/>"), MediaType.TEXT_XML, output);
		assertThat(output.getHeaders().getContentType()).hasToString("text/xml;charset=UTF-8");
	}

	@Test
	void declaresUtf8WhateverCharsetWasAskedFor() throws Exception {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		this.converter.write(new TestTwiml("<Response><Say>Grüße</Say></Response>"),
				MediaType.parseMediaType("text/xml;charset=ISO-8859-1"), output);
		assertThat(output.getHeaders().getContentType()).hasToString("text/xml;charset=UTF-8");
		assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).contains("Grüße");
	}

	@Test
	void addsUtf8ToAContentTypeSetBeforehand() throws Exception {
		MockHttpOutputMessage output = new MockHttpOutputMessage();
		output.getHeaders().setContentType(MediaType.TEXT_XML);
		this.converter.write(new TestTwiml("<Response/>"), MediaType.TEXT_XML, output);
		assertThat(output.getHeaders().getContentType()).hasToString("text/xml;charset=UTF-8");
	}

	@Test
	void writesOnlyTwiml() {
		assertThat(this.converter.canWrite(TestTwiml.class, MediaType.APPLICATION_XML)).isTrue();
		assertThat(this.converter.canWrite(TestTwiml.class, MediaType.ALL)).isTrue();
		assertThat(this.converter.canWrite(String.class, MediaType.APPLICATION_XML)).isFalse();
		assertThat(this.converter.canWrite(TestTwiml.class, MediaType.APPLICATION_JSON)).isFalse();
		assertThat(this.converter.canRead(TestTwiml.class, MediaType.APPLICATION_XML)).isFalse();
	}

}
