package dev.twiliospring.autoconfigure.webhook;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Makes {@link ProblemDetailErrorHandler} the error handler of the embedded Jetty server,
 * so that requests Jetty refuses before the application sees them get a problem detail on
 * every path.
 *
 * @since 1.0.0
 */
public class ProblemDetailErrorHandlerCustomizer implements WebServerFactoryCustomizer<JettyServletWebServerFactory> {

	@Override
	public void customize(JettyServletWebServerFactory factory) {
		// Jetty gives a server without an error handler its own when it starts; one that a
		// JettyServerCustomizer of the application has set is left alone
		factory.addServerCustomizers((server) -> {
			if (server.getErrorHandler() == null) {
				server.setErrorHandler(new ProblemDetailErrorHandler());
			}
		});
	}

}
