package dev.twiliospring.client.messaging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * The Deactivations resource, {@code /v1/Deactivations} on {@code messaging.twilio.com}:
 * where to download the list of US numbers that carriers deactivated on a day, so that
 * they can be removed from contact lists.
 * <p>
 * Twilio answers with a {@code 307} redirect whose body holds the download link; the
 * client does not follow it, and returns the link instead. The answer is read as text,
 * for which the client never follows a redirect, unlike a {@code byte[]} result.
 *
 * @since 1.0.0
 * @see MessagingApi#deactivations()
 */
public final class DeactivationResource {

	static final String PATH = "/v1/Deactivations";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public DeactivationResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Fetch the link to the deactivation report of a day.
	 * @param date the day
	 * @return the report link
	 * @throws TwilioException if Twilio's answer holds no link, such as when the HTTP
	 * client followed the redirect itself
	 */
	public Deactivation fetch(LocalDate date) {
		return fetchWithResponse(date).body();
	}

	/**
	 * Fetch the link to the deactivation report of a day, keeping status and headers.
	 * @param date the day
	 * @return the response holding the report link
	 */
	public TwilioResponse<Deactivation> fetchWithResponse(LocalDate date) {
		Assert.notNull(date, "Date must not be null");
		TwilioResponse<String> response = this.client.executeForResponse(
				TwilioRequest.get(TwilioDomain.MESSAGING, PATH).queryParam("Date", date).build(), String.class);
		return response.map((body) -> new Deactivation(redirectTo(response.statusCode(), response.headers(), body)));
	}

	private String redirectTo(int statusCode, HttpHeaders headers, String body) {
		String link = null;
		if (!body.isEmpty()) {
			try {
				JsonNode json = this.client.jsonMapper().readTree(body);
				JsonNode redirectTo = (json != null) ? json.get("redirect_to") : null;
				link = (redirectTo != null && redirectTo.isString()) ? redirectTo.asString() : null;
			}
			catch (JacksonException ex) {
				// Not JSON: the HTTP client probably followed the redirect to the file.
			}
		}
		if (link == null) {
			link = headers.getFirst(HttpHeaders.LOCATION);
		}
		if (link == null || link.isBlank()) {
			String type = headers.getFirst(HttpHeaders.CONTENT_TYPE);
			throw new TwilioException("Twilio answered GET " + PATH + " with HTTP " + statusCode
					+ " but no download link" + ((type != null) ? " (content type " + type + ")" : "")
					+ ". If the HTTP client follows redirects, configure it not to, so that the link is returned; "
					+ "Twilio answers with a 307 redirect to the file (got "
					+ body.getBytes(StandardCharsets.UTF_8).length + " bytes)");
		}
		return link;
	}

}
