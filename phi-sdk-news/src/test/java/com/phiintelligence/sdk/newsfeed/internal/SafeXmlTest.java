package com.phiintelligence.sdk.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeXmlTest {

    @Test
    void dropsTheCharactersAndReferencesXmlForbidsKeepingEverythingElse() {
        String text = "<t a=\"x\u0001\">tab\there\nline\r\u0008\u000B\u000C\u001F \uFFFE\uFFFF"
                + "&#1;&#x8;&#X1F;&#11;&#x0B;&#31;&#0009;&#10;&#x0D;&#32;&#x20; \uD83C\uDF99 \uD800x \uDC00y</t>";

        assertThat(SafeXml.withoutForbiddenCharacters(text)).isEqualTo("<t a=\"x\">tab\there\nline\r "
                + "&#0009;&#10;&#x0D;&#32;&#x20; \uD83C\uDF99 x y</t>");
    }

    @Test
    void returnsTheSameTextWhenNothingIsForbidden() {
        String text = "<t>caf\u00E9 &#233; &amp; \uD83C\uDF99</t>";
        assertThat(SafeXml.withoutForbiddenCharacters(text)).isSameAs(text);
    }

    @Test
    void parsesADocumentThatCarriesThem() {
        assertThat(SafeXml.parse("<t>a\u0001b&#2;c</t>").getDocumentElement().getTextContent()).isEqualTo("abc");
    }
}
