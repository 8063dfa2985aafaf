package dev.twiliospring.sdk;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiException;
import com.twilio.http.Request;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;

/**
 * Turns the SDK's {@link Request} into a {@link TwilioRequest}.
 * <p>
 * The SDK hands over a full URL with the path already expanded. To keep SIDs, phone
 * numbers and names out of logs and metric tags, the path is turned back into a template:
 * the version and capitalized resource names stay literal, every other segment becomes a
 * variable named after the resource before it, or {@code Sid} at the end of the path, as
 * in Twilio's API reference ({@code /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json}).
 * An {@code AccountSid} thus also keeps the account of the SDK request, such as a
 * subaccount.
 */
final class SdkRequests {

	private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private static final Pattern SID = Pattern.compile("[A-Z]{2}[0-9a-fA-F]{32}");

	private static final Set<String> LOWER_CASE_RESOURCE_NAMES = Set.of("a2p", "batch", "provision", "query", "status",
			"whatsapp");

	/**
	 * The names that follow another resource name directly in Twilio's paths, such as
	 * {@code Webhooks} in {@code /v1/Configuration/Webhooks}. Anywhere else, a segment
	 * right after a resource name is the instance of a collection: its SID, or a unique
	 * name that the user chose, which must not reach metric tags or logs.
	 */
	private static final Set<String> RESOURCES_AFTER_RESOURCES = Set.of(
			"AWS", "Addresses", "AllTime", "AnswerSets", "Applications", "ApproveChallenge", "Assessments",
			"AuthorizationDocuments", "BrandRegistrations", "Bulk", "BulkCountryUpdates", "Bundles", "Calls",
			"Categories", "Challenges", "CommentTags", "Comments", "Configuration", "Configurations", "Conversations",
			"Countries", "CredentialListMappings", "CredentialLists", "CumulativeStatistics", "Custom", "Customers",
			"Daily", "Default", "Domains", "Eligibility", "Encrypted", "EndUserTypes", "EndUsers", "Factors",
			"Fields", "GB", "GeoPermissions", "HostedNumberOrders", "Imports", "Inbound", "Initialize",
			"IpAccessControlListMappings", "IpAccessControlLists", "Jobs", "KnowledgeBases", "LastMonth", "Local",
			"Lookup", "MessagingService", "MessagingServices", "Metadata", "Mobile", "Monthly", "Notifications",
			"Numbers", "OAuthApps", "Operations", "Operators", "Orders", "Outbound", "PhoneNumber", "PhoneNumbers",
			"Plugins", "PortIn", "PortInRequests", "Portability", "PreBuilt", "PreregisteredUsa2p", "Promote",
			"PublicKeys", "QualityManagement", "Query", "QueryJobs", "Questionnaires", "Questions",
			"RealTimeStatistics", "Recording", "Records", "Registration", "Registrations", "Regulations",
			"RegulatoryCompliance", "Releases", "Reports", "Rooms", "Secondary", "Segments", "Senders", "Session",
			"Settings", "ShortCodes", "SmsVerificationChecks", "SmsVerifications", "Statistics", "Stores",
			"Summaries", "Summary", "SupportingDocumentTypes", "SupportingDocuments", "ThisMonth", "Today",
			"TollFree", "Tollfree", "Transcription", "Triggers", "Typing", "Usa2p", "Usecases", "UserRoles",
			"Validate", "Verifications", "VerifyFactor", "VoiceVerificationChecks", "VoiceVerifications", "Webhook",
			"Webhooks", "Yearly", "Yesterday", "provision", "query", "status", "whatsapp");

	/**
	 * Headers the client writes itself. {@code Accept-Encoding} is dropped too: the
	 * client's transports hand bodies on as they arrive, and the SDK would read a
	 * compressed answer as text.
	 */
	private static final Set<String> SKIPPED_HEADERS = Set.of("user-agent", "host", "content-type",
			"content-length", "transfer-encoding", "accept-encoding");

	private static final String JSON_SUFFIX = ".json";

	private static final String TWILIO_HOST_SUFFIX = ".twilio.com";

	private SdkRequests() {
	}

	/**
	 * Convert an SDK request.
	 * @param request the SDK request
	 * @return the request for the client
	 * @throws ApiException if the request cannot be sent through the client
	 */
	static TwilioRequest toTwilioRequest(Request request) {
		String url = request.getUrl();
		HttpMethod method = HttpMethod.valueOf(request.getMethod().toString().toUpperCase(Locale.ROOT));
		int queryStart = url.indexOf('?');
		String pathUrl = (queryStart < 0) ? url : url.substring(0, queryStart);
		PathTemplate template = template(path(pathUrl));
		TwilioRequest.Builder builder = TwilioRequest.method(method, domain(pathUrl), template.path())
			.pathVariables(template.variables());
		if (queryStart >= 0) {
			addQuery(builder, url.substring(queryStart + 1));
		}
		request.getQueryParams().forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, value)));
		request.getHeaderParams().forEach((name, values) -> {
			String lowerCaseName = name.toLowerCase(Locale.ROOT);
			if (lowerCaseName.equals("authorization") && !values.isEmpty()) {
				// Dropping it would send the request with other credentials than asked for
				throw new ApiException("The Spring Twilio client authenticates every request with its own "
						+ "credentials and cannot send the Authorization header that the SDK request to "
						+ template.path() + " sets; send it with the SDK's own NetworkHttpClient");
			}
			if (!SKIPPED_HEADERS.contains(lowerCaseName)) {
				values.forEach((value) -> builder.header(name, value));
			}
		});
		if (request.getFormParameters() != null && !request.getFormParameters().isEmpty()) {
			throw new ApiException("The Spring Twilio client cannot send the SDK's multipart uploads, such as to "
					+ template.path() + "; send them with the SDK's own NetworkHttpClient");
		}
		if (request.getContentType() == EnumConstants.ContentType.JSON && request.getBody() != null) {
			builder.body(request.getBody(), MediaType.APPLICATION_JSON);
		}
		else if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
			request.getPostParams().forEach((name, values) -> values.forEach((value) -> builder.param(name, value)));
		}
		else if (!request.getPostParams().isEmpty()) {
			throw new ApiException("The Spring Twilio client cannot send form parameters with a " + method
					+ " request, as the SDK request to " + template.path() + " has them");
		}
		return builder.build();
	}

	private static TwilioDomain domain(String url) {
		String host = host(url);
		if (!host.endsWith(TWILIO_HOST_SUFFIX)) {
			throw new ApiException("The Spring Twilio client only sends SDK requests to Twilio product hosts, "
					+ "not to " + host);
		}
		// Region and edge labels are left out: the client adds its own.
		return TwilioDomain.of(host.substring(0, host.indexOf('.')));
	}

	private static String host(String url) {
		int schemeEnd = url.indexOf("://");
		if (schemeEnd < 0) {
			throw new ApiException("The SDK request URL '" + url + "' is not absolute");
		}
		int hostStart = schemeEnd + 3;
		int pathStart = url.indexOf('/', hostStart);
		String authority = (pathStart < 0) ? url.substring(hostStart) : url.substring(hostStart, pathStart);
		int userInfoEnd = authority.lastIndexOf('@');
		String host = authority.substring(userInfoEnd + 1);
		int port = host.indexOf(':');
		return ((port >= 0) ? host.substring(0, port) : host).toLowerCase(Locale.ROOT);
	}

	private static String path(String url) {
		int pathStart = url.indexOf('/', url.indexOf("://") + 3);
		return (pathStart < 0) ? "/" : url.substring(pathStart);
	}

	private static void addQuery(TwilioRequest.Builder builder, String query) {
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			builder.queryParam(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
	}

	/**
	 * Turn an expanded path back into a template.
	 * @param path the path, such as {@code /v1/Services/MG123/PhoneNumbers}
	 * @return the template and the values of its variables
	 */
	static PathTemplate template(String path) {
		List<String> segments = List.of(path.split("/", -1));
		StringBuilder template = new StringBuilder();
		Map<String, String> variables = new LinkedHashMap<>();
		Set<String> names = new HashSet<>();
		// After the version, and after an instance, comes a resource name
		boolean resourceExpected = true;
		for (int i = 1; i < segments.size(); i++) {
			String segment = segments.get(i);
			template.append('/');
			if (i == 1 || segment.isEmpty()) {
				template.append(segment);
				continue;
			}
			if (isResourceName(segment)
					&& (resourceExpected || RESOURCES_AFTER_RESOURCES.contains(withoutJsonSuffix(segment)))) {
				template.append(segment);
				resourceExpected = false;
				continue;
			}
			resourceExpected = true;
			boolean json = segment.endsWith(JSON_SUFFIX) && segment.length() > JSON_SUFFIX.length();
			String name = unique((i == segments.size() - 1) ? "Sid" : singular(segments.get(i - 1)) + "Sid", names);
			variables.put(name, decoded(json ? withoutJsonSuffix(segment) : segment));
			template.append('{').append(name).append('}').append(json ? JSON_SUFFIX : "");
		}
		return new PathTemplate((template.length() > 0) ? template.toString() : "/", variables);
	}

	/**
	 * Percent-decode a segment of the path, which the client encodes again: the SDK's own
	 * client sends its URL as a URI, escapes as they are. A {@code %} that starts no
	 * escape, which it refuses, stands for itself.
	 */
	private static String decoded(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		try {
			return StringUtils.uriDecode(segment, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return segment;
		}
	}

	private static boolean isResourceName(String segment) {
		String name = withoutJsonSuffix(segment);
		if (SID.matcher(name).matches()) {
			return false;
		}
		return RESOURCE_NAME.matcher(name).matches() || LOWER_CASE_RESOURCE_NAMES.contains(name);
	}

	private static String singular(String resource) {
		String name = withoutJsonSuffix(resource);
		if (!RESOURCE_NAME.matcher(name).matches()) {
			return "Parent";
		}
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

	private static String withoutJsonSuffix(String segment) {
		return segment.endsWith(JSON_SUFFIX) ? segment.substring(0, segment.length() - JSON_SUFFIX.length())
				: segment;
	}

	private static String unique(String name, Set<String> names) {
		String candidate = name;
		for (int i = 2; !names.add(candidate); i++) {
			candidate = name + i;
		}
		return candidate;
	}

	/**
	 * A path template with the values of its variables.
	 *
	 * @param path the path template
	 * @param variables the values by variable name
	 */
	record PathTemplate(String path, Map<String, String> variables) {

	}

}
