package dev.twiliospring.test.webhook;

import java.net.URI;
import java.util.function.Function;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.HttpComponentsClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.JettyClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.test.web.reactive.server.HttpHandlerConnector;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * {@link WebTestClientConfigurer}s that sign the webhook requests of a
 * {@code WebTestClient} (bound to a server or to MockMvc) as Twilio signs them, as a
 * {@link TwilioWebhookSigner} signs those of a {@code RestTestClient}, including
 * {@code GET} webhooks and webhooks with a JSON body:
 * <pre class="code">
 * WebTestClient signed = client.mutate()
 *     .apply(twilioSignature(TwilioWebhookSigner.forApplication(context)))
 *     .build();
 * signed.post().uri("/twilio/events").contentType(MediaType.APPLICATION_JSON).bodyValue(event).exchange();
 * </pre>
 * The request is signed as the client's own codecs write it, such as Spring Boot's
 * {@code JsonMapper} with its {@code spring.jackson.*} settings, and the bytes signed
 * are the bytes sent. Needs {@code spring-webflux}, which {@code WebTestClient} needs
 * too.
 *
 * @since 1.0.0
 * @see TwilioWebhookBodyInserters
 */
public final class TwilioWebhookWebTestClientConfigurers {

	private TwilioWebhookWebTestClientConfigurers() {
	}

	/**
	 * Return a configurer that has the client sign every request in
	 * {@code X-Twilio-Signature} with the given signer, for the URL it is sent to, as
	 * the signer signs the requests it intercepts: a {@code GET} or {@code HEAD} by its
	 * URL, query string included; a JSON body by adding its {@code bodySHA256} to the
	 * URL, which is signed alone; a form body with its parameters; any other request by
	 * its URL alone. A request without scheme and host, from a client bound to MockMvc,
	 * is signed for {@code http://localhost}, where MockMvc receives it.
	 * <p>
	 * The request is signed as it leaves the client, after its codecs wrote the body and
	 * after its filters ran, so what is signed is what is sent. A client bound to a
	 * server without a connector of its own, as Spring Boot's is, sends its signed
	 * requests through the connector that {@code WebTestClient} would pick for it:
	 * Reactor Netty's, Jetty's or Apache HttpClient's when the library is on the class
	 * path, in that order, and the JDK's {@code HttpClient} otherwise. A connector set
	 * on the builder after the configurer replaces the signing one: set it before.
	 * Applied again, the configurer signs with the last signer given rather than twice.
	 * @param signer the signer whose auth token and URL resolution to sign with
	 * @return the configurer, for {@code WebTestClient.Builder.apply}
	 */
	public static WebTestClientConfigurer twilioSignature(TwilioWebhookSigner signer) {
		Assert.notNull(signer, "Signer must not be null");
		return (builder, httpHandlerBuilder, connector) -> builder
			.clientConnector(new SigningConnector(signer, unsigned(httpHandlerBuilder, connector)));
	}

	/**
	 * Return the connector the client would send through without a signature.
	 */
	private static ClientHttpConnector unsigned(@Nullable WebHttpHandlerBuilder httpHandlerBuilder,
			@Nullable ClientHttpConnector connector) {
		if (connector instanceof SigningConnector signing) {
			return signing.delegate;
		}
		if (connector != null) {
			return connector;
		}
		if (httpHandlerBuilder != null) {
			return new HttpHandlerConnector(httpHandlerBuilder.build());
		}
		return DefaultConnector.INSTANCE;
	}

	/**
	 * Connector that has the client write its request, then signs it and sends it
	 * through another connector. A filter could not do this: it sees the body before
	 * the client's codecs write it, and a JSON body's hash changes the URL, which is
	 * fixed once a connector is called.
	 */
	private static final class SigningConnector implements ClientHttpConnector {

		private final TwilioWebhookSigner signer;

		private final ClientHttpConnector delegate;

		SigningConnector(TwilioWebhookSigner signer, ClientHttpConnector delegate) {
			this.signer = signer;
			this.delegate = delegate;
		}

		@Override
		public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
				Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
			WrittenRequest written = new WrittenRequest(method, uri);
			return requestCallback.apply(written).then(Mono.defer(() -> {
				TwilioWebhookSigner.SignedRequest signed = this.signer.sign(method, uri,
						written.headers.getContentType(), written.body);
				written.sign(signed);
				return this.delegate.connect(method, signed.url(), written::sendTo);
			}));
		}

	}

	/**
	 * The request as the client wrote it. {@code WebTestClient} records this request
	 * for its results and diagnostics, so it takes the URL and the signature it is sent
	 * with.
	 */
	private static final class WrittenRequest extends MockClientHttpRequest {

		/**
		 * The headers while they are writable: those the request returns once written
		 * are a read-only view of them.
		 */
		private final HttpHeaders headers;

		private volatile URI url;

		private volatile byte[] body = new byte[0];

		WrittenRequest(HttpMethod method, URI url) {
			super(method, url);
			this.url = url;
			this.headers = super.getHeaders();
			setWriteHandler((content) -> DataBufferUtils.join(content).doOnNext((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				this.body = bytes;
			}).then());
		}

		@Override
		public URI getURI() {
			return this.url;
		}

		void sign(TwilioWebhookSigner.SignedRequest signed) {
			this.url = signed.url();
			this.headers.set(TwilioSignatureValidator.SIGNATURE_HEADER, signed.signature());
		}

		/**
		 * Keep the cookies as cookies for the request that is sent: the connectors to a
		 * WebFlux handler and to MockMvc hand the application a request's cookies, and
		 * not cookies in a {@code Cookie} header.
		 */
		@Override
		protected void applyCookies() {
		}

		/**
		 * Send what was written, with the signature, as the given request.
		 */
		Mono<Void> sendTo(ClientHttpRequest request) {
			request.getHeaders().putAll(this.headers);
			request.getCookies().addAll(getCookies());
			request.getAttributes().putAll(getAttributes());
			byte[] bytes = this.body;
			if (bytes.length == 0) {
				return request.setComplete();
			}
			request.getHeaders().setContentLength(bytes.length);
			return request.writeWith(Mono.fromSupplier(() -> request.bufferFactory().wrap(bytes)));
		}

	}

	/**
	 * The connector of a client bound to a server without one, created once it is
	 * needed: the one {@code WebTestClient} would pick, as the client would send with
	 * it unsigned. One is shared, where {@code WebTestClient} creates one per client,
	 * as Jetty's and Apache's start an HTTP client that nothing stops.
	 */
	private static final class DefaultConnector {

		static final ClientHttpConnector INSTANCE = create(DefaultConnector.class.getClassLoader());

		private static ClientHttpConnector create(@Nullable ClassLoader classLoader) {
			if (ClassUtils.isPresent("reactor.netty.http.client.HttpClient", classLoader)) {
				return new ReactorClientHttpConnector();
			}
			if (ClassUtils.isPresent("org.eclipse.jetty.client.HttpClient", classLoader)
					&& ClassUtils.isPresent("org.eclipse.jetty.reactive.client.ReactiveRequest", classLoader)) {
				return new JettyClientHttpConnector();
			}
			if (ClassUtils.isPresent("org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient", classLoader)
					&& ClassUtils.isPresent("org.apache.hc.core5.reactive.ReactiveDataConsumer", classLoader)) {
				return new HttpComponentsClientHttpConnector();
			}
			return new JdkClientHttpConnector();
		}

	}

}
