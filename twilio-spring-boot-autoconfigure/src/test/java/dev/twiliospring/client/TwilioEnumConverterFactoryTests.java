package dev.twiliospring.client;

import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.verify.VerificationChannel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.DefaultConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioEnumConverterFactory}.
 */
class TwilioEnumConverterFactoryTests {

	private final DefaultConversionService conversionService = conversionService();

	@Test
	void convertsValuesAsTwilioWritesThem() {
		assertThat(this.conversionService.convert("in-progress", Call.Status.class)).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(this.conversionService.convert("no-answer", Call.Status.class)).isEqualTo(Call.Status.NO_ANSWER);
		assertThat(this.conversionService.convert("machine_end_beep", Call.AnsweredBy.class))
			.isEqualTo(Call.AnsweredBy.MACHINE_END_BEEP);
		assertThat(this.conversionService.convert("partially_delivered", Message.Status.class))
			.isEqualTo(Message.Status.PARTIALLY_DELIVERED);
		assertThat(this.conversionService.convert("outbound-api", Message.Direction.class))
			.isEqualTo(Message.Direction.OUTBOUND_API);
	}

	@Test
	void convertsValuesIgnoringCaseAndSurroundingBlanks() {
		assertThat(this.conversionService.convert(" Delivered ", Message.Status.class))
			.isEqualTo(Message.Status.DELIVERED);
		assertThat(this.conversionService.convert("IN-PROGRESS", Call.Status.class)).isEqualTo(Call.Status.IN_PROGRESS);
	}

	@Test
	void convertsNameOfConstantAsSpringDoes() {
		assertThat(this.conversionService.convert("IN_PROGRESS", Call.Status.class)).isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(this.conversionService.convert("PARTIALLY_DELIVERED", Message.Status.class))
			.isEqualTo(Message.Status.PARTIALLY_DELIVERED);
	}

	@Test
	void convertsUnknownValueToUnknownConstant() {
		assertThat(this.conversionService.convert("answered-by-robot", Call.Status.class))
			.isEqualTo(Call.Status.UNKNOWN);
		assertThat(this.conversionService.convert("carrier_pigeon", VerificationChannel.class))
			.isEqualTo(VerificationChannel.UNKNOWN);
	}

	@Test
	void convertsAsTheClientReadsJson() {
		JsonMapper mapper = TwilioJson.createMapper();
		for (String text : new String[] { "in-progress", "IN_PROGRESS", "In-Progress", "in_progress", "on-the-moon",
				" no-answer " }) {
			assertThat(this.conversionService.convert(text, Call.Status.class))
				.isSameAs(mapper.readValue("\"" + text + "\"", Call.Status.class));
		}
		assertThat(this.conversionService.convert("In-Progress", Call.Status.class))
			.isEqualTo(Call.Status.IN_PROGRESS);
		assertThat(this.conversionService.convert("in_progress", Call.Status.class)).isEqualTo(Call.Status.UNKNOWN);
	}

	@Test
	void convertsEmptyTextToNull() {
		assertThat(this.conversionService.convert("", Call.Status.class)).isNull();
		assertThat(this.conversionService.convert("  ", Call.Status.class)).isNull();
	}

	@Test
	void refusesUnknownValueOfEnumWithoutUnknownConstant() {
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversionService.convert("purple", Shade.class))
			.havingRootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.withMessage("'purple' is not a value of " + Shade.class.getName() + "; expected one of light-grey, dark");
		assertThat(this.conversionService.convert("light-grey", Shade.class)).isEqualTo(Shade.LIGHT_GREY);
	}

	@Test
	void leavesOtherEnumsToSpring() {
		assertThat(this.conversionService.convert("LIGHT_GREY", Colour.class)).isEqualTo(Colour.LIGHT_GREY);
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversionService.convert("light-grey", Colour.class));
	}

	@Test
	void comesAfterConverterForOneOfTheEnums() {
		this.conversionService.addConverter(String.class, Call.Status.class, (source) -> Call.Status.BUSY);
		assertThat(this.conversionService.convert("in-progress", Call.Status.class)).isEqualTo(Call.Status.BUSY);
		assertThat(this.conversionService.convert("in-progress", Call.Direction.class))
			.isEqualTo(Call.Direction.UNKNOWN);
	}

	@Test
	void comesBeforeConverterForAllEnums() {
		Converter<String, Enum<?>> allEnums = (source) -> {
			throw new IllegalStateException("Not for Twilio's enums");
		};
		this.conversionService.addConverter(String.class, Enum.class, allEnums);
		assertThat(this.conversionService.convert("in-progress", Call.Status.class)).isEqualTo(Call.Status.IN_PROGRESS);
	}

	@Test
	void convertsToEnumWhoseConstantsHaveBodies() {
		assertThat(this.conversionService.convert("on-hold", Tone.class)).isEqualTo(Tone.ON_HOLD);
		assertThat(this.conversionService.convert("RINGING", Tone.class)).isEqualTo(Tone.RINGING);
		assertThat(this.conversionService.convert("", Tone.class)).isNull();
	}

	private static DefaultConversionService conversionService() {
		DefaultConversionService conversionService = new DefaultConversionService();
		conversionService.addConverterFactory(new TwilioEnumConverterFactory());
		return conversionService;
	}

	enum Shade implements TwilioEnum {

		LIGHT_GREY, DARK

	}

	enum Tone implements TwilioEnum {

		RINGING {
			@Override
			String sound() {
				return "ring";
			}
		},

		ON_HOLD {
			@Override
			String sound() {
				return "music";
			}
		};

		abstract String sound();

	}

	enum Colour {

		LIGHT_GREY

	}

}
