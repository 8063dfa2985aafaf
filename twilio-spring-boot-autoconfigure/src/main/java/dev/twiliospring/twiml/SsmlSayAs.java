package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The SSML {@code <say-as>} element: tells the voice how to read words, such as digit by
 * digit or as a date.
 *
 * @since 1.0.0
 */
public final class SsmlSayAs extends TwimlElement {

	static final Tag TAG = new Tag("say-as");

	private SsmlSayAs(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <say-as>} that speaks the given text. More text and SSML
	 * elements can follow.
	 * @param text the text to speak
	 * @return a new builder
	 */
	public static Builder text(String text) {
		return new Builder().text(text);
	}

	/**
	 * How {@code <say-as>} reads its words.
	 */
	public enum InterpretAs implements WireValue {

		/**
		 * Letter by letter.
		 */
		CHARACTERS("characters"),

		/**
		 * Letter by letter.
		 */
		SPELL_OUT("spell-out"),

		/**
		 * As a cardinal number.
		 */
		CARDINAL("cardinal"),

		/**
		 * As a cardinal number.
		 */
		NUMBER("number"),

		/**
		 * As an ordinal number.
		 */
		ORDINAL("ordinal"),

		/**
		 * Digit by digit.
		 */
		DIGITS("digits"),

		/**
		 * As a fraction.
		 */
		FRACTION("fraction"),

		/**
		 * As a measurement with its unit.
		 */
		UNIT("unit"),

		/**
		 * As a date.
		 */
		DATE("date"),

		/**
		 * As a duration.
		 */
		TIME("time"),

		/**
		 * As a street address.
		 */
		ADDRESS("address"),

		/**
		 * Bleeped out.
		 */
		EXPLETIVE("expletive"),

		/**
		 * As a telephone number.
		 */
		TELEPHONE("telephone");

		private final String value;

		InterpretAs(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Order of the parts of a date read by {@code <say-as>}.
	 */
	public enum Format implements WireValue {

		/**
		 * Month, day, year.
		 */
		MDY("mdy"),

		/**
		 * Day, month, year.
		 */
		DMY("dmy"),

		/**
		 * Year, month, day.
		 */
		YMD("ymd"),

		/**
		 * Month, day.
		 */
		MD("md"),

		/**
		 * Day, month.
		 */
		DM("dm"),

		/**
		 * Year, month.
		 */
		YM("ym"),

		/**
		 * Month, year.
		 */
		MY("my"),

		/**
		 * Day.
		 */
		D("d"),

		/**
		 * Month.
		 */
		M("m"),

		/**
		 * Year.
		 */
		Y("y"),

		/**
		 * Year, month, day, with unknown parts as question marks.
		 */
		YYYYMMDD("yyyymmdd");

		private final String value;

		Format(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link SsmlSayAs}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, SsmlSayAs> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code interpret-as}: how the words are read.
		 * @param interpretAs how the words are read
		 * @return this builder
		 */
		public Builder interpretAs(@Nullable InterpretAs interpretAs) {
			return set(Attr.INTERPRET_AS, interpretAs);
		}

		/**
		 * Set {@code format}: the order of the parts of a date, when the words are read
		 * as a date.
		 * @param format the order of the parts of a date, when the words are read as a
		 * date
		 * @return this builder
		 */
		public Builder format(@Nullable Format format) {
			return set(Attr.FORMAT, format);
		}

		@Override
		public SsmlSayAs build() {
			return new SsmlSayAs(compile());
		}

	}

}
