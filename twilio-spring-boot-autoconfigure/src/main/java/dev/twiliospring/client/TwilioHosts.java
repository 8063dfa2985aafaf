package dev.twiliospring.client;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Twilio's host table: {@code {product}.{edge}.{region}.twilio.com}, with {@code us1} as
 * the region of an edge without one, {@code {product}.{region}.twilio.com} for a region
 * without an edge, and {@code {product}.twilio.com} when neither is set. A base URL
 * replaces every host.
 */
final class TwilioHosts {

	static final String DEFAULT_REGION = "us1";

	/**
	 * The edge that Twilio's own helper libraries use for a region set without one:
	 * Twilio has retired the region-only hosts outside {@code us1}.
	 */
	private static final Map<String, String> DEFAULT_EDGES = Map.of("au1", "sydney", "br1", "sao-paulo", "de1",
			"frankfurt", "ie1", "dublin", "jp1", "tokyo", "jp2", "osaka", "sg1", "singapore", "us1", "ashburn", "us2",
			"umatilla");

	/**
	 * Twilio's edge locations: the public ones, which are the default edges of the
	 * regions, and the private Twilio Interconnect ones. The Voice SDK's
	 * {@code roaming} edge has no REST API hosts.
	 */
	private static final Set<String> KNOWN_EDGES;

	static {
		Set<String> edges = new TreeSet<>(DEFAULT_EDGES.values());
		edges.addAll(Set.of("ashburn-ix", "frankfurt-ix", "london-ix", "san-jose-ix", "singapore-ix", "sydney-ix",
				"tokyo-ix"));
		KNOWN_EDGES = Collections.unmodifiableSet(edges);
	}

	private final @Nullable String region;

	private final @Nullable String edge;

	private final @Nullable String baseUrl;

	TwilioHosts(@Nullable String region, @Nullable String edge, @Nullable URI baseUrl) {
		this.region = region;
		this.edge = edge;
		this.baseUrl = (baseUrl != null) ? stripTrailingSlash(baseUrl.toString()) : null;
	}

	/**
	 * Return the scheme, host and port of a product, without trailing slash.
	 * @param domain the product domain
	 * @return the base URL such as {@code https://api.dublin.ie1.twilio.com}
	 */
	String baseUrl(TwilioDomain domain) {
		if (this.baseUrl != null) {
			return this.baseUrl;
		}
		StringBuilder host = new StringBuilder("https://").append(domain.name());
		if (this.edge != null) {
			host.append('.').append(this.edge).append('.').append((this.region != null) ? this.region : DEFAULT_REGION);
		}
		else if (this.region != null) {
			host.append('.').append(this.region);
		}
		return host.append(".twilio.com").toString();
	}

	/**
	 * Return the edge Twilio's helper libraries use for a region set without one.
	 * @param region the region
	 * @return the region's default edge, or {@code null} for a region they do not know
	 */
	static @Nullable String defaultEdge(String region) {
		return DEFAULT_EDGES.get(region);
	}

	/**
	 * Return whether an edge is one of Twilio's edge locations.
	 * @param edge the edge, in lower case
	 * @return whether Twilio has the edge
	 */
	static boolean isKnownEdge(String edge) {
		return KNOWN_EDGES.contains(edge);
	}

	/**
	 * Return Twilio's edge locations, for messages.
	 * @return the edges in alphabetical order
	 */
	static Set<String> knownEdges() {
		return KNOWN_EDGES;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
