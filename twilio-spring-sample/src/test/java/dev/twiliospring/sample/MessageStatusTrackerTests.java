package dev.twiliospring.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.twiliospring.sample.MessageStatusTracker.TrackedMessage;
import dev.twiliospring.webhook.MessageStatusCallback;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessageStatusTracker}.
 */
class MessageStatusTrackerTests {

	private static final String SID = "SM0123456789abcdef0123456789abcdef";

	private final MessageStatusTracker tracker = new MessageStatusTracker();

	@Test
	void statusCallbackThatArrivesLateDoesNotTakeTheMessageBack() {
		this.tracker.sent(SID, "+14155550100", "queued");
		this.tracker.onMessageStatus(event("delivered"));
		this.tracker.onMessageStatus(event("sent"));
		TrackedMessage message = this.tracker.find(SID).orElseThrow();
		assertThat(message.status()).isEqualTo("delivered");
		assertThat(message.history()).containsExactly("queued", "sent", "delivered");
	}

	@Test
	void statusOfTheCreateResponseStaysInTheHistoryWhenCallbacksOvertakeIt() {
		// Twilio posts no callback for the status a message is created with
		this.tracker.onMessageStatus(event("sent"));
		this.tracker.onMessageStatus(event("delivered"));
		this.tracker.sent(SID, "+14155550100", "queued");
		TrackedMessage message = this.tracker.find(SID).orElseThrow();
		assertThat(message.status()).isEqualTo("delivered");
		assertThat(message.history()).containsExactly("queued", "sent", "delivered");
	}

	@Test
	void readReceiptIsNotReplacedByALateDeliveryReceipt() {
		this.tracker.sent(SID, "+14155550100", "queued");
		this.tracker.onMessageStatus(event("read"));
		this.tracker.onMessageStatus(event("delivered"));
		assertThat(this.tracker.find(SID).orElseThrow().status()).isEqualTo("read");
	}

	@Test
	void failureKeepsItsErrorCodeWhenAnEarlierStatusArrivesAfterIt() {
		this.tracker.sent(SID, "+14155550100", "queued");
		this.tracker.onMessageStatus(event("undelivered", "ErrorCode", "30003"));
		this.tracker.onMessageStatus(event("sent"));
		TrackedMessage message = this.tracker.find(SID).orElseThrow();
		assertThat(message.status()).isEqualTo("undelivered");
		assertThat(message.errorCode()).isEqualTo(30003);
	}

	@Test
	void repeatedCallbackIsRecordedOnce() {
		this.tracker.sent(SID, "+14155550100", "queued");
		this.tracker.onMessageStatus(event("sent"));
		this.tracker.onMessageStatus(event("sent"));
		assertThat(this.tracker.find(SID).orElseThrow().history()).containsExactly("queued", "sent");
	}

	@Test
	void statusThatTwilioAddsLaterIsShownAsTwilioWroteIt() {
		this.tracker.sent(SID, "+14155550100", "queued");
		this.tracker.onMessageStatus(event("sent"));
		this.tracker.onMessageStatus(event("delivered_to_handset"));
		TrackedMessage message = this.tracker.find(SID).orElseThrow();
		assertThat(message.status()).isEqualTo("delivered_to_handset");
		assertThat(message.history()).containsExactly("queued", "sent", "delivered_to_handset");
		this.tracker.onMessageStatus(event("delivered"));
		assertThat(this.tracker.find(SID).orElseThrow().status()).isEqualTo("delivered");
	}

	private static MessageStatusEvent event(String status, String... more) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("MessageSid", List.of(SID));
		params.put("SmsSid", List.of(SID));
		params.put("MessageStatus", List.of(status));
		params.put("SmsStatus", List.of(status));
		params.put("To", List.of("+14155550100"));
		for (int i = 0; i < more.length; i += 2) {
			params.put(more[i], List.of(more[i + 1]));
		}
		return new MessageStatusEvent(MessageStatusCallback.from(WebhookParameters.of(params)));
	}

}
