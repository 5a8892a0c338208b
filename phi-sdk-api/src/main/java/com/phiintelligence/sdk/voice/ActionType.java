package com.phiintelligence.sdk.voice;

import com.phiintelligence.sdk.Vocabulary;
import com.phiintelligence.sdk.internal.Codes;
import java.util.List;

/**
 * The kind of bot action a metric measures: {@code llm}, {@code stt}, {@code tts},
 * {@code tool_call}, {@code end_of_utterance}. Agents may record other kinds: free text is kept as
 * given (see {@link #isKnown()}). Stored in {@code voicebot_metrics.action_type}, at most 100
 * characters.
 */
public final class ActionType extends Vocabulary<String> {
    private static final Codes<String, ActionType> CODES = new Codes<>(ActionType::new);

    /** A call to a language model. */
    public static final ActionType LLM = CODES.known("llm");
    /** A speech-to-text step. */
    public static final ActionType STT = CODES.known("stt");
    /** A text-to-speech step. */
    public static final ActionType TTS = CODES.known("tts");
    /** A tool (function) call. */
    public static final ActionType TOOL_CALL = CODES.known("tool_call");
    /** An end-of-utterance (turn detection) decision. */
    public static final ActionType END_OF_UTTERANCE = CODES.known("end_of_utterance");

    private ActionType(String code, boolean known) {
        super(code, known);
    }

    /**
     * @param code the stored code, or null
     * @return the matching constant, an unknown value for other codes, or null for null
     */
    public static ActionType of(String code) {
        return CODES.of(code);
    }

    /** @return the known values */
    public static List<ActionType> values() {
        return CODES.values();
    }
}
