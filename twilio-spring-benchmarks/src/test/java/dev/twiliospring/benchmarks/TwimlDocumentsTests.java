package dev.twiliospring.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link TwimlDocuments}: both libraries must render equivalent documents, or
 * the TwiML benchmark compares different work.
 */
class TwimlDocumentsTests {

	@ParameterizedTest
	@EnumSource(TwimlDocuments.Kind.class)
	void bothLibrariesRenderEquivalentDocuments(TwimlDocuments.Kind kind) {
		String ours = kind.ours();
		String theirs = kind.twilioJava();
		assertThat(XmlCanonicalizer.canonicalize(ours)).isEqualTo(XmlCanonicalizer.canonicalize(theirs));
		new TwimlBenchmark().checkEquivalence();
	}

	@Test
	void dialDocumentDialsTwentyNumbersAfterSsml() {
		String canonical = XmlCanonicalizer.canonicalize(TwimlDocuments.Kind.DIAL_20_SSML.ours());
		assertThat(canonical.split("<Number ", -1)).hasSize(21);
		assertThat(canonical).contains("<break strength=\"medium\" time=\"500ms\">", "<prosody pitch=\"-2st\"");
	}

	@Test
	void canonicalFormIgnoresAttributeOrderAndSelfClosing() {
		assertThat(XmlCanonicalizer.canonicalize("<Response><Play loop=\"2\" digits=\"1\"/></Response>"))
			.isEqualTo(XmlCanonicalizer
				.canonicalize("<?xml version=\"1.0\"?><Response><Play digits='1' loop='2'></Play></Response>"));
	}

	@Test
	void equivalenceCheckFailsForDifferentText() {
		assertThatIllegalStateException()
			.isThrownBy(() -> XmlCanonicalizer.requireEquivalent("<Response><Say>Hi</Say></Response>",
					"<Response><Say>Hi </Say></Response>"))
			.withMessageContaining("differ");
	}

}
