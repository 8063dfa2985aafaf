package dev.twiliospring.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.twiliospring.twiml.TwimlDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link TwimlDocument} returned from a handler as UTF-8 XML, streamed without
 * building a string first.
 * <p>
 * The content type is {@code application/xml;charset=UTF-8} unless the client asks for
 * {@code text/xml} only. Registered ahead of the general purpose converters, it wins for
 * {@code Accept: *}{@code /*} too, so a JSON converter never renders TwiML. Reading is not
 * supported.
 *
 * @since 1.0.0
 */
public class TwimlHttpMessageConverter extends AbstractHttpMessageConverter<TwimlDocument> {

	private static final MediaType APPLICATION_XML_UTF8 = new MediaType(MediaType.APPLICATION_XML,
			StandardCharsets.UTF_8);

	/**
	 * Create a converter.
	 */
	public TwimlHttpMessageConverter() {
		super(StandardCharsets.UTF_8, MediaType.APPLICATION_XML, MediaType.TEXT_XML);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return TwimlDocument.class.isAssignableFrom(clazz);
	}

	@Override
	public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
		return false;
	}

	@Override
	protected TwimlDocument readInternal(Class<? extends TwimlDocument> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("TwiML cannot be read", inputMessage);
	}

	@Override
	protected MediaType getDefaultContentType(TwimlDocument document) {
		return APPLICATION_XML_UTF8;
	}

	/**
	 * The document is UTF-8 whatever was negotiated or set before: a charset from the
	 * {@code Accept} header, or a content type without one, would tell the client to read
	 * its bytes wrongly.
	 */
	@Override
	protected void addDefaultHeaders(HttpHeaders headers, TwimlDocument document, @Nullable MediaType contentType)
			throws IOException {
		MediaType preset = headers.getContentType();
		MediaType negotiated = contentType;
		if (preset != null) {
			if (!StandardCharsets.UTF_8.equals(preset.getCharset())) {
				headers.setContentType(new MediaType(preset, StandardCharsets.UTF_8));
			}
		}
		else if (negotiated != null && negotiated.getCharset() != null
				&& !StandardCharsets.UTF_8.equals(negotiated.getCharset())) {
			negotiated = new MediaType(negotiated, StandardCharsets.UTF_8);
		}
		// Without a charset, the negotiated type gets the default content type's: UTF-8
		super.addDefaultHeaders(headers, document, negotiated);
	}

	@Override
	protected void writeInternal(TwimlDocument document, HttpOutputMessage outputMessage) throws IOException {
		document.writeTo(outputMessage.getBody());
	}

}
