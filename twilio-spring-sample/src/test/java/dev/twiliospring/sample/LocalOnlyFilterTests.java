package dev.twiliospring.sample;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LocalOnlyFilter}.
 */
class LocalOnlyFilterTests {

	private final SampleProperties properties = new SampleProperties();

	private final LocalOnlyFilter filter;

	LocalOnlyFilterTests() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sampleProperties", this.properties);
		this.filter = new LocalOnlyFilter(beans.getBeanProvider(SampleProperties.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/messages", "/api/messages/SM1", "/api", "/actuator/health", "/actuator" })
	void refusesRemoteRequestsToTheApiAndTheActuator(String path) throws Exception {
		MockHttpServletResponse response = filter(request(path, "203.0.113.7"));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":403").contains("sample.local-only=false");
	}

	@ParameterizedTest
	@ValueSource(strings = { "X-Forwarded-For", "Forwarded", "X-Forwarded-Host", "X-Real-IP" })
	void refusesRequestsThatATunnelOnThisMachineForwarded(String header) throws Exception {
		MockHttpServletRequest request = request("/api/messages", "127.0.0.1");
		request.addHeader(header, "for=198.51.100.4");
		assertThat(filter(request).getStatus()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1", "[::1]", "::ffff:127.0.0.1" })
	void passesRequestsMadeOnThisMachine(String address) throws Exception {
		MockHttpServletResponse response = filter(request("/api/messages", address));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("passed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/twilio/sms", "/twilio/status", "/bench/sms", "/apiary", "/actuators" })
	void leavesOtherPathsAlone(String path) throws Exception {
		assertThat(filter(request(path, "203.0.113.7")).getContentAsString()).isEqualTo("passed");
	}

	@Test
	void opensEverythingWhenSwitchedOff() throws Exception {
		this.properties.setLocalOnly(false);
		assertThat(filter(request("/api/messages", "203.0.113.7")).getContentAsString()).isEqualTo("passed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.1", "128.0.0.1", "::2", "fe80::1", "1270.0.0.1" })
	void otherAddressesAreNotLoopback(String address) {
		assertThat(LocalOnlyFilter.isLoopback(address)).isFalse();
	}

	private static MockHttpServletRequest request(String path, String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setServletPath(path);
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) throws IOException {
				res.getWriter().write("passed");
			}

		}));
		return response;
	}

}
