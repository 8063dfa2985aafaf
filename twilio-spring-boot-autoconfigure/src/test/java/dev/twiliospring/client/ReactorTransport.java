package dev.twiliospring.client;

import java.time.Duration;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Reactor Netty's transport on event loops and a connection pool of its own, rather than
 * the process-wide ones, which it releases when it is destroyed.
 */
final class ReactorTransport extends ReactorClientHttpRequestFactory implements DisposableBean {

	private final ReactorResourceFactory resources;

	ReactorTransport() {
		this(ownResources());
	}

	private ReactorTransport(ReactorResourceFactory resources) {
		super(resources, (client) -> client);
		this.resources = resources;
	}

	private static ReactorResourceFactory ownResources() {
		ReactorResourceFactory resources = new ReactorResourceFactory();
		resources.setUseGlobalResources(false);
		resources.setShutdownQuietPeriod(Duration.ZERO);
		resources.afterPropertiesSet();
		return resources;
	}

	@Override
	public void destroy() {
		this.resources.destroy();
	}

}
