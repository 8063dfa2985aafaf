package dev.twiliospring.autoconfigure.webhook;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemDetailErrorHandlerCustomizer}.
 */
class ProblemDetailErrorHandlerCustomizerTests {

	@Test
	void makesProblemDetailErrorHandlerTheErrorHandlerOfTheServer() {
		Server server = customize(new Server());
		assertThat(server.getErrorHandler()).isInstanceOf(ProblemDetailErrorHandler.class);
	}

	@Test
	void keepsErrorHandlerThatTheApplicationSet() {
		Server server = new Server();
		ErrorHandler applicationHandler = new ErrorHandler();
		server.setErrorHandler(applicationHandler);
		assertThat(customize(server).getErrorHandler()).isSameAs(applicationHandler);
	}

	private static Server customize(Server server) {
		JettyServletWebServerFactory factory = new JettyServletWebServerFactory();
		new ProblemDetailErrorHandlerCustomizer().customize(factory);
		assertThat(factory.getServerCustomizers()).hasSize(1);
		factory.getServerCustomizers().forEach((customizer) -> customizer.customize(server));
		return server;
	}

}
