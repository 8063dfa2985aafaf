package dev.twiliospring.test.emulator;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The TwiML an application answered a webhook with, parsed enough to assert on: the
 * bodies of {@code <Message>} verbs, the text of {@code <Say>} verbs, the
 * {@code <Gather>} the call waits in, a {@code <Redirect>}, {@code <Record>} or
 * {@code <Dial>}, and the raw XML.
 *
 * @since 1.0.0
 */
public final class TwimlReply {

	private final String url;

	private final int statusCode;

	private final String xml;

	private final @Nullable String callSid;

	private final @Nullable TwimlReply previous;

	private final List<Verb> verbs;

	private final @Nullable String error;

	TwimlReply(String url, int statusCode, String xml, @Nullable String callSid, @Nullable TwimlReply previous) {
		this(url, statusCode, xml, callSid, previous, null);
	}

	private TwimlReply(String url, int statusCode, String xml, @Nullable String callSid,
			@Nullable TwimlReply previous, @Nullable String failure) {
		this(url, statusCode, xml, callSid, previous, failure, null);
	}

	private TwimlReply(String url, int statusCode, String xml, @Nullable String callSid,
			@Nullable TwimlReply previous, @Nullable String failure, @Nullable String undelivered) {
		this.url = url;
		this.statusCode = statusCode;
		this.xml = xml;
		this.callSid = callSid;
		this.previous = previous;
		List<Verb> verbs = List.of();
		String error = null;
		if (undelivered != null) {
			error = undelivered;
		}
		else if (failure != null) {
			error = "The application could not be reached at " + url + ": " + failure;
		}
		else if (statusCode < 200 || statusCode >= 300) {
			error = "The application answered with HTTP " + statusCode;
		}
		else if (!xml.isBlank()) {
			try {
				verbs = parse(xml);
			}
			catch (Exception ex) {
				error = "The application answered with invalid TwiML: " + ex.getMessage();
			}
		}
		this.verbs = verbs;
		this.error = error;
	}

	/**
	 * Return the TwiML of the answer to a webhook, or why there was none.
	 */
	static TwimlReply of(WebhookDelivery delivery, @Nullable String callSid, @Nullable TwimlReply previous) {
		return new TwimlReply(delivery.url(), delivery.statusCode(), delivery.responseBody(), callSid, previous,
				delivery.error());
	}

	/**
	 * Return a reply to a webhook that Twilio does not post, without TwiML.
	 * @param url the URL the webhook would have been posted to
	 * @param reason why it is not posted, returned by {@link #error()}
	 */
	static TwimlReply undelivered(String url, String reason) {
		return new TwimlReply(url, 0, "", null, null, null, reason);
	}

	/**
	 * Return the URL that answered with this TwiML.
	 * @return the webhook URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * Return the HTTP status of the application's response.
	 * @return the status code
	 */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * Return the body of the application's response.
	 * @return the XML, empty if the response had no body
	 */
	public String xml() {
		return this.xml;
	}

	/**
	 * Return the SID of the call this TwiML runs in.
	 * @return the call SID, or {@code null} for messaging TwiML
	 */
	public @Nullable String callSid() {
		return this.callSid;
	}

	/**
	 * Return the TwiML that redirected to this one with {@code <Redirect>}.
	 * @return the previous reply, or {@code null} if this one was not reached by a
	 * redirect
	 */
	public @Nullable TwimlReply previous() {
		return this.previous;
	}

	/**
	 * Return why the TwiML could not be run: an HTTP error status, a connection failure
	 * or invalid XML, or why there was no webhook, as for a message or call to a number
	 * of a suspended subaccount (then {@link #statusCode()} is 0).
	 * @return the problem, or {@code null} if the TwiML is valid
	 */
	public @Nullable String error() {
		return this.error;
	}

	/**
	 * Return the verbs of the document, in order.
	 * @return the top-level elements of {@code <Response>}
	 */
	public List<Verb> verbs() {
		return this.verbs;
	}

	/**
	 * Return the bodies of the {@code <Message>} verbs.
	 * @return the message texts
	 */
	public List<String> messages() {
		return this.verbs.stream().filter((verb) -> verb.is("Message")).map(TwimlReply::messageBody).toList();
	}

	/**
	 * Return the URLs of the {@code <Media>} of all {@code <Message>} verbs.
	 * @return the media URLs
	 */
	public List<String> media() {
		return this.verbs.stream()
			.filter((verb) -> verb.is("Message"))
			.flatMap((verb) -> verb.children().stream())
			.filter((child) -> child.is("Media"))
			.map(Verb::text)
			.toList();
	}

	/**
	 * Return the text of every {@code <Say>}, including those nested in a
	 * {@code <Gather>}, in document order, with the text of its SSML elements (such as
	 * {@code <say-as>} or {@code <prosody>}) in place.
	 * @return the spoken texts
	 */
	public List<String> says() {
		List<String> says = new ArrayList<>();
		collect(this.verbs, "Say", says);
		return says;
	}

	/**
	 * Return the URL of every {@code <Play>}, including those nested in a
	 * {@code <Gather>}, in document order.
	 * @return the played URLs
	 */
	public List<String> plays() {
		List<String> plays = new ArrayList<>();
		collect(this.verbs, "Play", plays);
		return plays;
	}

	/**
	 * Return the first {@code <Gather>} of the document.
	 * @return the gather, or empty if the document has none
	 */
	public Optional<Gather> gather() {
		return first("Gather").map(Gather::new);
	}

	/**
	 * Return the first {@code <Record>} of the document.
	 * @return the record verb, or empty if the document has none
	 */
	public Optional<RecordVerb> record() {
		return first("Record").map(RecordVerb::new);
	}

	/**
	 * Return the URL of the first {@code <Redirect>} of the document.
	 * @return the redirect URL as written, or empty if the document has none
	 */
	public Optional<String> redirect() {
		return first("Redirect").map(Verb::text);
	}

	/**
	 * Return the numbers, clients or SIP addresses of every {@code <Dial>}: the text of
	 * the verb or of its nouns (a {@code <Client>}'s {@code <Identity>} where it has one).
	 * @return the dialed targets
	 */
	public List<String> dials() {
		List<String> dials = new ArrayList<>();
		for (Verb verb : this.verbs) {
			if (verb.is("Dial")) {
				dials.addAll(dialed(verb));
			}
		}
		return dials;
	}

	/**
	 * Return what one {@code <Dial>} dials: the text of the verb, or of each of its nouns.
	 */
	static List<String> dialed(Verb dial) {
		return dial.children().isEmpty() ? List.of(dial.text())
				: dial.children().stream().map(TwimlReply::target).toList();
	}

	/**
	 * Return what one noun of a {@code <Dial>} names: its text, or for a
	 * {@code <Client>} that carries {@code <Parameter>}s, the text of its
	 * {@code <Identity>}.
	 */
	static String target(Verb noun) {
		return childTextOrOwn(noun, "Identity");
	}

	/**
	 * Return whether the document has a {@code <Hangup>} or {@code <Reject>}.
	 * @return whether the call is ended explicitly
	 */
	public boolean hangsUp() {
		return this.verbs.stream().anyMatch((verb) -> verb.is("Hangup") || verb.is("Reject"));
	}

	Optional<Verb> first(String name) {
		return this.verbs.stream().filter((verb) -> verb.is(name)).findFirst();
	}

	private static void collect(List<Verb> verbs, String name, List<String> into) {
		for (Verb verb : verbs) {
			if (verb.is(name)) {
				into.add(verb.text());
			}
			collect(verb.children(), name, into);
		}
	}

	static String messageBody(Verb message) {
		return childTextOrOwn(message, "Body");
	}

	/**
	 * Return the text of an element's first child of a name, or the element's own text
	 * when it has none.
	 */
	private static String childTextOrOwn(Verb element, String child) {
		return element.children()
			.stream()
			.filter((candidate) -> candidate.is(child))
			.map(Verb::text)
			.findFirst()
			.orElse(element.text());
	}

	private static List<Verb> parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setExpandEntityReferences(false);
		factory.setNamespaceAware(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		// The text is decoded already, so the encoding its declaration names is not applied again
		Document document = builder.parse(new InputSource(new StringReader(xml)));
		Element root = document.getDocumentElement();
		if (!"Response".equals(root.getTagName())) {
			throw new IllegalArgumentException("the root element is <" + root.getTagName() + ">, not <Response>");
		}
		return children(root);
	}

	private static List<Verb> children(Element element) {
		List<Verb> children = new ArrayList<>();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element child) {
				Map<String, String> attributes = new LinkedHashMap<>();
				for (int a = 0; a < child.getAttributes().getLength(); a++) {
					Node attribute = child.getAttributes().item(a);
					attributes.put(attribute.getNodeName(), attribute.getNodeValue());
				}
				children.add(new Verb(child.getTagName(), Collections.unmodifiableMap(attributes), text(child),
						children(child)));
			}
		}
		return List.copyOf(children);
	}

	private static String text(Element element) {
		// The SSML elements of a <Say> hold part of what it speaks, in the order written
		return "Say".equals(element.getTagName()) ? element.getTextContent().trim() : ownText(element);
	}

	private static String ownText(Element element) {
		StringBuilder text = new StringBuilder();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(node.getNodeValue());
			}
		}
		return text.toString().trim();
	}

	@Override
	public String toString() {
		// Why there is no TwiML, ahead of the XML, so that a failed assertion on a reply shows it
		return "TwimlReply[url=" + this.url + ", status=" + this.statusCode
				+ ((this.error != null) ? ", error=" + this.error : "") + ", xml=" + this.xml + "]";
	}

	/**
	 * A TwiML element: a verb or one of its nouns.
	 *
	 * @param name the element name, such as {@code Say}
	 * @param attributes the attributes, in document order
	 * @param text the element's own text, trimmed; for a {@code <Say>}, all the text it
	 * speaks, that of its SSML elements included
	 * @param children the child elements
	 */
	public record Verb(String name, Map<String, String> attributes, String text, List<Verb> children) {

		/**
		 * Return whether the element has the given name.
		 * @param name the element name
		 * @return whether it matches
		 */
		public boolean is(String name) {
			return this.name.equals(name);
		}

		/**
		 * Return the value of an attribute.
		 * @param name the attribute name
		 * @return the value, or {@code null} if the attribute is absent
		 */
		public @Nullable String attribute(String name) {
			return this.attributes.get(name);
		}

	}

	/**
	 * A {@code <Gather>} verb.
	 *
	 * @param verb the element
	 */
	public record Gather(Verb verb) {

		/**
		 * Return the action URL, as written.
		 * @return the action, or {@code null} for the document's own URL
		 */
		public @Nullable String action() {
			return this.verb.attribute("action");
		}

		/**
		 * Return the HTTP method of the action.
		 * @return the method, {@code POST} by default
		 */
		public String method() {
			String method = this.verb.attribute("method");
			return (method != null) ? method : "POST";
		}

		/**
		 * Return the number of digits to collect.
		 * @return the number of digits, or {@code null} if not limited
		 */
		public @Nullable Integer numDigits() {
			String numDigits = this.verb.attribute("numDigits");
			return (numDigits != null) ? Integer.valueOf(numDigits.trim()) : null;
		}

		/**
		 * Return the input types, such as {@code dtmf} or {@code dtmf speech}.
		 * @return the input types, {@code dtmf} by default
		 */
		public String input() {
			String input = this.verb.attribute("input");
			return (input != null) ? input : "dtmf";
		}

		/**
		 * Return whether the action is requested when no input was collected.
		 * @return the value of {@code actionOnEmptyResult}
		 */
		public boolean actionOnEmptyResult() {
			return Boolean.parseBoolean(this.verb.attribute("actionOnEmptyResult"));
		}

		/**
		 * Return the text of the {@code <Say>} prompts in the gather.
		 * @return the prompts
		 */
		public List<String> says() {
			return this.verb.children().stream().filter((child) -> child.is("Say")).map(Verb::text).toList();
		}

	}

	/**
	 * A {@code <Record>} verb.
	 *
	 * @param verb the element
	 */
	public record RecordVerb(Verb verb) {

		/**
		 * Return the action URL, as written.
		 * @return the action, or {@code null} for the document's own URL
		 */
		public @Nullable String action() {
			return this.verb.attribute("action");
		}

		/**
		 * Return the recording status callback URL, as written.
		 * @return the URL, or {@code null} if none is set
		 */
		public @Nullable String recordingStatusCallback() {
			return this.verb.attribute("recordingStatusCallback");
		}

		/**
		 * Return the longest recording in seconds.
		 * @return the maximum length, 3600 by default
		 */
		public int maxLength() {
			String maxLength = this.verb.attribute("maxLength");
			return (maxLength != null) ? Integer.parseInt(maxLength.trim()) : 3600;
		}

	}

}
