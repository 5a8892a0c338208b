package com.phiintelligence.sdk.newsfeed;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.news.ArticleCategory;
import com.phiintelligence.sdk.news.SourceType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Categories and the featured flag, by whole words of real headlines. Times are measured from a
 * fixed instant, never from the clock.
 */
class CategorizerTest {
    private static final Categorizer CATEGORIZER = Categorizer.standard();
    private static final Instant NOW = Instant.parse("2026-08-14T12:00:00Z");

    private static ArticleCategory industry(String title, String excerpt) {
        // An industry source falls back to Industry, so AI words are what makes an article AI.
        return CATEGORIZER.categorize(SourceType.INDUSTRY, title, excerpt);
    }

    private static ArticleCategory techNews(String title, String excerpt) {
        return CATEGORIZER.categorize(SourceType.TECH_NEWS, title, excerpt);
    }

    private static boolean featured(String title, Duration age) {
        return CATEGORIZER.isFeatured(title, NOW.minus(age), NOW);
    }

    @Test
    void aiInsideAnotherWordIsNotAi() {
        assertThat(industry("Chipmaker said to expand its plant in Taiwan",
                "The company maintains its forecast, a spokesperson said.")).isEqualTo(ArticleCategory.INDUSTRY);
        assertThat(industry("Agentur für Arbeit modernises its portal", null)).isEqualTo(ArticleCategory.INDUSTRY);
        assertThat(industry("Thailand's maid cafés", "Daily trains are paid for by the city."))
                .isEqualTo(ArticleCategory.INDUSTRY);
    }

    @Test
    void mlInsideAnotherWordIsNotMl() {
        assertThat(industry("HTML email templates get a refresh", "XML and YAML configs too."))
                .isEqualTo(ArticleCategory.INDUSTRY);
    }

    @Test
    void aiAsAWordIsAiWhateverPunctuationSurroundsIt() {
        assertThat(industry("Whisker\u2019s AI-powered litter robot thinks my cats swapped bodies", null))
                .isEqualTo(ArticleCategory.AI);
        assertThat(industry("Anthropic\u2019s annualized revenue surges to $65B", null)).isEqualTo(ArticleCategory.AI);
        assertThat(industry("OpenAI reportedly disbanded its preparedness team", null)).isEqualTo(ArticleCategory.AI);
        assertThat(industry("What is (AI)?", null)).isEqualTo(ArticleCategory.AI);
        assertThat(industry("Quarterly results", "Spending on ai rose.")).isEqualTo(ArticleCategory.AI);
    }

    @Test
    void theExcerptCountsAsMuchAsTheTitle() {
        assertThat(industry("Weekly digest", "A survey of convolutional networks for radiology."))
                .isEqualTo(ArticleCategory.DL);
        assertThat(industry("Weekly digest", null)).isEqualTo(ArticleCategory.INDUSTRY);
        assertThat(industry(null, null)).isEqualTo(ArticleCategory.INDUSTRY);
    }

    @Test
    void researchAndAcademicSourcesKeepTheirCategoryWhateverTheWords() {
        assertThat(CATEGORIZER.categorize(SourceType.RESEARCH, "Deep learning for protein folding",
                "A transformer trained with machine learning.")).isEqualTo(ArticleCategory.RESEARCH);
        assertThat(CATEGORIZER.categorize(SourceType.RESEARCH, "Learning to Trace Seiberg Dualities", null))
                .isEqualTo(ArticleCategory.RESEARCH);
        assertThat(CATEGORIZER.categorize(SourceType.ACADEMIC, "Generative AI in the classroom", null))
                .isEqualTo(ArticleCategory.ACADEMIC);
        assertThat(CATEGORIZER.categorize(SourceType.ACADEMIC, "Campus news", null))
                .isEqualTo(ArticleCategory.ACADEMIC);
    }

    @Test
    void withoutATopicWordIndustrySourcesFallBackToIndustryAndOthersToAi() {
        String title = "Behind \u201cANCESTRA\u201d: combining Veo with live-action filmmaking";
        assertThat(industry(title, null)).isEqualTo(ArticleCategory.INDUSTRY);
        assertThat(techNews(title, null)).isEqualTo(ArticleCategory.AI);
        assertThat(CATEGORIZER.categorize(null, title, null)).isEqualTo(ArticleCategory.AI);
        assertThat(CATEGORIZER.categorize(SourceType.of("podcast"), title, null)).isEqualTo(ArticleCategory.AI);
    }

    @Test
    void deepLearningWinsOverMachineLearningWhichWinsOverAi() {
        assertThat(techNews("AI lab trains a transformer with reinforcement learning", null))
                .isEqualTo(ArticleCategory.DL);
        assertThat(techNews("OpenAI fine-tuning API adds supervised datasets", null)).isEqualTo(ArticleCategory.ML);
        assertThat(industry("Claude gets a new chatbot mode", null)).isEqualTo(ArticleCategory.AI);
        // Precedence is by rule, not by position in the text.
        assertThat(techNews("Machine learning meets deep learning", null)).isEqualTo(ArticleCategory.DL);
        assertThat(techNews("Machine learning at scale", "Why neural networks need less data than you think"))
                .isEqualTo(ArticleCategory.DL);
        assertThat(techNews("Generative AI for spreadsheets", "Built on gradient boosting"))
                .isEqualTo(ArticleCategory.ML);
    }

    @Test
    void wordsMatchInAnyCase() {
        assertThat(industry("DEEP LEARNING IS EATING THE WORLD", null)).isEqualTo(ArticleCategory.DL);
        assertThat(industry("Why Machine Learning Projects Fail", null)).isEqualTo(ArticleCategory.ML);
        assertThat(industry("Large Language Models and llms explained", null)).isEqualTo(ArticleCategory.AI);
    }

    @Test
    void chatGptAndCustomGptsAreAi() {
        assertThat(industry("ChatGPT gets a memory upgrade", null)).isEqualTo(ArticleCategory.AI);
        assertThat(industry("Custom GPTs come to the enterprise plan", null)).isEqualTo(ArticleCategory.AI);
        assertThat(industry("Introducing GPT-5.5", null)).isEqualTo(ArticleCategory.AI);
    }

    @Test
    void aCombiningAccentBelongsToItsWord() {
        // "Aïda" with the diaeresis as a combining mark (NFD, as macOS writes it) and precomposed:
        // "Ai" is not a word of its own.
        assertThat(industry("Verdi\u2019s Ai\u0308da returns to the Met", null)).isEqualTo(ArticleCategory.INDUSTRY);
        assertThat(industry("Verdi\u2019s A\u00efda returns to the Met", null)).isEqualTo(ArticleCategory.INDUSTRY);
    }

    @Test
    void featuredNeedsAHeadlineWordAndPublicationWithinTheLast24Hours() {
        assertThat(featured("Introducing Gemini 3.7 Flash", Duration.ofHours(19))).isTrue();
        assertThat(featured("Introducing Gemini 3.7 Flash", Duration.ofHours(24))).isTrue();
        assertThat(featured("Introducing Gemini 3.7 Flash", Duration.ofHours(24).plusSeconds(1))).isFalse();
        assertThat(featured("Introducing Gemini 3.7 Flash", Duration.ofDays(30))).isFalse();
        assertThat(featured("Putting sign language AI into users\u2019 hands", Duration.ofHours(1))).isFalse();
        assertThat(featured("WeatherNext: AI model achieves breakthrough in forecasting cyclones",
                Duration.ofMinutes(10))).isTrue();
        assertThat(featured("Writer unveils a new model for contracts", Duration.ZERO)).isTrue();
    }

    @Test
    void anArticleWithoutTitleOrPublicationTimeIsNotFeatured() {
        assertThat(CATEGORIZER.isFeatured("Introducing Gemini 3.7 Flash", null, NOW)).isFalse();
        assertThat(CATEGORIZER.isFeatured(null, NOW.minusSeconds(60), NOW)).isFalse();
    }

    @Test
    void aPublicationTimeSlightlyAheadOfTheClockIsToleratedButNotOneFarAhead() {
        assertThat(CATEGORIZER.isFeatured("Introducing Gemini 3.7 Flash", NOW.plus(Duration.ofMinutes(5)), NOW))
                .isTrue();
        assertThat(CATEGORIZER.isFeatured("Introducing Gemini 3.7 Flash",
                NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW)).isFalse();
        assertThat(CATEGORIZER.isFeatured("Introducing Gemini 3.7 Flash", NOW.plus(Duration.ofDays(3)), NOW))
                .isFalse();
    }

    @Test
    void headlineWordsAreWholeWords() {
        assertThat(featured("Unreleased Gemini footage surfaces", Duration.ofHours(1))).isFalse();
        assertThat(featured("A prelaunch checklist for startups", Duration.ofHours(1))).isFalse();
        assertThat(featured("New modeling approach for supply chains", Duration.ofHours(1))).isFalse();
        assertThat(featured("A renewed model of governance", Duration.ofHours(1))).isFalse();
        assertThat(featured("Google's year in review: 8 areas with research breakthroughs in 2025",
                Duration.ofHours(1))).isTrue();
    }

    @Test
    void headlineWordsCountInEveryTense() {
        Duration hour = Duration.ofHours(1);
        assertThat(featured("We\u2019re launching Lyria 3.5 in Google Flow Music", hour)).isTrue();
        assertThat(featured("Mistral launches Le Chat Enterprise", hour)).isTrue();
        assertThat(featured("Google DeepMind and A24 announce first-of-its-kind research partnership", hour)).isTrue();
        assertThat(featured("Announcing OSS-Fuzz: Continuous Fuzzing for Open Source Software", hour)).isTrue();
        assertThat(featured("Writer introduces new AI model and upgraded harness", hour)).isTrue();
        assertThat(featured("OpenAI introduced GPT-5.5 overnight", hour)).isTrue();
        assertThat(featured("Meta is releasing Llama weights to researchers", hour)).isTrue();
        assertThat(featured("Rust 1.77 Released!", hour)).isTrue();
        assertThat(featured("Apple unveiling its on-device model", hour)).isTrue();
    }
}
