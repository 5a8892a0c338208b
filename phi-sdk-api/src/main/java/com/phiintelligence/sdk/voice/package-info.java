/**
 * PHI Voice: voicebots ({@code voicebot_profiles}), their sessions in LiveKit rooms
 * ({@code voice_sessions}), the actions they take ({@code voicebot_metrics}) and the running usage
 * totals per bot ({@code voicebot_usage_summaries}), which the SDK keeps exact as actions are
 * recorded.
 *
 * <p>Vocabularies ({@link com.phiintelligence.sdk.voice.VoicebotStatus},
 * {@link com.phiintelligence.sdk.voice.LivekitInstance}, {@link com.phiintelligence.sdk.voice.SessionStatus},
 * {@link com.phiintelligence.sdk.voice.ActionType}) keep codes they do not know. Times are
 * {@link java.time.Instant}s kept to the microsecond; amounts are {@link java.math.BigDecimal}s at
 * the scale of their column (2 for seconds, 6 for US dollars).
 */
package com.phiintelligence.sdk.voice;
