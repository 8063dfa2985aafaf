package dev.twiliospring.twiml;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the builders let each TwiML element hold exactly the child elements that
 * Twilio's TwiML definitions allow in it: every element that a builder method adds, as a
 * built element, as its builder or from strings, is one that TwiML nests there, and every
 * such child has a method. {@code <amazon:domain>} and {@code <amazon:effect>},
 * Twilio's Amazon Polly extensions of SSML, go in {@code <Say>}, {@code <lang>},
 * {@code <p>}, {@code <prosody>}, {@code <s>} and in each other.
 */
class TwimlNestingTests {

	static final Map<Class<?>, Set<String>> CHILDREN = Map.ofEntries(
			children(VoiceResponse.Builder.class, "Connect", "Dial", "Echo", "Enqueue", "Gather", "Hangup", "Leave",
					"Pause", "Play", "Queue", "Record", "Redirect", "Reject", "Say", "Sms", "Pay", "Prompt", "Start",
					"Stop", "Refer"),
			children(Say.Builder.class, "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub",
					"w", "amazon:domain", "amazon:effect"),
			children(Play.Builder.class),
			children(Gather.Builder.class, "Say", "Pause", "Play"),
			children(Dial.Builder.class, "Client", "Conference", "Number", "Queue", "Sim", "Sip", "Application",
					"WhatsApp"),
			children(Record.Builder.class),
			children(Redirect.Builder.class),
			children(Pause.Builder.class),
			children(Hangup.Builder.class, "Parameter"),
			children(Reject.Builder.class, "Parameter"),
			children(Enqueue.Builder.class, "Task"),
			children(Leave.Builder.class),
			children(Connect.Builder.class, "Room", "Autopilot", "Stream", "VirtualAgent", "Conversation",
					"ConversationRelay", "Assistant", "AiSession", "ConversationRelaySession"),
			children(Start.Builder.class, "Stream", "Siprec", "Transcription", "Recording"),
			children(Stop.Builder.class, "Stream", "Siprec", "Transcription"),
			children(Pay.Builder.class, "Prompt", "Parameter"),
			children(Prompt.Builder.class, "Say", "Play", "Pause"),
			children(Refer.Builder.class, "Sip"),
			children(Echo.Builder.class),
			children(Sms.Builder.class),
			children(Queue.Builder.class),
			children(SsmlBreak.Builder.class),
			children(SsmlEmphasis.Builder.class, "break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub",
					"w"),
			children(SsmlLang.Builder.class, "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as",
					"sub", "w", "amazon:domain", "amazon:effect"),
			children(SsmlP.Builder.class, "break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w",
					"amazon:domain", "amazon:effect"),
			children(SsmlPhoneme.Builder.class),
			children(SsmlProsody.Builder.class, "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as",
					"sub", "w", "amazon:domain", "amazon:effect"),
			children(SsmlS.Builder.class, "break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w",
					"amazon:domain", "amazon:effect"),
			children(SsmlSayAs.Builder.class),
			children(SsmlSub.Builder.class),
			children(SsmlW.Builder.class, "break", "emphasis", "phoneme", "prosody", "say-as", "sub"),
			children(Number.Builder.class),
			children(Client.Builder.class, "Identity", "Parameter"),
			children(Identity.Builder.class),
			children(Conference.Builder.class),
			children(Sim.Builder.class),
			children(Sip.Builder.class, "Uri", "Headers"),
			children(SipUri.Builder.class),
			children(Headers.Builder.class, "Header"),
			children(Header.Builder.class),
			children(Application.Builder.class, "ApplicationSid", "Parameter"),
			children(ApplicationSid.Builder.class),
			children(WhatsApp.Builder.class),
			children(Room.Builder.class),
			children(Autopilot.Builder.class),
			children(Stream.Builder.class, "Parameter"),
			children(VirtualAgent.Builder.class, "Config", "Parameter"),
			children(Config.Builder.class),
			children(Conversation.Builder.class),
			children(ConversationRelay.Builder.class, "Language", "Parameter"),
			children(Language.Builder.class),
			children(Assistant.Builder.class, "Language", "Parameter"),
			children(AiSession.Builder.class),
			children(ConversationRelaySession.Builder.class),
			children(Siprec.Builder.class, "Parameter"),
			children(Transcription.Builder.class, "Config", "Parameter"),
			children(Recording.Builder.class),
			children(Task.Builder.class),
			children(ReferSip.Builder.class),
			children(Parameter.Builder.class),
			children(MessagingResponse.Builder.class, "Message", "Redirect"),
			children(Message.Builder.class, "Body", "Media"),
			children(Body.Builder.class),
			children(Media.Builder.class),
			children(FaxResponse.Builder.class, "Receive"),
			children(Receive.Builder.class),
			children(SsmlAmazonDomain.Builder.class, "break", "emphasis", "lang", "p", "phoneme", "prosody", "s",
					"say-as", "sub", "w", "amazon:domain", "amazon:effect"),
			children(SsmlAmazonEffect.Builder.class, "break", "emphasis", "lang", "p", "phoneme", "prosody", "s",
					"say-as", "sub", "w", "amazon:domain", "amazon:effect"));

	@Test
	void eachBuilderAcceptsExactlyTheChildrenThatTwimlAllows() throws ReflectiveOperationException {
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<Class<?>, Set<String>> entry : CHILDREN.entrySet()) {
			Set<String> accepted = acceptedChildren(entry.getKey());
			accepted.addAll(childrenAddedFromStrings(entry.getKey()));
			softly.assertThat(accepted)
				.as("elements that %s.Builder adds", entry.getKey().getEnclosingClass().getSimpleName())
				.containsExactlyInAnyOrderElementsOf(entry.getValue());
		}
		softly.assertAll();
	}

	@Test
	void everyElementReachableFromTheResponsesIsCovered() {
		Set<Class<?>> seen = new HashSet<>();
		Deque<Class<?>> pending = new ArrayDeque<>();
		pending.add(VoiceResponse.Builder.class);
		pending.add(MessagingResponse.Builder.class);
		pending.add(FaxResponse.Builder.class);
		while (!pending.isEmpty()) {
			Class<?> builder = pending.remove();
			if (seen.add(builder)) {
				for (Method method : builder.getMethods()) {
					for (Class<?> type : method.getParameterTypes()) {
						Class<?> element = elementType(type);
						if (element != null) {
							pending.add(builderOf(element));
						}
					}
				}
			}
		}
		assertThat(CHILDREN.keySet()).containsAll(seen);
	}

	private static Map.Entry<Class<?>, Set<String>> children(Class<?> builder, String... children) {
		return Map.entry(builder, Set.of(children));
	}

	private static Set<String> acceptedChildren(Class<?> builder) {
		Set<String> children = new TreeSet<>();
		for (Method method : builder.getMethods()) {
			if (Modifier.isStatic(method.getModifiers())) {
				continue;
			}
			for (Class<?> type : method.getParameterTypes()) {
				Class<?> element = elementType(type);
				if (element != null) {
					children.add(tagName(element));
				}
			}
		}
		return children;
	}

	/**
	 * Return the elements that the methods of a builder that take only strings, such as
	 * {@code Dial.Builder.number(String)}, add to the element it builds. Their types do
	 * not say, so each is called and the children of what it built are read.
	 */
	private static Set<String> childrenAddedFromStrings(Class<?> builder) throws ReflectiveOperationException {
		Set<String> children = new TreeSet<>();
		for (Method method : builder.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("attribute")
					|| method.getParameterCount() == 0 || !Arrays.stream(method.getParameterTypes())
						.allMatch((type) -> type == String.class)) {
				continue;
			}
			Object instance = XmlEscapingTests.newBuilder(builder);
			Object[] arguments = new Object[method.getParameterCount()];
			Arrays.fill(arguments, "1");
			method.invoke(instance, arguments);
			Object built = builder.getMethod("build").invoke(instance);
			String xml = (built instanceof TwimlDocument document) ? document.toXml() : ((TwimlElement) built).toXml();
			NodeList nodes = XmlAssertions.parse(xml).getDocumentElement().getChildNodes();
			for (int i = 0; i < nodes.getLength(); i++) {
				if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
					children.add(nodes.item(i).getNodeName());
				}
			}
		}
		return children;
	}

	/**
	 * Return the element that a parameter of the given type adds: the type itself for a
	 * built element, the enclosing element for its builder.
	 */
	private static @Nullable Class<?> elementType(Class<?> type) {
		if (TwimlElement.class.isAssignableFrom(type) && type != TwimlElement.class) {
			return type;
		}
		Class<?> enclosing = type.getEnclosingClass();
		if (enclosing != null && TwimlElement.class.isAssignableFrom(enclosing)
				&& type.getSimpleName().equals("Builder")) {
			return enclosing;
		}
		return null;
	}

	private static Class<?> builderOf(Class<?> element) {
		for (Class<?> nested : element.getDeclaredClasses()) {
			if (nested.getSimpleName().equals("Builder")) {
				return nested;
			}
		}
		throw new IllegalStateException(element + " has no builder");
	}

	private static String tagName(Class<?> element) {
		try {
			Field tag = element.getDeclaredField("TAG");
			return ((Tag) tag.get(null)).name;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(element + " has no TAG", ex);
		}
	}

}
