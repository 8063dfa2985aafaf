package dev.twiliospring.webhook;

import java.util.List;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link WebMvcConfigurer} that adds webhook support to Spring MVC: payload arguments
 * through a {@link TwilioWebhookArgumentResolver}, the
 * {@link TwilioWebhookHandlerInterceptor} safety net and the
 * {@link TwilioWebhookExceptionResolver}.
 *
 * @since 1.0.0
 */
public class TwilioWebhookWebMvcConfigurer implements WebMvcConfigurer {

	private final HandlerMethodArgumentResolver argumentResolver;

	/**
	 * Create a configurer.
	 * @param argumentResolver resolves webhook payload arguments
	 */
	public TwilioWebhookWebMvcConfigurer(HandlerMethodArgumentResolver argumentResolver) {
		this.argumentResolver = argumentResolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.argumentResolver);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TwilioWebhookHandlerInterceptor());
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new TwilioWebhookExceptionResolver());
	}

}
