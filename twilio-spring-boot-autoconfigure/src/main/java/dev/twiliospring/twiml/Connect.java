package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Connect>} verb: connects the call to a video room, a media stream, a
 * conversation or an AI agent.
 *
 * @since 1.0.0
 */
public final class Connect extends TwimlElement {

	static final Tag TAG = new Tag("Connect");

	private Connect(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Connect>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Connect}.
	 */
	public static final class Builder extends TwimlBuilder<Builder, Connect> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the connected session
		 * ends; its TwiML continues the call.
		 * @param action the URL that Twilio requests when the connected session ends
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the connected session
		 * ends; its TwiML continues the call.
		 * @param action the URL that Twilio requests when the connected session ends
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Add a {@code <Room>} to join.
		 * @param name the name of the room
		 * @return this builder
		 */
		public Builder room(String name) {
			return addElement(Room.TAG, name);
		}

		/**
		 * Add a {@code <Room>}.
		 * @param room the element
		 * @return this builder
		 */
		public Builder room(Room room) {
			return add(room);
		}

		/**
		 * Add a {@code <Room>}.
		 * @param room the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder room(Room.Builder room) {
			return add(room);
		}

		/**
		 * Add an {@code <Autopilot>} assistant.
		 * @param assistant the SID or unique name of the assistant
		 * @return this builder
		 */
		public Builder autopilot(String assistant) {
			return addElement(Autopilot.TAG, assistant);
		}

		/**
		 * Add an {@code <Autopilot>}.
		 * @param autopilot the element
		 * @return this builder
		 */
		public Builder autopilot(Autopilot autopilot) {
			return add(autopilot);
		}

		/**
		 * Add an {@code <Autopilot>}.
		 * @param autopilot the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder autopilot(Autopilot.Builder autopilot) {
			return add(autopilot);
		}

		/**
		 * Add a {@code <Stream>}.
		 * @param stream the element
		 * @return this builder
		 */
		public Builder stream(Stream stream) {
			return add(stream);
		}

		/**
		 * Add a {@code <Stream>}.
		 * @param stream the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder stream(Stream.Builder stream) {
			return add(stream);
		}

		/**
		 * Add a {@code <VirtualAgent>}.
		 * @param virtualAgent the element
		 * @return this builder
		 */
		public Builder virtualAgent(VirtualAgent virtualAgent) {
			return add(virtualAgent);
		}

		/**
		 * Add a {@code <VirtualAgent>}.
		 * @param virtualAgent the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder virtualAgent(VirtualAgent.Builder virtualAgent) {
			return add(virtualAgent);
		}

		/**
		 * Add a {@code <Conversation>}.
		 * @param conversation the element
		 * @return this builder
		 */
		public Builder conversation(Conversation conversation) {
			return add(conversation);
		}

		/**
		 * Add a {@code <Conversation>}.
		 * @param conversation the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder conversation(Conversation.Builder conversation) {
			return add(conversation);
		}

		/**
		 * Add a {@code <ConversationRelay>}.
		 * @param conversationRelay the element
		 * @return this builder
		 */
		public Builder conversationRelay(ConversationRelay conversationRelay) {
			return add(conversationRelay);
		}

		/**
		 * Add a {@code <ConversationRelay>}.
		 * @param conversationRelay the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder conversationRelay(ConversationRelay.Builder conversationRelay) {
			return add(conversationRelay);
		}

		/**
		 * Add an {@code <Assistant>}.
		 * @param assistant the element
		 * @return this builder
		 */
		public Builder assistant(Assistant assistant) {
			return add(assistant);
		}

		/**
		 * Add an {@code <Assistant>}.
		 * @param assistant the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder assistant(Assistant.Builder assistant) {
			return add(assistant);
		}

		/**
		 * Add an {@code <AiSession>}.
		 * @param aiSession the element
		 * @return this builder
		 */
		public Builder aiSession(AiSession aiSession) {
			return add(aiSession);
		}

		/**
		 * Add an {@code <AiSession>}.
		 * @param aiSession the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder aiSession(AiSession.Builder aiSession) {
			return add(aiSession);
		}

		/**
		 * Add a {@code <ConversationRelaySession>}.
		 * @param conversationRelaySession the element
		 * @return this builder
		 */
		public Builder conversationRelaySession(ConversationRelaySession conversationRelaySession) {
			return add(conversationRelaySession);
		}

		/**
		 * Add a {@code <ConversationRelaySession>}.
		 * @param conversationRelaySession the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder conversationRelaySession(ConversationRelaySession.Builder conversationRelaySession) {
			return add(conversationRelaySession);
		}

		@Override
		public Connect build() {
			return new Connect(compile());
		}

	}

}
