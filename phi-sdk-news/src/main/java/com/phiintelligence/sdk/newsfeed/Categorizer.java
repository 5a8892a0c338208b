package com.phiintelligence.sdk.newsfeed;

import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.SourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts an article in one of the platform's categories and decides whether it is featured, by whole
 * words of its title and excerpt (the website matched substrings, so that "ai" was found inside
 * "said"; the SDK does not). Stateless and thread-safe.
 *
 * <ul>
 *   <li>Articles of {@code research} and {@code academic} sources are {@code Research} and
 *       {@code Academic}.</li>
 *   <li>Otherwise the first rule that matches: deep-learning words make {@code DL},
 *       machine-learning words {@code ML}, AI words {@code AI}; failing all, {@code Industry} for
 *       industry sources and {@code AI} for the rest.</li>
 *   <li>Featured: published within the last 24 hours and a headline word such as launch, release,
 *       announce, introduce, unveil (in any form: "launching", "released"), breakthrough or
 *       "new model".</li>
 * </ul>
 */
public final class Categorizer {
    private static final Pattern DL = words("deep learning", "neural networks?", "transformers?", "diffusion",
            "convolutional", "CNNs?", "RNNs?", "LSTMs?", "backpropagation", "attention mechanisms?");
    private static final Pattern ML = words("machine learning", "ML", "reinforcement learning", "supervised",
            "unsupervised", "classifiers?", "regression", "gradient boosting", "datasets?", "fine-tuning", "training");
    private static final Pattern AI = words("AI", "artificial intelligence", "LLMs?", "(Chat)?GPTs?(-\\d+)?",
            "chatbots?", "agents?", "agentic", "OpenAI", "Anthropic", "Claude", "Gemini", "DeepMind", "generative");
    // Every form of each verb: the website's substrings ("launch") found them all, and whole words
    // must not lose "We're launching ..." or "... announce ...".
    private static final Pattern FEATURED = words("launch(es|ed|ing)?", "releas(e|es|ed|ing)", "breakthroughs?",
            "new models?", "announc(e|es|ed|ing)", "unveil(s|ed|ing)?", "introduc(e|es|ed|ing)");
    private static final Duration FRESH = Duration.ofHours(24);
    private static final List<Rule> RULES = List.of(
            new Rule(DL, ArticleCategory.DL), new Rule(ML, ArticleCategory.ML), new Rule(AI, ArticleCategory.AI));

    private record Rule(Pattern words, ArticleCategory category) {
    }

    private Categorizer() {
    }

    /** @return the categorizer with the platform's rules */
    public static Categorizer standard() {
        return new Categorizer();
    }

    /**
     * @param sourceType the type of the article's source, or null
     * @param title      the title
     * @param excerpt    the plain-text excerpt, or null
     * @return the category
     */
    public ArticleCategory categorize(SourceType sourceType, String title, String excerpt) {
        if (SourceType.RESEARCH.equals(sourceType)) {
            return ArticleCategory.RESEARCH;
        }
        if (SourceType.ACADEMIC.equals(sourceType)) {
            return ArticleCategory.ACADEMIC;
        }
        String text = (title == null ? "" : title) + "\n" + (excerpt == null ? "" : excerpt);
        for (Rule rule : RULES) {
            if (rule.words().matcher(text).find()) {
                return rule.category();
            }
        }
        return SourceType.INDUSTRY.equals(sourceType) ? ArticleCategory.INDUSTRY : ArticleCategory.AI;
    }

    /**
     * @param title       the title
     * @param publishedAt when it was published, or null (never featured)
     * @param now         the current time
     * @return whether the article is featured
     */
    public boolean isFeatured(String title, Instant publishedAt, Instant now) {
        if (title == null || publishedAt == null || publishedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            return false;
        }
        return Duration.between(publishedAt, now).compareTo(FRESH) <= 0 && FEATURED.matcher(title).find();
    }

    private static Pattern words(String... alternatives) {
        // \b is ASCII-only here; a letter, a digit or a combining mark (the accent of a decomposed
        // letter: "Aida" with U+0308 after the i) on either side means the word is part of another.
        String inWord = "[\\p{L}\\p{M}\\p{N}]";
        return Pattern.compile("(?<!" + inWord + ")(?:" + String.join("|", alternatives) + ")(?!" + inWord + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
