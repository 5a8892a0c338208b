package com.phiintelligence.sdk.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // UOL: Portuguese weekday and month
            "Seg, 24 Set 2018 19:42:40 -0300       | 2018-09-24T22:42:40Z",
            "Ter, 02 Out 2018 08:00:00 -0300       | 2018-10-02T11:00:00Z",
            "Sáb, 01 Dez 2018 23:59:59 -0200       | 2018-12-02T01:59:59Z",
            // xakep: a weekday that does not match the date is ignored
            "Sat, 04 Oct 2013 02:34:59 +0300       | 2013-10-03T23:34:59Z",
            // German, Spanish, French, Italian
            "Mo, 05 Mär 2018 10:00:00 +0100        | 2018-03-05T09:00:00Z",
            "Mié, 11 Ene 2023 12:00:00 GMT         | 2023-01-11T12:00:00Z",
            "jeu., 12 juil. 2018 08:30:00 +0200    | 2018-07-12T06:30:00Z",
            "12 juin 2018 08:30 +0200              | 2018-06-12T06:30:00Z",
            "mar, 15 ott 2019 17:00:00 +0200       | 2019-10-15T15:00:00Z",
            // RFC 822 variants
            "Mon, 1 Jan 24 00:00:00 GMT            | 2024-01-01T00:00:00Z",
            "Tue, 10 Jun 2003 04:00 EST            | 2003-06-10T09:00:00Z",
            "Tue, 10 Jun 2003 04:00:00 PDT         | 2003-06-10T11:00:00Z",
            "Monday, 24-Sep-18 19:42:40 UTC        | 2018-09-24T19:42:40Z",
            "24 Sep 2018 19:42:40 +05:30           | 2018-09-24T14:12:40Z",
            // ISO 8601 variants
            "2013-01-30T13:58:47-08:00             | 2013-01-30T21:58:47Z",
            "2017-09-11T14:01:00.000-07:00         | 2017-09-11T21:01:00Z",
            "2018-09-24 19:42:40                   | 2018-09-24T19:42:40Z",
            "2018-09-24T19:42:40+0200              | 2018-09-24T17:42:40Z",
            "2018-09-24                            | 2018-09-24T00:00:00Z",
            "2018-09-24T19:42Z                     | 2018-09-24T19:42:00Z",
    })
    void readsDatesTheStrictParserRejects(String text, String expected) {
        assertThat(LenientDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "yesterday", "Seg, 31 Fev 2018 10:00:00 -0300", "32 Jan 2018 10:00:00 GMT",
            "2018-13-01", "Mon, 24 Foo 2018 19:42:40 GMT", "1537818160"})
    void givesNullForWhatIsNotADate(String text) {
        assertThat(LenientDates.parse(text)).isNull();
    }

    @Test
    void givesNullForNull() {
        assertThat(LenientDates.parse(null)).isNull();
    }
}
