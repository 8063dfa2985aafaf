package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of the {@code <Connect>} nouns that hand the conversation to an AI
 * agent while Twilio recognizes and synthesizes speech: {@code <Assistant>} and
 * {@code <ConversationRelay>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class AiAgentBuilder<B extends AiAgentBuilder<B, T>, T> extends ParameterizedBuilder<B, T> {

	AiAgentBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set {@code language}: the language code, such as {@code en-US}, for both speech
	 * recognition and text-to-speech.
	 * @param language the language code, such as {@code en-US}, for both speech
	 * recognition and text-to-speech
	 * @return this builder
	 */
	public B language(@Nullable String language) {
		return set(Attr.LANGUAGE, language);
	}

	/**
	 * Set {@code ttsLanguage}: the language code for text-to-speech, when it differs
	 * from {@code language}.
	 * @param ttsLanguage the language code for text-to-speech, when it differs from
	 * {@code language}
	 * @return this builder
	 */
	public B ttsLanguage(@Nullable String ttsLanguage) {
		return set(Attr.TTS_LANGUAGE, ttsLanguage);
	}

	/**
	 * Set {@code transcriptionLanguage}: the language code for speech recognition,
	 * when it differs from {@code language}.
	 * @param transcriptionLanguage the language code for speech recognition, when it
	 * differs from {@code language}
	 * @return this builder
	 */
	public B transcriptionLanguage(@Nullable String transcriptionLanguage) {
		return set(Attr.TRANSCRIPTION_LANGUAGE, transcriptionLanguage);
	}

	/**
	 * Set {@code ttsProvider}: the text-to-speech provider, such as
	 * {@code ElevenLabs}, {@code Google} or {@code Amazon}.
	 * @param ttsProvider the text-to-speech provider, such as {@code ElevenLabs},
	 * {@code Google} or {@code Amazon}
	 * @return this builder
	 */
	public B ttsProvider(@Nullable String ttsProvider) {
		return set(Attr.TTS_PROVIDER, ttsProvider);
	}

	/**
	 * Set {@code voice}: the text-to-speech voice of the provider.
	 * @param voice the text-to-speech voice of the provider
	 * @return this builder
	 */
	public B voice(@Nullable String voice) {
		return set(Attr.VOICE, voice);
	}

	/**
	 * Set {@code transcriptionProvider}: the speech recognition provider, such as
	 * {@code Deepgram} or {@code Google}.
	 * @param transcriptionProvider the speech recognition provider, such as
	 * {@code Deepgram} or {@code Google}
	 * @return this builder
	 */
	public B transcriptionProvider(@Nullable String transcriptionProvider) {
		return set(Attr.TRANSCRIPTION_PROVIDER, transcriptionProvider);
	}

	/**
	 * Set {@code speechModel}: the speech recognition model of the provider.
	 * @param speechModel the speech recognition model of the provider
	 * @return this builder
	 */
	public B speechModel(@Nullable String speechModel) {
		return set(Attr.SPEECH_MODEL, speechModel);
	}

	/**
	 * Set {@code profanityFilter}: whether profanity is masked in transcripts.
	 * @param profanityFilter whether profanity is masked in transcripts
	 * @return this builder
	 */
	public B profanityFilter(boolean profanityFilter) {
		return set(Attr.PROFANITY_FILTER, profanityFilter);
	}

	/**
	 * Set {@code dtmfDetection}: whether key presses are detected and reported.
	 * @param dtmfDetection whether key presses are detected and reported
	 * @return this builder
	 */
	public B dtmfDetection(boolean dtmfDetection) {
		return set(Attr.DTMF_DETECTION, dtmfDetection);
	}

	/**
	 * Set {@code welcomeGreeting}: the text spoken as soon as the session connects.
	 * @param welcomeGreeting the text spoken as soon as the session connects
	 * @return this builder
	 */
	public B welcomeGreeting(@Nullable String welcomeGreeting) {
		return set(Attr.WELCOME_GREETING, welcomeGreeting);
	}

	/**
	 * Set {@code partialPrompts}: whether transcripts are sent while the caller is
	 * still speaking.
	 * @param partialPrompts whether transcripts are sent while the caller is still
	 * speaking
	 * @return this builder
	 */
	public B partialPrompts(boolean partialPrompts) {
		return set(Attr.PARTIAL_PROMPTS, partialPrompts);
	}

	/**
	 * Set {@code welcomeGreetingInterruptible}: what caller input can interrupt the
	 * welcome greeting: {@code none}, {@code dtmf}, {@code speech} or {@code any}.
	 * @param welcomeGreetingInterruptible what caller input can interrupt the welcome
	 * greeting
	 * @return this builder
	 */
	public B welcomeGreetingInterruptible(@Nullable String welcomeGreetingInterruptible) {
		return set(Attr.WELCOME_GREETING_INTERRUPTIBLE, welcomeGreetingInterruptible);
	}

	/**
	 * Set {@code interruptible}: what caller input can interrupt speech:
	 * {@code none}, {@code dtmf}, {@code speech} or {@code any}.
	 * @param interruptible what caller input can interrupt speech
	 * @return this builder
	 */
	public B interruptible(@Nullable String interruptible) {
		return set(Attr.INTERRUPTIBLE, interruptible);
	}

	/**
	 * Set {@code preemptible}: whether new text-to-speech or media can cut short what
	 * is playing.
	 * @param preemptible whether new text-to-speech or media can cut short what is
	 * playing
	 * @return this builder
	 */
	public B preemptible(boolean preemptible) {
		return set(Attr.PREEMPTIBLE, preemptible);
	}

	/**
	 * Set {@code hints}: comma-separated words and phrases that speech recognition
	 * should expect.
	 * @param hints comma-separated words and phrases that speech recognition should
	 * expect
	 * @return this builder
	 */
	public B hints(@Nullable String hints) {
		return set(Attr.HINTS, hints);
	}

	/**
	 * Set {@code intelligenceService}: the SID or unique name of the Conversational
	 * Intelligence service that receives the transcript.
	 * @param intelligenceService the SID or unique name of the Conversational
	 * Intelligence service that receives the transcript
	 * @return this builder
	 */
	public B intelligenceService(@Nullable String intelligenceService) {
		return set(Attr.INTELLIGENCE_SERVICE, intelligenceService);
	}

	/**
	 * Set {@code reportInputDuringAgentSpeech}: whether caller input is reported
	 * while the agent speaks and interruption is off.
	 * @param reportInputDuringAgentSpeech whether caller input is reported while the
	 * agent speaks and interruption is off
	 * @return this builder
	 */
	public B reportInputDuringAgentSpeech(boolean reportInputDuringAgentSpeech) {
		return set(Attr.REPORT_INPUT_DURING_AGENT_SPEECH, reportInputDuringAgentSpeech);
	}

	/**
	 * Set {@code elevenlabsTextNormalization}: whether ElevenLabs normalizes text
	 * such as numbers and dates before speaking it: {@code on}, {@code off} or
	 * {@code auto}.
	 * @param elevenlabsTextNormalization whether ElevenLabs normalizes text such as
	 * numbers and dates before speaking it
	 * @return this builder
	 */
	public B elevenlabsTextNormalization(@Nullable String elevenlabsTextNormalization) {
		return set(Attr.ELEVENLABS_TEXT_NORMALIZATION, elevenlabsTextNormalization);
	}

	/**
	 * Set {@code interruptSensitivity}: how readily caller speech interrupts the
	 * agent: {@code low}, {@code medium} or {@code high}.
	 * @param interruptSensitivity how readily caller speech interrupts the agent
	 * @return this builder
	 */
	public B interruptSensitivity(@Nullable String interruptSensitivity) {
		return set(Attr.INTERRUPT_SENSITIVITY, interruptSensitivity);
	}

	/**
	 * Set {@code debug}: space-separated debugging options to enable.
	 * @param debug space-separated debugging options to enable
	 * @return this builder
	 */
	public B debug(@Nullable String debug) {
		return set(Attr.DEBUG, debug);
	}

	/**
	 * Add a {@code <Language>}.
	 * @param language the element
	 * @return this builder
	 */
	public B language(Language language) {
		return add(language);
	}

	/**
	 * Add a {@code <Language>}.
	 * @param language the builder of the element, built by this call
	 * @return this builder
	 */
	public B language(Language.Builder language) {
		return add(language);
	}

}
