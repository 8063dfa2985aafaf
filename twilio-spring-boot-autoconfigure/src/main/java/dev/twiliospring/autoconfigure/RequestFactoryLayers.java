package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ReflectionUtils;

/**
 * A request factory that wraps others, such as one that buffers or intercepts its
 * requests, closing each of them that can be closed: the client closes the request
 * factory it sends with, but not one inside it, which holds the HTTP client.
 */
final class RequestFactoryLayers implements ClientHttpRequestFactory, DisposableBean {

	static final @Nullable Field WRAPPED = ReflectionUtils.findField(AbstractClientHttpRequestFactoryWrapper.class,
			"requestFactory", ClientHttpRequestFactory.class);

	private final ClientHttpRequestFactory requestFactory;

	RequestFactoryLayers(ClientHttpRequestFactory requestFactory) {
		this.requestFactory = requestFactory;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return this.requestFactory.createRequest(uri, httpMethod);
	}

	@Override
	public void destroy() throws Exception {
		// A layer that fails to close still leaves the ones inside it, with the HTTP
		// client, to close
		Exception failure = null;
		for (ClientHttpRequestFactory layer : layers(this.requestFactory, WRAPPED)) {
			try {
				if (layer instanceof DisposableBean disposable) {
					disposable.destroy();
				}
				else if (layer instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Close a request factory that cannot be used, with the ones inside it, adding
	 * any failure to close to the failure that refused it.
	 * @param requestFactory the request factory
	 * @param failure why it cannot be used
	 */
	static void close(ClientHttpRequestFactory requestFactory, RuntimeException failure) {
		try {
			new RequestFactoryLayers(requestFactory).destroy();
		}
		catch (Exception ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Return the request factory and each inside it in turn, as Boot finds the one
	 * that sends to set timeouts on, ending with a wrapping one if it cannot be read.
	 */
	static List<ClientHttpRequestFactory> layers(ClientHttpRequestFactory requestFactory,
			@Nullable Field wrappedField) {
		List<ClientHttpRequestFactory> layers = new ArrayList<>(2);
		ClientHttpRequestFactory layer = requestFactory;
		layers.add(layer);
		while (layer instanceof AbstractClientHttpRequestFactoryWrapper
				&& readField(wrappedField, layer) instanceof ClientHttpRequestFactory wrapped) {
			layer = wrapped;
			layers.add(layer);
		}
		return layers;
	}

	/**
	 * Return the value of a field of Spring's, or {@code null} if it is not there
	 * or cannot be read.
	 */
	static @Nullable Object readField(@Nullable Field field, Object target) {
		if (field == null || !field.getDeclaringClass().isInstance(target)) {
			return null;
		}
		try {
			ReflectionUtils.makeAccessible(field);
			return ReflectionUtils.getField(field, target);
		}
		catch (RuntimeException ex) {
			// Such as a native image without the field's reflection hint
			return null;
		}
	}

}
