package dev.twiliospring.client.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * A Recording resource: the recording of a call or conference, as the account's
 * {@link RecordingResource recordings} and a conference's
 * {@link ConferenceRecordingResource recordings} return it. The audio itself is at
 * {@link RecordingResource#mediaUrl(Recording, RecordingFormat)}.
 *
 * @param accountSid the SID of the account that owns the recording
 * @param apiVersion the API version used for the recording
 * @param callSid the SID of the call the recording belongs to; for a conference, the
 * call that started the recording
 * @param conferenceSid the SID of the conference, for a conference recording
 * @param dateCreated when the recording resource was created
 * @param dateUpdated when the recording resource was last updated
 * @param startTime when the recording started
 * @param duration the length of the recording in seconds
 * @param sid the recording SID ({@code RE} followed by 32 hex characters)
 * @param price the one-time cost of the recording, negative for a charge; {@code null}
 * until known
 * @param priceUnit the currency of the price, such as {@code USD}
 * @param status the status
 * @param channels the number of channels of the recording
 * @param source what started the recording
 * @param errorCode the Twilio error code that explains an {@code absent} recording
 * @param uri the URI of the resource, relative to the API host
 * @param encryptionDetails how to decrypt a recording made with Call Recording
 * Encryption, such as {@code encryption_public_key_sid}, {@code encryption_cek} and
 * {@code encryption_iv}; {@code null} for unencrypted recordings
 * @param subresourceUris the URIs of the sub-resources, such as {@code transcriptions};
 * {@code null} from a conference's recordings, which do not have it
 * @param mediaUrl the URL of the media file as Twilio reports it; for recordings stored
 * externally, the full URL of the file; {@code null} from a conference's recordings,
 * which do not have it
 * @since 1.0.0
 */
public record Recording(@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("api_version") @Nullable String apiVersion,
		@JsonProperty("call_sid") @Nullable String callSid,
		@JsonProperty("conference_sid") @Nullable String conferenceSid,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("start_time") @Nullable OffsetDateTime startTime,
		@JsonProperty("duration") @Nullable Integer duration, @JsonProperty("sid") @Nullable String sid,
		@JsonProperty("price") @Nullable BigDecimal price, @JsonProperty("price_unit") @Nullable String priceUnit,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("channels") @Nullable Integer channels,
		@JsonProperty("source") @Nullable Source source, @JsonProperty("error_code") @Nullable Integer errorCode,
		@JsonProperty("uri") @Nullable String uri,
		@JsonProperty("encryption_details") @Nullable Map<String, @Nullable Object> encryptionDetails,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris,
		@JsonProperty("media_url") @Nullable String mediaUrl) {

	/**
	 * Status of a recording. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** Recording. */
		IN_PROGRESS,

		/** Paused. */
		PAUSED,

		/** Stopped, not yet processed. */
		STOPPED,

		/** Being processed into a media file. */
		PROCESSING,

		/** The media file is available. */
		COMPLETED,

		/** Too short or silent, so no media file was kept. */
		ABSENT,

		/** Could not be recorded or processed; only reported to status callbacks. */
		FAILED,

		/** Deleted; only listed when soft-deleted recordings are requested. */
		DELETED,

		/** A status this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code completed}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * What Twilio keeps of the time a recording is paused ({@code PauseBehavior}).
	 *
	 * @see ConferenceRecordingResource#pause(String, PauseBehavior)
	 */
	public enum PauseBehavior {

		/** Leave the pause out of the recording. */
		SKIP,

		/** Record silence for the pause; Twilio's default. */
		SILENCE;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * What started a recording. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Source implements TwilioEnum {

		/** The {@code record} attribute of a {@code <Dial>} verb. */
		DIAL_VERB("DialVerb"),

		/** The recording of a conference. */
		CONFERENCE("Conference"),

		/** The {@code Record} parameter of a call placed through the REST API. */
		OUTBOUND_API("OutboundAPI"),

		/** A SIP trunk with recording enabled. */
		TRUNKING("Trunking"),

		/** A {@code <Record>} verb. */
		RECORD_VERB("RecordVerb"),

		/** A request to the call's Recordings resource. */
		START_CALL_RECORDING_API("StartCallRecordingAPI"),

		/** A request to the conference's Recordings resource. */
		START_CONFERENCE_RECORDING_API("StartConferenceRecordingAPI"),

		/** A source this version of the client does not know. */
		UNKNOWN("unknown");

		private final String value;

		Source(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the source with the given Twilio value.
		 * @param value the Twilio value, such as {@code RecordVerb}
		 * @return the source, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Source from(String value) {
			return TwilioEnums.from(Source.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
