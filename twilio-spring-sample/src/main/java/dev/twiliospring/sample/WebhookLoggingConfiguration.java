package dev.twiliospring.sample;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every request to the Twilio endpoints with the status it got, including those
 * the signature filter rejects.
 *
 * @since 1.0.0
 */
@Configuration(proxyBeanMethods = false)
public class WebhookLoggingConfiguration {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> webhookLoggingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new WebhookLoggingFilter());
		registration.addUrlPatterns("/twilio/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static class WebhookLoggingFilter extends OncePerRequestFilter {

		private static final Logger logger = LoggerFactory.getLogger("dev.twiliospring.sample.webhooks");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			long start = System.nanoTime();
			try {
				filterChain.doFilter(request, response);
			}
			finally {
				logger.info("Webhook {} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(),
						response.getStatus(), (System.nanoTime() - start) / 1_000_000);
			}
		}

	}

}
