package dev.twiliospring.resilience;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.test.context.TestPropertySource;

/**
 * Bodies that the container cannot read, on embedded Tomcat. Tomcat answers a failed
 * read itself and makes an error dispatch, which the filter answers with the problem
 * detail of its own rejection.
 */
@TestPropertySource(properties = "server.tomcat.connection-timeout=1s")
class UnreadableWebhookBodyTests extends AbstractUnreadableWebhookBodyTests {

	@Override
	Class<? extends WebServer> webServerType() {
		return TomcatWebServer.class;
	}

}
