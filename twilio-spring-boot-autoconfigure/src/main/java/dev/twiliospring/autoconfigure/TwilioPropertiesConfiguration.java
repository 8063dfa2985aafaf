package dev.twiliospring.autoconfigure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link TwilioProperties}, for every auto-configuration that reads them, together
 * with the bind handler advisor that keeps the conventional {@code TWILIO_API_KEY}
 * variable from failing the binding. Imported rather than repeated, so that an
 * auto-configuration that runs without {@link TwilioAutoConfiguration}, as the webhook
 * auto-configuration does in a {@code @WebMvcTest}, binds the properties the same way.
 *
 * @since 1.0.0
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
public final class TwilioPropertiesConfiguration {

	@Bean
	static TwilioApiKeyBindHandlerAdvisor twilioApiKeyBindHandlerAdvisor() {
		return new TwilioApiKeyBindHandlerAdvisor();
	}

}
