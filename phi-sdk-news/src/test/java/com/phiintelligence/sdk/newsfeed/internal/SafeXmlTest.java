package com.phiintelligence.sdk.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeXmlTest {

    @Test
    void parsesADocumentThatCarriesThem() {
        assertThat(SafeXml.parse("<t>a\u0001b&#2;c</t>").getDocumentElement().getTextContent()).isEqualTo("abc");
    }
}
