package dev.twiliospring.benchmarks;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;

/**
 * Points twilio-java at the loopback server. The SDK always builds
 * {@code https://api.twilio.com/...} URLs and has no base URL setting, so its own
 * {@link NetworkHttpClient} (the default transport, with its default pool and settings)
 * is subclassed to copy each request onto the same path of the loopback server before
 * sending it. The copy is a handful of small objects per call, charged to twilio-java.
 */
public final class TwilioJavaLoopback extends NetworkHttpClient {

	private final String baseUrl;

	private TwilioJavaLoopback(URI baseUrl) {
		this.baseUrl = baseUrl.toString();
	}

	/**
	 * Build a twilio-java client that sends its requests to the given server.
	 * @param baseUrl the server's base URL
	 * @return the client
	 */
	public static TwilioRestClient client(URI baseUrl) {
		return new TwilioRestClient.Builder(LoopbackTwilioServer.ACCOUNT_SID, LoopbackTwilioServer.AUTH_TOKEN)
			.httpClient(new TwilioJavaLoopback(baseUrl))
			.build();
	}

	@Override
	public Response makeRequest(Request request) {
		String path;
		try {
			// Path and query: next-page URLs carry their paging parameters in the query
			path = new URL(request.getUrl()).getFile();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException(ex);
		}
		Request local = new Request(request.getMethod(), this.baseUrl + path);
		request.getQueryParams().forEach((name, values) -> values.forEach((value) -> local.addQueryParam(name, value)));
		request.getPostParams().forEach((name, values) -> values.forEach((value) -> local.addPostParam(name, value)));
		request.getHeaderParams()
			.forEach((name, values) -> values.forEach((value) -> local.addHeaderParam(name, value)));
		if (request.getAuthStrategy() != null) {
			local.setAuth(request.getAuthStrategy());
		}
		else if (request.requiresAuthentication()) {
			local.setAuth(request.getUsername(), request.getPassword());
		}
		if (request.getContentType() != null) {
			local.setContentType(request.getContentType());
		}
		if (request.getBody() != null) {
			local.setBody(request.getBody());
		}
		local.setUserAgentExtensions(request.getUserAgentExtensions());
		return super.makeRequest(local);
	}

}
