package dev.twiliospring.client;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy that the built-in transport sends through, and the Basic credentials it
 * asks for. Its {@link #toString()} never shows the credentials.
 *
 * @param address the proxy, or {@code null} for those that the JVM's
 * {@link java.net.ProxySelector} chooses
 * @param authorization the {@code Proxy-Authorization} value, or {@code null} for none
 */
record HttpProxy(@Nullable InetSocketAddress address, @Nullable String authorization) {

	/**
	 * Create the proxy settings of a builder.
	 * @param host the proxy's host, or {@code null} for the JVM's proxies
	 * @param port the proxy's port
	 * @param username the user name, or {@code null} for no credentials
	 * @param password the password, or {@code null} for no credentials
	 * @return the settings, or {@code null} when there is neither a proxy nor credentials
	 */
	static @Nullable HttpProxy of(@Nullable String host, int port, @Nullable String username,
			@Nullable String password) {
		if (host == null && username == null) {
			return null;
		}
		// Unresolved: looked up when a connection is opened, as the JVM's proxies are
		InetSocketAddress address = (host != null) ? InetSocketAddress.createUnresolved(host, port) : null;
		String authorization = (username != null && password != null) ? "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
		return new HttpProxy(address, authorization);
	}

	@Override
	public String toString() {
		return "HttpProxy[address=" + ((this.address != null) ? this.address.getHostString() + ":"
				+ this.address.getPort() : "the JVM's") + ", credentials=" + ((this.authorization != null) ? "******"
						: "none") + "]";
	}

}
