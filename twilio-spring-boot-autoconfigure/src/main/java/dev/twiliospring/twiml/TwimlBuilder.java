package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Base class for the builders of TwiML documents and elements. Values are validated and
 * escaped as they are set, so a bad value fails at the call that supplied it, and
 * {@link #build()} only has to copy bytes.
 * <p>
 * Attributes are written in alphabetical order, as Twilio's own libraries write them;
 * setting an attribute again replaces its value and setting it to {@code null} removes
 * it. Child elements and text are written in the order they were added. A builder may
 * be changed and built again after {@link #build()}: what was built does not change.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class TwimlBuilder<B extends TwimlBuilder<B, T>, T> {

	private static final byte[] TRUE = Xml.ascii("true");

	private static final byte[] FALSE = Xml.ascii("false");

	private static final byte[] QUOTE = Xml.ascii("\"");

	private static final byte[] EMPTY_END = Xml.ascii("/>");

	private static final byte[] END = Xml.ascii(">");

	private static final Attr[] NO_NAMES = {};

	private static final byte[][] NO_BYTES = {};

	final Tag tag;

	private Attr[] names = NO_NAMES;

	private byte[][] values = NO_BYTES;

	private int attributeCount;

	private byte[][] content = NO_BYTES;

	private int contentCount;

	TwimlBuilder(Tag tag) {
		this.tag = tag;
	}

	/**
	 * Set any attribute, including ones that this library has no method for.
	 * @param name the XML attribute name, exactly as Twilio documents it
	 * @param value the value, or {@code null} to remove the attribute
	 * @return this builder
	 * @throws TwimlException if the name is not a valid XML name without a namespace
	 * prefix (other than {@code xml:}, as in {@code xml:lang}), or the value holds a
	 * character that XML cannot carry
	 */
	public B attribute(String name, @Nullable String value) {
		Objects.requireNonNull(name, "'name' must not be null");
		if (!Xml.isAttributeName(name)) {
			throw new TwimlException("'" + name + "' is not a valid TwiML attribute name for " + this.tag
					+ "; use a name such as 'statusCallback' made of letters, digits, '-', '_' or '.', "
					+ "with no namespace prefix other than 'xml:'");
		}
		return set(Attr.of(name), value);
	}

	/**
	 * Build the immutable result.
	 * @return the result
	 */
	public abstract T build();

	final B set(Attr attribute, @Nullable String value) {
		return (value != null) ? put(attribute, Xml.attribute(value, this.tag, attribute.name)) : remove(attribute);
	}

	final B set(Attr attribute, @Nullable URI value) {
		return set(attribute, (value != null) ? value.toString() : null);
	}

	/**
	 * Set a count, a number of seconds or milliseconds, or a priority: no whole-number
	 * attribute of TwiML takes a negative value.
	 */
	final B set(Attr attribute, int value) {
		requireNotNegative(attribute, value);
		return put(attribute, Xml.ascii(Integer.toString(value)));
	}

	/**
	 * Set a count or a number of seconds that Twilio documents as a positive integer:
	 * it answers {@code 0} with a warning and ignores the value.
	 */
	final B setPositive(Attr attribute, int value) {
		requireNotNegative(attribute, value);
		if (value == 0) {
			throw zero(attribute, value);
		}
		return set(attribute, value);
	}

	final B set(Attr attribute, boolean value) {
		return put(attribute, value ? TRUE : FALSE);
	}

	final B set(Attr attribute, @Nullable WireValue value) {
		return (value != null) ? put(attribute, Xml.ascii(value.value())) : remove(attribute);
	}

	final B setAll(Attr attribute, WireValue @Nullable [] items) {
		if (items == null) {
			return remove(attribute);
		}
		requireValues(attribute, items.length);
		StringBuilder joined = new StringBuilder();
		for (WireValue value : items) {
			if (value == null) {
				throw new NullPointerException("'" + attribute.name + "' values must not be null");
			}
			joined.append((joined.length() > 0) ? " " : "").append(value.value());
		}
		return put(attribute, Xml.ascii(joined.toString()));
	}

	final B setAll(Attr attribute, int @Nullable [] items) {
		if (items == null) {
			return remove(attribute);
		}
		requireValues(attribute, items.length);
		StringBuilder joined = new StringBuilder();
		for (int value : items) {
			requireNotNegative(attribute, value);
			joined.append((joined.length() > 0) ? " " : "").append(value);
		}
		return put(attribute, Xml.ascii(joined.toString()));
	}

	final B setAllPositive(Attr attribute, int @Nullable [] items) {
		if (items == null) {
			return remove(attribute);
		}
		for (int value : items) {
			requireNotNegative(attribute, value);
			if (value == 0) {
				throw zero(attribute, value);
			}
		}
		return setAll(attribute, items);
	}

	/**
	 * Set a number of seconds that Twilio documents as a positive integer.
	 */
	final B setPositiveSeconds(Attr attribute, @Nullable Duration value) {
		if (value != null && value.isZero()) {
			throw zero(attribute, value);
		}
		return setSeconds(attribute, value);
	}

	final B setSeconds(Attr attribute, @Nullable Duration value) {
		if (value == null) {
			return remove(attribute);
		}
		requireNotNegative(attribute, value);
		if (value.getNano() != 0) {
			throw new TwimlException("Attribute '" + attribute.name + "' of " + this.tag
					+ " is a whole number of seconds, but " + value + " is not");
		}
		requireIntegerRange(attribute, value, Duration.ofSeconds(Integer.MAX_VALUE), "seconds");
		return put(attribute, Xml.ascii(Long.toString(value.getSeconds())));
	}

	final B setMillis(Attr attribute, @Nullable Duration value) {
		return setMillis(attribute, value, "");
	}

	final B setMillis(Attr attribute, @Nullable Duration value, String unit) {
		if (value == null) {
			return remove(attribute);
		}
		requireNotNegative(attribute, value);
		if (value.getNano() % 1_000_000 != 0) {
			throw new TwimlException("Attribute '" + attribute.name + "' of " + this.tag
					+ " is a whole number of milliseconds, but " + value + " is not");
		}
		requireIntegerRange(attribute, value, Duration.ofMillis(Integer.MAX_VALUE), "milliseconds");
		return put(attribute, Xml.ascii(value.toMillis() + unit));
	}

	/**
	 * Check that a duration fits the integer that Twilio reads from the attribute.
	 */
	private void requireIntegerRange(Attr attribute, Duration value, Duration max, String unit) {
		if (value.compareTo(max) > 0) {
			throw new TwimlException("Attribute '" + attribute.name + "' of " + this.tag + " is an integer number of "
					+ unit + ", at most " + Integer.MAX_VALUE + ", but " + value + " is more");
		}
	}

	/**
	 * Append text content after whatever content has already been added.
	 * @param text the text
	 * @return this builder
	 */
	final B addText(String text) {
		if (text == null) {
			throw new NullPointerException("Text of " + this.tag + " must not be null");
		}
		return add(Xml.text(text, this.tag));
	}

	/**
	 * Add a child element that has text and nothing else, without going through its
	 * builder.
	 * @param tag the child element
	 * @param text the text of the child
	 * @return this builder
	 */
	final B addElement(Tag tag, String text) {
		if (text == null) {
			throw new NullPointerException("Text of " + tag + " must not be null");
		}
		byte[] content = Xml.text(text, tag);
		byte[] xml = new byte[tag.open.length + END.length + content.length + tag.close.length];
		int pos = copy(tag.open, xml, 0);
		pos = copy(END, xml, pos);
		pos = copy(content, xml, pos);
		copy(tag.close, xml, pos);
		return add(xml);
	}

	final B add(TwimlElement element) {
		if (element == null) {
			throw new NullPointerException("Elements added to " + this.tag + " must not be null");
		}
		return add(element.xml);
	}

	final B add(TwimlBuilder<?, ? extends TwimlElement> builder) {
		if (builder == null) {
			throw new NullPointerException("Elements added to " + this.tag + " must not be null");
		}
		return add(builder.build());
	}

	/**
	 * Encode the element: start tag with attributes, content, end tag.
	 * @return the UTF-8 bytes of the element
	 */
	final byte[] compile() {
		return compile(null);
	}

	/**
	 * Encode the element after a prologue, such as an XML declaration, into a single
	 * exactly sized array.
	 * @param prologue bytes to write first, or {@code null}
	 * @return the UTF-8 bytes
	 */
	final byte[] compile(byte @Nullable [] prologue) {
		int length = ((prologue != null) ? prologue.length : 0) + this.tag.open.length;
		for (int i = 0; i < this.attributeCount; i++) {
			length += this.names[i].prefix.length + this.values[i].length + 1;
		}
		if (this.contentCount == 0) {
			length += EMPTY_END.length;
		}
		else {
			length += END.length + this.tag.close.length;
			for (int i = 0; i < this.contentCount; i++) {
				length += this.content[i].length;
			}
		}
		byte[] xml = new byte[length];
		int pos = (prologue != null) ? copy(prologue, xml, 0) : 0;
		pos = copy(this.tag.open, xml, pos);
		for (int i = 0; i < this.attributeCount; i++) {
			pos = copy(this.names[i].prefix, xml, pos);
			pos = copy(this.values[i], xml, pos);
			pos = copy(QUOTE, xml, pos);
		}
		if (this.contentCount == 0) {
			copy(EMPTY_END, xml, pos);
			return xml;
		}
		pos = copy(END, xml, pos);
		for (int i = 0; i < this.contentCount; i++) {
			pos = copy(this.content[i], xml, pos);
		}
		copy(this.tag.close, xml, pos);
		return xml;
	}

	private static int copy(byte[] source, byte[] target, int pos) {
		System.arraycopy(source, 0, target, pos, source.length);
		return pos + source.length;
	}

	private B add(byte[] xml) {
		if (this.contentCount == this.content.length) {
			this.content = Arrays.copyOf(this.content, Math.max(4, this.contentCount * 2));
		}
		this.content[this.contentCount++] = xml;
		return self();
	}

	/**
	 * Insert or replace an attribute, keeping the attributes sorted by name so that
	 * {@link #compile} never sorts.
	 */
	private B put(Attr attribute, byte[] value) {
		int i = 0;
		while (i < this.attributeCount) {
			int order = (this.names[i] == attribute) ? 0 : this.names[i].name.compareTo(attribute.name);
			if (order == 0) {
				this.values[i] = value;
				return self();
			}
			if (order > 0) {
				break;
			}
			i++;
		}
		if (this.attributeCount == this.names.length) {
			int capacity = Math.max(4, this.attributeCount * 2);
			this.names = Arrays.copyOf(this.names, capacity);
			this.values = Arrays.copyOf(this.values, capacity);
		}
		System.arraycopy(this.names, i, this.names, i + 1, this.attributeCount - i);
		System.arraycopy(this.values, i, this.values, i + 1, this.attributeCount - i);
		this.names[i] = attribute;
		this.values[i] = value;
		this.attributeCount++;
		return self();
	}

	private B remove(Attr attribute) {
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.names[i].name.equals(attribute.name)) {
				System.arraycopy(this.names, i + 1, this.names, i, this.attributeCount - i - 1);
				System.arraycopy(this.values, i + 1, this.values, i, this.attributeCount - i - 1);
				this.attributeCount--;
				break;
			}
		}
		return self();
	}

	private void requireValues(Attr attribute, int count) {
		if (count == 0) {
			throw new TwimlException(
					"Attribute '" + attribute.name + "' of " + this.tag + " needs at least one value");
		}
	}

	private void requireNotNegative(Attr attribute, Duration value) {
		if (value.isNegative()) {
			throw negative(attribute, value);
		}
	}

	private void requireNotNegative(Attr attribute, int value) {
		if (value < 0) {
			throw negative(attribute, value);
		}
	}

	private TwimlException negative(Attr attribute, Object value) {
		return new TwimlException(
				"Attribute '" + attribute.name + "' of " + this.tag + " must not be negative, but was " + value);
	}

	private TwimlException zero(Attr attribute, Object value) {
		return new TwimlException("Attribute '" + attribute.name + "' of " + this.tag
				+ " must be at least 1, but was " + value + "; Twilio accepts only positive numbers here");
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
