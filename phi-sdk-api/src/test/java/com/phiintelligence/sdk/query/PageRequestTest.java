package com.phiintelligence.sdk.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void computesTheOffsetUpToTheLargestRowAQueryCanSkip() {
        assertThat(PageRequest.of(0).offset()).isZero();
        assertThat(PageRequest.of(3).offset()).isEqualTo(150);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 1).offset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsBoundsNamingTheFieldAndRule() {
        expectInvalid(() -> PageRequest.of(-1, 10), "page.number", "must not be negative");
        expectInvalid(() -> PageRequest.of(0, 0), "page.size", "must be between 1 and 1000");
        expectInvalid(() -> PageRequest.of(0, 1001), "page.size", "must be between 1 and 1000");
        expectInvalid(() -> PageRequest.of(Integer.MAX_VALUE, 1000), "page.number",
                "must not put the page beyond row 2147483647 (number times size)");
        expectInvalid(() -> PageRequest.of(Integer.MAX_VALUE / 2 + 1, 2), "page.number",
                "must not put the page beyond row 2147483647 (number times size)");
    }

    private static void expectInvalid(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
