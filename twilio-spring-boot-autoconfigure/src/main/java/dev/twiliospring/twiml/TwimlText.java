package dev.twiliospring.twiml;

/**
 * Makes text from outside the application, such as the body of an incoming message, safe
 * to put into TwiML.
 * <p>
 * The builders reject a character that XML 1.0 cannot carry with a
 * {@link TwimlException}, so that a mistake in the application's own text does not go
 * unnoticed. Text that a caller or sender chose, and that the application echoes, can
 * hold such characters legitimately: control characters, or half of an emoji that was
 * cut in two. Pass it through {@link #replaceInvalidCharacters(String)} first.
 *
 * @since 1.0.0
 */
public final class TwimlText {

	private TwimlText() {
	}

	/**
	 * Replace each character that XML 1.0 cannot carry with the replacement character
	 * U+FFFD: the C0 control characters other than tab, line feed and carriage return,
	 * U+FFFE, U+FFFF and unpaired surrogates. Surrogate pairs, such as emoji, are kept.
	 * @param text the text
	 * @return the text with the replacements, or {@code text} itself if it needs none
	 */
	public static String replaceInvalidCharacters(String text) {
		if (text == null) {
			throw new NullPointerException("Text must not be null");
		}
		return Xml.replaceInvalid(text);
	}

}
