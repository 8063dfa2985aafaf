package dev.twiliospring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Removes the headers that a tracer adds to the requests of an observed
 * {@code RestClient} to propagate the trace, before a request goes to Twilio. Twilio
 * ignores them, so they tell it nothing it uses, while the trace and span ids identify
 * the application's own requests to a third party, and baggage can carry values such as
 * a user's or a tenant's id.
 */
final class TraceContextHeaders implements ClientHttpRequestInterceptor {

	/**
	 * The headers of W3C Trace Context and Baggage, and of B3 in its single and multiple
	 * header forms: the propagation types that Spring Boot configures.
	 */
	static final List<String> DEFAULT_NAMES = List.of("traceparent", "tracestate", "baggage", "b3", "X-B3-TraceId",
			"X-B3-SpanId", "X-B3-ParentSpanId", "X-B3-Sampled", "X-B3-Flags");

	private final String[] names;

	private TraceContextHeaders(Set<String> names) {
		// In lower case, which the header maps of Spring's transports look names up in:
		// a name already in lower case is not copied for each lookup of each request
		this.names = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
	}

	/**
	 * Return an interceptor that removes the default headers and the given ones.
	 * @param extraNames more header names, such as those of baggage fields that a
	 * propagator sends as headers of their own
	 * @return the interceptor
	 */
	static TraceContextHeaders removing(Collection<String> extraNames) {
		Set<String> names = new LinkedHashSet<>(DEFAULT_NAMES);
		names.addAll(extraNames);
		return new TraceContextHeaders(names);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		remove(request);
		return execution.execute(request, body);
	}

	/**
	 * Return a transport that removes the headers from each request of the given one as
	 * it is sent, after every interceptor of the {@code RestClient}: unlike an
	 * interceptor, it leaves the body to be streamed as the client built it.
	 * @param transport the transport to send with
	 * @return the transport that removes the headers
	 */
	ClientHttpRequestFactory removedFrom(ClientHttpRequestFactory transport) {
		return (uri, method) -> new RemovingRequest(transport.createRequest(uri, method), this);
	}

	/**
	 * Remove the headers from the given request, but for those that its
	 * {@link TwilioRequest} sets itself, which are sent as it sets them: a tracer writes
	 * its own value over one that it propagates too.
	 */
	private void remove(HttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		HttpHeaders own = (request.getAttributes().get(TwilioRequest.ATTRIBUTE) instanceof TwilioRequest sent)
				? sent.headers() : null;
		for (String name : this.names) {
			List<String> values = (own != null && !own.isEmpty()) ? own.get(name) : null;
			headers.remove(name);
			if (own != null && values != null) {
				headers.addAll(asSet(own, name), values);
			}
		}
	}

	/**
	 * Return the name of a header as the request set it, in its own case.
	 */
	private static String asSet(HttpHeaders own, String name) {
		for (String set : own.headerNames()) {
			if (set.equalsIgnoreCase(name)) {
				return set;
			}
		}
		return name;
	}

	/**
	 * A transport's request whose headers lose the trace context before they can be
	 * written: when it is sent, or when its body is asked for, which a transport may
	 * write the headers before.
	 */
	private static final class RemovingRequest extends ForwardingClientHttpRequest {

		private final TraceContextHeaders headers;

		RemovingRequest(ClientHttpRequest request, TraceContextHeaders headers) {
			super(request);
			this.headers = headers;
		}

		@Override
		public OutputStream getBody() throws IOException {
			this.headers.remove(this);
			return super.getBody();
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			this.headers.remove(this);
			return super.execute();
		}

	}

}
