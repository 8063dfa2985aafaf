package dev.twiliospring.webhook;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * {@link WebMvcConfigurer} that adds webhook support to Spring MVC: payload arguments
 * through a {@link TwilioWebhookArgumentResolver}, the
 * {@link TwilioWebhookHandlerInterceptor} safety net and the
 * {@link TwilioWebhookExceptionResolver}; and handler methods that return TwiML produce
 * XML only, so that content negotiation never picks a JSON converter for them.
 *
 * @since 1.0.0
 */
public class TwilioWebhookWebMvcConfigurer implements WebMvcConfigurer {

	private final HandlerMethodArgumentResolver argumentResolver;

	private final @Nullable TwilioWebhookRequestMatcher requestMatcher;

	/**
	 * Create a configurer.
	 * @param argumentResolver resolves webhook payload arguments
	 */
	public TwilioWebhookWebMvcConfigurer(HandlerMethodArgumentResolver argumentResolver) {
		this(argumentResolver, null);
	}

	/**
	 * Create a configurer whose {@link TwilioWebhookHandlerInterceptor} tells the
	 * filter's request matcher about webhook handlers mapped while the application runs.
	 * @param argumentResolver resolves webhook payload arguments
	 * @param requestMatcher the filter's request matcher, or {@code null}
	 */
	public TwilioWebhookWebMvcConfigurer(HandlerMethodArgumentResolver argumentResolver,
			@Nullable TwilioWebhookRequestMatcher requestMatcher) {
		this.argumentResolver = argumentResolver;
		this.requestMatcher = requestMatcher;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.argumentResolver);
	}

	/**
	 * Put the TwiML converter first, and back when the application replaced the
	 * converters that Spring MVC would have used, which include it: without it every
	 * handler returning TwiML fails, and behind an XML converter of the application's own
	 * (a {@code JacksonXmlHttpMessageConverter} bean, which comes ahead of the
	 * auto-configured ones) TwiML is written as that converter sees the object, such as
	 * {@code <MessagingResponse/>}. It writes TwiML only, so it changes no other answer.
	 */
	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		HttpMessageConverter<?> twiml = null;
		for (int i = 0; i < converters.size() && twiml == null; i++) {
			if (converters.get(i) instanceof TwimlHttpMessageConverter) {
				twiml = converters.remove(i);
			}
		}
		converters.add(0, (twiml != null) ? twiml : new TwimlHttpMessageConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TwilioWebhookHandlerInterceptor(this.requestMatcher));
		registry.addInterceptor(new TwimlMediaTypesInterceptor());
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		// After the application's @ExceptionHandler methods, which may answer an invalid
		// payload their own way (with TwiML, for example), and ahead of the rest
		int position = 0;
		for (int i = 0; i < resolvers.size(); i++) {
			if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
				position = i + 1;
				break;
			}
		}
		resolvers.add(position, new TwilioWebhookExceptionResolver());
	}

}
