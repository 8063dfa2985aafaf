package dev.twiliospring.test.webhook;

import dev.twiliospring.webhook.TwilioSignatureValidator;

import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * {@link BodyInserter}s that send a webhook's form body signed as Twilio signs it, for a
 * {@code WebTestClient} (bound to a server or to MockMvc), whose filters cannot see the
 * body that a {@link TwilioWebhookSigner} signs:
 * <pre class="code">
 * client.post().uri("/twilio/sms")
 *     .body(signedFormData(TwilioWebhookSigner.forApplication(context), inboundSms().body("HELP").params()))
 *     .exchange();
 * </pre>
 * Needs {@code spring-webflux}, which {@code WebTestClient} needs too.
 *
 * @since 1.0.0
 * @see TwilioWebhookWebTestClientConfigurers
 */
public final class TwilioWebhookBodyInserters {

	private TwilioWebhookBodyInserters() {
	}

	/**
	 * Return an inserter that writes the parameters as a form body, as
	 * {@link BodyInserters#fromFormData(MultiValueMap)} does, and signs the request in
	 * {@code X-Twilio-Signature} with them, for the URL it is sent to, as the signer
	 * signs the requests it intercepts. A request without scheme and host, from a client
	 * bound to MockMvc, is signed for {@code http://localhost}, where MockMvc receives
	 * it.
	 * @param signer the signer whose auth token and URL resolution to sign with
	 * @param formData the parameters of the form body, each with its values in order
	 * @return the inserter
	 */
	public static BodyInserter<MultiValueMap<String, String>, ClientHttpRequest> signedFormData(
			TwilioWebhookSigner signer, MultiValueMap<String, String> formData) {
		Assert.notNull(signer, "Signer must not be null");
		Assert.notNull(formData, "Form data must not be null");
		// Signed and sent alike, whatever the test does with its map afterwards
		MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
		formData.forEach(sent::addAll);
		BodyInserter<MultiValueMap<String, String>, ClientHttpRequest> form = BodyInserters.fromFormData(sent);
		return (request, context) -> {
			request.getHeaders()
				.set(TwilioSignatureValidator.SIGNATURE_HEADER, signer.signature(request.getURI(), sent));
			return form.insert(request, context);
		};
	}

}
