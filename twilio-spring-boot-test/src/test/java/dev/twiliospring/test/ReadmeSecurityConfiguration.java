package dev.twiliospring.test;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring Security configuration that the README gives applications that receive
 * webhooks, as the tests of this module that run behind Spring Security use it.
 */
@Configuration(proxyBeanMethods = false)
public class ReadmeSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/twilio/**")
			.permitAll()
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.anyRequest()
			.authenticated()).csrf((csrf) -> csrf.ignoringRequestMatchers("/twilio/**"));
		return http.build();
	}

}
