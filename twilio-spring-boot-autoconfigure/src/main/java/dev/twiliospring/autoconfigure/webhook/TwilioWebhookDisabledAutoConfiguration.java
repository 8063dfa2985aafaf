package dev.twiliospring.autoconfigure.webhook;

import dev.twiliospring.client.TwilioEnumConverterFactory;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.TwilioWebhookFilter;
import dev.twiliospring.webhook.TwilioWebhookHandlerInterceptor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration that keeps webhook handlers closed when webhook support is switched
 * off with {@code twilio.webhook.enabled=false} (or {@code off}, {@code no} or {@code 0}).
 * <p>
 * {@link TwilioWebhookAutoConfiguration} then registers no {@link TwilioWebhookFilter}, so
 * nothing checks the signature of a request. Handlers annotated with
 * {@link TwilioWebhook}, or that take a webhook payload, promise a checked request, so
 * the {@link TwilioWebhookHandlerInterceptor} still stands in front of them: it answers
 * 403 unless a filter that the application registers itself has checked the request.
 * An application that wants such handlers to run unchecked switches off validation
 * ({@code twilio.webhook.validation.enabled=false}) instead, or excludes this
 * auto-configuration.
 * <p>
 * Handlers that check requests some other way still bind the values Twilio sends to
 * Twilio's enums, such as {@code in-progress} to {@code Call.Status.IN_PROGRESS}, as
 * with webhook support on ({@link TwilioEnumConverterFactory}).
 *
 * @since 1.0.0
 */
@AutoConfiguration(after = TwilioWebhookAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@Conditional(WebhookPropertyConditions.OnWebhookDisabled.class)
public final class TwilioWebhookDisabledAutoConfiguration {

	@Bean
	WebMvcConfigurer twilioWebhookHandlerGuard() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new TwilioWebhookHandlerInterceptor());
			}

			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addConverterFactory(new TwilioEnumConverterFactory());
			}

		};
	}

}
