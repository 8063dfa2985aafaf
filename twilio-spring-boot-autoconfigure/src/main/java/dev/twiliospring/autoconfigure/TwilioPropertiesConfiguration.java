package dev.twiliospring.autoconfigure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

	/**
	 * Bind {@link TwilioProperties} from an environment as the auto-configurations bind
	 * them, for code that needs them where no auto-configuration has bound them, such as
	 * test support in an application context without webhook support.
	 * @param environment the environment
	 * @return the properties
	 */
	public static TwilioProperties bind(Environment environment) {
		return Binder.get(environment)
			.bindOrCreate("twilio", Bindable.of(TwilioProperties.class),
					new TwilioApiKeyBindHandlerAdvisor().apply(BindHandler.DEFAULT));
	}

}
