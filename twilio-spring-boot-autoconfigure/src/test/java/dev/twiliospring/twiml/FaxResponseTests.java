package dev.twiliospring.twiml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FaxResponse}.
 */
class FaxResponseTests {

	@Test
	void receivesFax() {
		FaxResponse response = FaxResponse.builder()
			.receive(Receive.builder()
				.action("/fax-received")
				.mediaType(Receive.MediaType.IMAGE_TIFF)
				.pageSize(Receive.PageSize.A4)
				.storeMedia(false))
			.build();
		assertThat(response.toXml()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
				+ "<Receive action=\"/fax-received\" mediaType=\"image/tiff\" pageSize=\"a4\" storeMedia=\"false\"/>"
				+ "</Response>");
	}

	@Test
	void receivesFaxWithDefaults() {
		assertThat(FaxResponse.builder().receive().build().toXml())
			.isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Receive/></Response>");
	}

}
