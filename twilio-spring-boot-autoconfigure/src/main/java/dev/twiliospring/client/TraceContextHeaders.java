package dev.twiliospring.client;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
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
		this.names = names.toArray(String[]::new);
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
		HttpHeaders headers = request.getHeaders();
		for (String name : this.names) {
			headers.remove(name);
		}
		return execution.execute(request, body);
	}

}
