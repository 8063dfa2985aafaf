package dev.twiliospring.webhook;

import java.util.List;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnumConverterFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.format.FormatterRegistry;
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
 * {@link TwilioWebhookExceptionResolver}; handler methods that return TwiML produce XML
 * only, so that content negotiation never picks a JSON converter for them; and request
 * parameters, path variables and form fields of a {@link TwilioEnum} type, such as
 * {@code Call.Status}, take the values Twilio sends, such as {@code in-progress}
 * ({@link TwilioEnumConverterFactory}).
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

	/**
	 * Add the {@link TwilioEnumConverterFactory}, so that a plain handler method, such as
	 * one that takes {@code @RequestParam("CallStatus") Call.Status status}, binds the
	 * values Twilio sends, which Spring's conversion of enums by constant name refuses.
	 * It converts to Twilio's enums only: a converter the application registers for one
	 * of them, such as a {@code Converter<String, Call.Status>} bean, still comes first.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new TwilioEnumConverterFactory());
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
