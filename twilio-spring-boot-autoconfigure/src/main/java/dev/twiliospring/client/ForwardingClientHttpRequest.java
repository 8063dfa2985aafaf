package dev.twiliospring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A transport's request wrapped by the client, which hands everything on to it. A body
 * is handed on to a streaming request as it is, so that a transport that streams it
 * still does; another request gets it written when it is executed.
 */
abstract class ForwardingClientHttpRequest implements ClientHttpRequest, StreamingHttpOutputMessage {

	private final ClientHttpRequest request;

	private StreamingHttpOutputMessage.@Nullable Body body;

	ForwardingClientHttpRequest(ClientHttpRequest request) {
		this.request = request;
	}

	@Override
	public HttpMethod getMethod() {
		return this.request.getMethod();
	}

	@Override
	public URI getURI() {
		return this.request.getURI();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.request.getAttributes();
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.request.getHeaders();
	}

	@Override
	public OutputStream getBody() throws IOException {
		return this.request.getBody();
	}

	@Override
	public void setBody(StreamingHttpOutputMessage.Body body) {
		if (this.request instanceof StreamingHttpOutputMessage streaming) {
			streaming.setBody(body);
		}
		else {
			this.body = body;
		}
	}

	@Override
	public ClientHttpResponse execute() throws IOException {
		if (this.body != null) {
			this.body.writeTo(this.request.getBody());
		}
		return this.request.execute();
	}

}
