package com.phiintelligence.sdk.newsfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrisTest {

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource(delimiter = '|', value = {
            "http://intertwingly.net/blog/index.atom | /blog/2013/01/30/Plex  | http://intertwingly.net/blog/2013/01/30/Plex",
            "http://intertwingly.net/blog/index.atom | 3308.atom              | http://intertwingly.net/blog/3308.atom",
            "http://intertwingly.net/blog/index.atom | ../favicon.ico         | http://intertwingly.net/favicon.ico",
            "https://www.reddit.com/.rss             | /.rss?limit=50         | https://www.reddit.com/.rss?limit=50",
            "http://a.example/b/c?x=1                | ?y=2                   | http://a.example/b/c?y=2",
            "http://a.example                        | feed.xml               | http://a.example/feed.xml",
            "http://a.example/                       | ' http://b.example/ '  | http://b.example/",
            "http://a.example/                       | /a path/with spaces    | http://a.example/a%20path/with%20spaces",
            "http://a.example/                       | https://b.example/a{b} | https://b.example/a%7Bb%7D",
    })
    void resolvesFeedReferences(String base, String reference, String expected) {
        assertThat(Uris.resolve(URI.create(base), reference)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://example.com/a, true", "http://example.com, true", "ftp://example.com/a, false",
            "javascript:alert(1), false", "mailto:a@example.com, false", "/relative, false"})
    void onlyAbsoluteHttpUrlsAreWebUrls(String value, boolean web) {
        assertThat(Uris.isWebUrl(Uris.parse(value))).isEqualTo(web);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://user:pw@example.com:8443/feed?api_key=s3cr3t#x, https://example.com:8443/feed?…",
            "http://example.com/rss, http://example.com/rss"})
    void redactionDropsCredentialsAndQuery(String uri, String shown) {
        assertThat(Uris.redact(URI.create(uri))).isEqualTo(shown);
    }
}
