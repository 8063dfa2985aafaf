package dev.twiliospring.test.internal;

import org.springframework.http.MediaType;

/**
 * How the webhook signers of the test support tell a JSON body, which Twilio signs by
 * its {@code bodySHA256}, from the others, as the webhook filter tells them. Internal to
 * twilio-spring-boot-test: not API, and may change at any time.
 *
 * @since 1.0.0
 */
public final class WebhookContentTypes {

	private WebhookContentTypes() {
	}

	/**
	 * Return whether a body of the given content type is JSON: {@code application/json},
	 * or a type with the {@code +json} suffix. A wildcard type, though compatible with
	 * JSON, names no type to read the body as, and is not.
	 * @param contentType the content type of the body
	 * @return whether the body is signed as JSON
	 */
	public static boolean isJson(MediaType contentType) {
		if (contentType.isWildcardType() || contentType.isWildcardSubtype()) {
			return false;
		}
		return MediaType.APPLICATION_JSON.isCompatibleWith(contentType) || "json".equals(contentType.getSubtypeSuffix());
	}

}
