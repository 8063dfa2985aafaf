package dev.twiliospring.test.webhook;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/**
 * {@link ExchangeFilterFunction}s that sign the webhook requests of a
 * {@code WebTestClient} (bound to a server or to MockMvc) as Twilio signs them, as a
 * {@link TwilioWebhookSigner} signs those of a {@code RestTestClient}, including
 * {@code GET} webhooks and webhooks with a JSON body:
 * <pre class="code">
 * WebTestClient signed = client.mutate()
 *     .filter(twilioSignature(TwilioWebhookSigner.forApplication(context)))
 *     .build();
 * signed.get().uri("/twilio/voice?CallSid={sid}", callSid).exchange();
 * </pre>
 * Needs {@code spring-webflux}, which {@code WebTestClient} needs too.
 *
 * @since 1.0.0
 * @see TwilioWebhookBodyInserters
 * @see TwilioWebhookWebTestClientConfigurers
 */
public final class TwilioWebhookExchangeFilterFunctions {

	private static final ExchangeStrategies STRATEGIES = ExchangeStrategies.withDefaults();

	private TwilioWebhookExchangeFilterFunctions() {
	}

	/**
	 * Return a filter that signs every request in {@code X-Twilio-Signature} with the
	 * given signer, for the URL it is sent to, as the signer signs the requests it
	 * intercepts: a {@code GET} or {@code HEAD} by its URL, query string included; a
	 * JSON body by adding its {@code bodySHA256} to the URL, which is signed alone; a
	 * form body with its parameters; any other request by its URL alone. A request
	 * without scheme and host, from a client bound to MockMvc, is signed for
	 * {@code http://localhost}, where MockMvc receives it.
	 * <p>
	 * A filter cannot see the bytes of a body, so the body of a request other than a
	 * {@code GET} or {@code HEAD} is written beforehand, with WebFlux's default codecs,
	 * and those bytes are signed and sent, with the content type their codec chose. The
	 * client's own codecs, such as Spring Boot's {@code JsonMapper} with its
	 * {@code spring.jackson.*} settings, are not seen by a filter and not used: give a
	 * JSON body as the text Twilio sends rather than as an object.
	 * @param signer the signer whose auth token and URL resolution to sign with
	 * @return the filter
	 * @deprecated in favor of
	 * {@link TwilioWebhookWebTestClientConfigurers#twilioSignature(TwilioWebhookSigner)},
	 * applied with {@code WebTestClient.Builder.apply}, which signs the body as the
	 * client's own codecs write it
	 */
	@Deprecated(since = "1.0.0")
	public static ExchangeFilterFunction twilioSignature(TwilioWebhookSigner signer) {
		Assert.notNull(signer, "Signer must not be null");
		return (request, next) -> {
			if (HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method())) {
				return next.exchange(withSignature(request, request.url(), signer.signature(request.url(), Map.of())));
			}
			return written(request).flatMap((body) -> next.exchange(signed(request, body, signer)));
		};
	}

	/**
	 * Return the body the request writes, with the headers it is written with.
	 */
	private static Mono<WrittenBody> written(ClientRequest request) {
		MockClientHttpRequest written = new MockClientHttpRequest(request.method(), request.url());
		AtomicReference<byte[]> bytes = new AtomicReference<>(new byte[0]);
		written.setWriteHandler((body) -> DataBufferUtils.join(body).doOnNext((buffer) -> {
			byte[] content = new byte[buffer.readableByteCount()];
			buffer.read(content);
			DataBufferUtils.release(buffer);
			bytes.set(content);
		}).then());
		return request.writeTo(written, STRATEGIES)
			.then(Mono.fromSupplier(() -> new WrittenBody(bytes.get(), written.getHeaders().getContentType())));
	}

	private static ClientRequest signed(ClientRequest request, WrittenBody body, TwilioWebhookSigner signer) {
		MediaType contentType = body.contentType();
		TwilioWebhookSigner.SignedRequest signed = signer.sign(request.method(), request.url(), contentType,
				body.bytes());
		byte[] bytes = body.bytes();
		// The bytes signed are the bytes sent, with the content type they were written as
		return ClientRequest.from(withSignature(request, signed.url(), signed.signature()))
			.headers((headers) -> {
				if (contentType != null) {
					headers.setContentType(contentType);
				}
				headers.setContentLength(bytes.length);
			})
			.body((outgoing, context) -> (bytes.length > 0)
					? outgoing.writeWith(Mono.fromSupplier(() -> outgoing.bufferFactory().wrap(bytes)))
					: outgoing.setComplete())
			.build();
	}

	private static ClientRequest withSignature(ClientRequest request, URI url, String signature) {
		return ClientRequest.from(request)
			.url(url)
			.headers((headers) -> headers.set(TwilioSignatureValidator.SIGNATURE_HEADER, signature))
			.build();
	}

	private record WrittenBody(byte[] bytes, @Nullable MediaType contentType) {

	}

}
