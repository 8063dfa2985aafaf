package dev.twiliospring.client.api;

import org.springframework.http.MediaType;

/**
 * Audio format in which Twilio serves a recording's media file.
 *
 * @since 1.0.0
 * @see RecordingResource#mediaUrl(String, RecordingFormat)
 */
public enum RecordingFormat {

	/** MP3, compressed ({@code .mp3}). */
	MP3(".mp3", MediaType.parseMediaType("audio/mpeg")),

	/** WAV, uncompressed ({@code .wav}). */
	WAV(".wav", MediaType.parseMediaType("audio/x-wav"));

	private final String extension;

	private final MediaType mediaType;

	RecordingFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/**
	 * Return the file extension that selects this format.
	 * @return the extension, such as {@code .mp3}
	 */
	public String extension() {
		return this.extension;
	}

	/**
	 * Return the media type of the file.
	 * @return the media type, such as {@code audio/mpeg}
	 */
	public MediaType mediaType() {
		return this.mediaType;
	}

}
