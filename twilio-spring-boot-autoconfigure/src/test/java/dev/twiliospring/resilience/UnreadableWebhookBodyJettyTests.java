package dev.twiliospring.resilience;

import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.test.context.TestPropertySource;

/**
 * Bodies that the container cannot read, on embedded Jetty. Jetty hands every one of
 * these requests to the application, whose filter answers it; unlike Tomcat, it makes no
 * error dispatch after a failed read. It reports a malformed chunk size to the filter as
 * an early end of the body, so the detail of those cases says that the body ended before
 * its last chunk where on Tomcat it says that the body could not be read; their status
 * and reason are the same.
 */
@TestPropertySource(properties = { "server.jetty.connection-idle-timeout=1s",
		"spring.autoconfigure.exclude=" + UnreadableWebhookBodyJettyTests.EXCLUDE })
class UnreadableWebhookBodyJettyTests extends AbstractUnreadableWebhookBodyTests {

	/**
	 * What the test application.properties leaves out, with Tomcat's servlet server in
	 * place of Jetty's, so that Boot picks Jetty.
	 */
	static final String EXCLUDE = "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
			+ "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration,"
			+ "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration,"
			+ "org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatServletManagementContextAutoConfiguration";

	@Override
	Class<? extends WebServer> webServerType() {
		return JettyWebServer.class;
	}

}
