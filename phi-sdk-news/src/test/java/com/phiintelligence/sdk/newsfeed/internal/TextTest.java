package com.phiintelligence.sdk.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void htmlToTextDecodesEntitiesDropsTagsAndCollapsesWhitespace() {
        assertThat(Text.htmlToText("<p>Claude&#8217;s\n\t <b>new</b>&nbsp;model</p><p>Second</p>"))
                .isEqualTo("Claude\u2019s new model Second");
        assertThat(Text.htmlToText("<script>alert(1)</script><style>p{}</style>Text")).isEqualTo("Text");
        assertThat(Text.htmlToText("  \n ")).isNull();
        assertThat(Text.htmlToText(null)).isNull();
    }

    @Test
    void shortTextIsNotCut() {
        String text = "a".repeat(300);

        assertThat(Text.excerpt(text, 300)).isEqualTo(text);
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "word ".repeat(100).strip(); // 499 characters

        String excerpt = Text.excerpt(text, 300);

        assertThat(excerpt).hasSizeLessThanOrEqualTo(300).endsWith("word…").doesNotContain(" …");
        assertThat(text).startsWith(excerpt.substring(0, excerpt.length() - 1));
    }

    @Test
    void cutDropsDanglingPunctuation() {
        String text = "x".repeat(295) + ", then a lot more text follows here";

        assertThat(Text.excerpt(text, 300)).isEqualTo("x".repeat(295) + "…");
    }

    @Test
    void textWithoutSpacesIsCutInsideTheWordWithoutSplittingASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(200); // 400 chars of emoji

        String excerpt = Text.excerpt(text, 300);

        assertThat(excerpt.length()).isLessThanOrEqualTo(300);
        assertThat(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 2))).isFalse();
        assertThat(excerpt).endsWith("…");
    }

    @Test
    void readTimeIsCeilingOfWordsOver200AndAtLeastOne() {
        assertThat(Text.readTime("one")).isEqualTo("1 min read");
        assertThat(Text.readTime("w ".repeat(200))).isEqualTo("1 min read");
        assertThat(Text.readTime("w ".repeat(201))).isEqualTo("2 min read");
        assertThat(Text.readTime("w ".repeat(1000))).isEqualTo("5 min read");
        assertThat(Text.readTime(" ")).isNull();
    }

    @Test
    void personNameKeepsTheNameOfTheEmailAndNameForm() {
        assertThat(Text.personName("noreply@blogger.com (Google Testing Bloggers)")).isEqualTo("Google Testing Bloggers");
        assertThat(Text.personName("know how (news)")).isEqualTo("know how (news)");
        assertThat(Text.personName("\n   Jonathan M. Gitlin\n  ")).isEqualTo("Jonathan M. Gitlin");
        assertThat(Text.personName("AT&amp;T Labs")).isEqualTo("AT&T Labs");
        assertThat(Text.personName("  ")).isNull();
    }

    @Test
    void plainTextBecomesEscapedHtml() {
        assertThat(Text.textToHtml("a < b & c\r\nnext")).isEqualTo("a &lt; b &amp; c<br>\nnext");
    }

    @Test
    void dropsTheCharactersAndReferencesXmlForbidsKeepingEverythingElse() {
        String text = "<t a=\"x\u0001\">tab\there\nline\r\u0008\u000B\u000C\u001F \uFFFE\uFFFF"
                + "&#1;&#x8;&#X1F;&#11;&#x0B;&#31;&#0009;&#10;&#x0D;&#32;&#x20; \uD83C\uDF99 \uD800x \uDC00y</t>";

        assertThat(Text.withoutForbiddenCharacters(text)).isEqualTo("<t a=\"x\">tab\there\nline\r "
                + "&#0009;&#10;&#x0D;&#32;&#x20; \uD83C\uDF99 x y</t>");
    }

    @Test
    void returnsTheSameTextWhenNothingIsForbidden() {
        String text = "<t>caf\u00E9 &#233; &amp; \uD83C\uDF99</t>";
        assertThat(Text.withoutForbiddenCharacters(text)).isSameAs(text);
    }
}
