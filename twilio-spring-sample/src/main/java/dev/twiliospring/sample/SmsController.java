package dev.twiliospring.sample;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.TwimlText;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMS bot behind the number's messaging webhook: answers {@code HELP}, {@code MENU}
 * and {@code TIME}, echoes anything else, and counts the media of an MMS.
 *
 * @since 1.0.0
 */
@RestController
public class SmsController {

	private static final Logger logger = LoggerFactory.getLogger(SmsController.class);

	static final String HELP = "Text MENU for what I can do, TIME for the time, or anything else and I will echo it.";

	static final String MENU = "Commands: HELP, MENU, TIME. Send a picture and I will count it.";

	@TwilioWebhook
	@PostMapping("/twilio/sms")
	public MessagingResponse sms(InboundMessage message) {
		String body = (message.body() != null) ? message.body().trim() : "";
		// Phone numbers and message text are personal data: at INFO only what identifies the message
		logger.info("Incoming message {} with {} characters and {} media", message.messageSid(), body.length(),
				message.media().size());
		logger.debug("Message {} from {}: '{}'", message.messageSid(), message.from(), printable(body));
		String reply = switch (body.toUpperCase(Locale.ROOT)) {
			case "HELP" -> HELP;
			case "MENU" -> MENU;
			case "TIME" -> "It is " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + ".";
			default -> echo(body, message);
		};
		return MessagingResponse.builder().message(reply).build();
	}

	/**
	 * Return the text with its control characters replaced: whoever texts the number
	 * chooses it, and a line break or a terminal escape would forge or hide log lines.
	 */
	static String printable(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			// C0 and C1 controls, and the Unicode line and paragraph separators
			result.append((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') ? '?' : c);
		}
		return result.toString();
	}

	private static String echo(String text, InboundMessage message) {
		// The sender chose the text: control characters or half an emoji would make TwiML fail
		String body = TwimlText.replaceInvalidCharacters(text);
		int media = message.media().size();
		if (media > 0) {
			String items = (media == 1) ? "1 picture" : media + " pictures";
			return body.isEmpty() ? "Thanks for the " + items + "!" : "You said: " + body + " (and sent " + items + ")";
		}
		return body.isEmpty() ? HELP : "You said: " + body;
	}

}
