package com.phiintelligence.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.contacts.ContactStatus;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void knownCodesReadAsTheirConstants() {
        assertThat(ContactStatus.of("qualified")).isSameAs(ContactStatus.QUALIFIED);
        assertThat(ContactStatus.QUALIFIED.isKnown()).isTrue();
        assertThat(ContactStatus.values()).hasSize(5);
    }

    @Test
    void unknownCodesAreKeptNotRejected() {
        ContactStatus legacy = ContactStatus.of("Spam");
        assertThat(legacy.isKnown()).isFalse();
        assertThat(legacy.code()).isEqualTo("Spam");
        assertThat(legacy).isEqualTo(ContactStatus.of("Spam")).isNotEqualTo(ContactStatus.NEW);
        assertThat(ContactStatus.of(null)).isNull();
        assertThat(Priority.of("Spam")).isNotEqualTo(legacy);
    }
}
