package dev.twiliospring.test;

import dev.twiliospring.webhook.TwilioWebhookFilter;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Spring Security configuration that the README gives applications that receive
 * webhooks, as the tests of this module that run behind Spring Security use it.
 */
@Configuration(proxyBeanMethods = false)
public class ReadmeSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher twilioWebhooks = (request) -> request
			.getAttribute(TwilioWebhookFilter.VERIFIED_ATTRIBUTE) != null;
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(twilioWebhooks)
			.permitAll()
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.anyRequest()
			.authenticated()).csrf((csrf) -> csrf.ignoringRequestMatchers(twilioWebhooks));
		return http.build();
	}

}
