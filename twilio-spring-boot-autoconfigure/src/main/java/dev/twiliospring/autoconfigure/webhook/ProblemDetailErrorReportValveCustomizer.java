package dev.twiliospring.autoconfigure.webhook;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Makes {@link ProblemDetailErrorReportValve} the error report valve of the embedded
 * Tomcat's host, so that requests Tomcat refuses before the application sees them get a
 * problem detail on every path.
 *
 * @since 1.0.0
 */
public class ProblemDetailErrorReportValveCustomizer
		implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// Boot adds the context to its host before it runs context customizers, and the host
		// adds its error report valve when it starts, after them. A plain ErrorReportValve
		// that Boot may have added to the host already sits outside this one, so this one
		// reports first and the other finds the error reported.
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemDetailErrorReportValve.class.getName());
			}
		});
	}

}
