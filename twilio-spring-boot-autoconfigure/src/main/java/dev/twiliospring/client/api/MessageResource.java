package dev.twiliospring.client.api;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Messages resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/Messages}: send, fetch, list, cancel, redact
 * and delete messages, and report feedback on them.
 * <p>
 * Each call to Twilio (create, fetch, list, update, delete) has a {@code ...WithResponse}
 * variant that also returns the HTTP status, headers and Twilio request id; the shortcuts
 * built on those calls and the paging methods ({@code nextPage}, {@code stream}) do not.
 *
 * @since 1.0.0
 * @see TwilioClient#messages()
 */
public final class MessageResource extends AbstractResource<Message> {

	static final String LIST_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json";

	static final String ITEMS_FIELD = "messages";

	static final String FEEDBACK_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public MessageResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Message.class, "Message SID");
	}

	/**
	 * Send a message.
	 * @param request the message
	 * @return the created message, usually with status {@code queued} or
	 * {@code accepted}
	 */
	public Message create(MessageCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Send a message, keeping status and headers.
	 * @param request the message
	 * @return the response holding the created message
	 */
	public TwilioResponse<Message> createWithResponse(MessageCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch a message.
	 * @param sid the message SID
	 * @return the message
	 */
	public Message fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch a message, keeping status and headers.
	 * @param sid the message SID
	 * @return the response holding the message
	 */
	public TwilioResponse<Message> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of all messages, newest first.
	 * @return the first page
	 */
	public Page<Message> list() {
		return list(MessageListRequest.all());
	}

	/**
	 * Fetch the first page of the matching messages, newest first.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Message> list(MessageListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching messages, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Message>> listWithResponse(MessageListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of messages
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Message>> nextPage(Page<Message> page) {
		return doNextPage(page);
	}

	/**
	 * Stream all messages lazily, newest first, fetching pages as they are consumed.
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Message> stream() {
		return stream(MessageListRequest.all());
	}

	/**
	 * Stream the matching messages lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Message> stream(MessageListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update a message.
	 * @param sid the message SID
	 * @param request the change
	 * @return the updated message
	 */
	public Message update(String sid, MessageUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update a message, keeping status and headers.
	 * @param sid the message SID
	 * @param request the change
	 * @return the response holding the updated message
	 */
	public TwilioResponse<Message> updateWithResponse(String sid, MessageUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Cancel a scheduled message.
	 * @param sid the message SID
	 * @return the canceled message
	 */
	public Message cancel(String sid) {
		return update(sid, MessageUpdateRequest.cancel());
	}

	/**
	 * Redact the body of a message.
	 * @param sid the message SID
	 * @return the redacted message
	 */
	public Message redact(String sid) {
		return update(sid, MessageUpdateRequest.redact());
	}

	/**
	 * Report whether the recipient of a message performed the action it asked for, such
	 * as entering a one-time code, for a message sent with
	 * {@link MessageCreateRequest.Builder#provideFeedback(boolean) provideFeedback(true)}.
	 * @param sid the message SID
	 * @param outcome {@link MessageFeedback.Outcome#CONFIRMED confirmed} once the
	 * recipient performed the action
	 * @return the feedback
	 */
	public MessageFeedback feedback(String sid, MessageFeedback.Outcome outcome) {
		return feedbackWithResponse(sid, outcome).body();
	}

	/**
	 * Report the outcome of a message, keeping status and headers.
	 * @param sid the message SID
	 * @param outcome the outcome
	 * @return the response holding the feedback
	 * @see #feedback(String, MessageFeedback.Outcome)
	 */
	public TwilioResponse<MessageFeedback> feedbackWithResponse(String sid, MessageFeedback.Outcome outcome) {
		Assert.hasText(sid, "Message SID must not be empty");
		Assert.notNull(outcome, "Outcome must not be null");
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, FEEDBACK_PATH)
			.pathVariable("MessageSid", sid)
			.params(parameter("Outcome", outcome))
			.build();
		return client().executeForResponse(request, MessageFeedback.class);
	}

	/**
	 * Delete a message from the account's logs.
	 * @param sid the message SID
	 */
	public void delete(String sid) {
		deleteWithResponse(sid);
	}

	/**
	 * Delete a message, keeping status and headers.
	 * @param sid the message SID
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> deleteWithResponse(String sid) {
		return doDelete(sid);
	}

	/**
	 * Return the Media sub-resource, the media files of messages.
	 * @return the media resource
	 */
	public MediaResource media() {
		return new MediaResource(client());
	}

}
