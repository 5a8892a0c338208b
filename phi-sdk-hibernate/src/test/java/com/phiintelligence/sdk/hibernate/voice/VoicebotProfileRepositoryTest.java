package com.phiintelligence.sdk.hibernate.voice;

import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT;
import static com.phiintelligence.sdk.hibernate.voice.VoiceFixtures.RICH_DOCUMENT_READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.Json;
import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.error.ConflictException;
import com.phiintelligence.sdk.error.NotFoundException;
import com.phiintelligence.sdk.error.ReferenceException;
import com.phiintelligence.sdk.error.ValidationException;
import com.phiintelligence.sdk.query.SortDirection;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTest;
import com.phiintelligence.sdk.voice.LivekitInstance;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotProfileSort;
import com.phiintelligence.sdk.voice.VoicebotProfileUpdate;
import com.phiintelligence.sdk.voice.VoicebotStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@PhiTest
class VoicebotProfileRepositoryTest {

    @Test
    void roundTripsEveryColumn(PhiSdk phi) {
        VoicebotProfile created = phi.voicebotProfiles().create(NewVoicebotProfile.builder()
                .voicebotId("voicebot_1767225600000_abc123xyz").companyName("Zahnärzte Müller GmbH 🦷")
                .description("Books appointments").status(VoicebotStatus.INACTIVE).livekitInstance(LivekitInstance.PHI)
                .configuration(RICH_DOCUMENT).build());
        assertThat(created.voicebotId()).isEqualTo("voicebot_1767225600000_abc123xyz");
        assertThat(created.configuration().text()).isEqualTo(RICH_DOCUMENT_READ);
        assertThat(created.createdAt()).isNotNull().isEqualTo(created.updatedAt());
        assertThat(phi.voicebotProfiles().get(created.voicebotId())).isEqualTo(created);

        Json other = Json.of(Map.of("voice", "alloy", "speed", new java.math.BigDecimal("1.25")));
        VoicebotProfile updated = phi.voicebotProfiles().update(created.voicebotId(), VoicebotProfileUpdate.builder()
                .companyName("Acme").description(null).status(VoicebotStatus.ACTIVE)
                .livekitInstance(LivekitInstance.COMPANY).configuration(other).build());
        assertThat(updated).isEqualTo(new VoicebotProfile(created.voicebotId(), "Acme", null, VoicebotStatus.ACTIVE,
                LivekitInstance.COMPANY, Json.of("{\"speed\":1.25,\"voice\":\"alloy\"}"), created.createdAt(),
                updated.updatedAt()));
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(phi.voicebotProfiles().get(created.voicebotId())).isEqualTo(updated);

        VoicebotProfile cleared = phi.voicebotProfiles().update(created.voicebotId(),
                VoicebotProfileUpdate.builder().configuration(null).build());
        assertThat(cleared.configuration()).isNull();
        assertThat(phi.voicebotProfiles().get(created.voicebotId())).isEqualTo(cleared);
    }

    @Test
    void generatesKeysInThePlatformFormWithDefaults(PhiSdk phi) {
        VoicebotProfile a = VoiceFixtures.bot(phi);
        VoicebotProfile b = VoiceFixtures.bot(phi);
        assertThat(a.voicebotId()).matches("voicebot_\\d{13}_[0-9a-z]{9}").isNotEqualTo(b.voicebotId());
        assertThat(a.status()).isEqualTo(VoicebotStatus.ACTIVE);
        assertThat(a.livekitInstance()).isEqualTo(LivekitInstance.COMPANY);
        assertThat(a.description()).isNull();
        assertThat(a.configuration()).isNull();
        assertThat(a.defaultRoomName()).isEqualTo("company_" + a.voicebotId());
    }

    @Test
    void storesAJsonNullDocumentAsNoDocument(PhiSdk phi) {
        VoicebotProfile p = phi.voicebotProfiles().create(NewVoicebotProfile.builder().companyName("Acme")
                .configuration(Json.of("null")).build());
        assertThat(p.configuration()).isNull();
        assertThat(phi.voicebotProfiles().get(p.voicebotId()).configuration()).isNull();
    }

    @Test
    void readsLegacyValuesWithoutFailing(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoiceFixtures.sql(db, "SET TIME ZONE 'America/New_York'",
                "INSERT INTO voicebot_profiles (voicebot_id, company_name, status, livekit_instance, configuration, "
                        + "created_at, updated_at) VALUES ('legacy-bot', 'Old Co', 'paused', 'eu-cloud', "
                        + "'{\"b\": [1, 2], \"a\": {\"c\": 1.10}}', '2025-05-05 10:00:00.123456+05:30', NULL)",
                "INSERT INTO voicebot_profiles (voicebot_id, company_name, status, livekit_instance) "
                        + "VALUES ('legacy-null', 'Null Co', NULL, NULL)");
        VoicebotProfile legacy = phi.voicebotProfiles().get("legacy-bot");
        assertThat(legacy.status().code()).isEqualTo("paused");
        assertThat(legacy.status().isKnown()).isFalse();
        assertThat(legacy.livekitInstance().code()).isEqualTo("eu-cloud");
        assertThat(legacy.configuration().text()).isEqualTo("{\"a\":{\"c\":1.1},\"b\":[1,2]}");
        assertThat(legacy.createdAt()).isEqualTo(OffsetDateTime.parse("2025-05-05T10:00:00.123456+05:30").toInstant());
        assertThat(legacy.updatedAt()).isNull();
        VoicebotProfile empty = phi.voicebotProfiles().get("legacy-null");
        assertThat(empty.status()).isNull();
        assertThat(empty.livekitInstance()).isNull();
        assertThat(empty.createdAt()).isNotNull();
    }

    @Test
    void queriesFilterAndSort(PhiSdk phi) {
        VoicebotProfile a = phi.voicebotProfiles().create(NewVoicebotProfile.builder().voicebotId("bot-a")
                .companyName("Beta").build());
        phi.voicebotProfiles().create(NewVoicebotProfile.builder().voicebotId("bot-b").companyName("Alpha")
                .livekitInstance(LivekitInstance.PHI).build());
        phi.voicebotProfiles().create(NewVoicebotProfile.builder().voicebotId("bot-c").companyName("Gamma")
                .status(VoicebotStatus.INACTIVE).build());

        assertThat(phi.voicebotProfiles().query().status(VoicebotStatus.ACTIVE).count()).isEqualTo(2);
        assertThat(phi.voicebotProfiles().query().status(VoicebotStatus.INACTIVE).list())
                .extracting(VoicebotProfile::voicebotId).containsExactly("bot-c");
        assertThat(phi.voicebotProfiles().query().livekitInstance(LivekitInstance.PHI).list())
                .extracting(VoicebotProfile::voicebotId).containsExactly("bot-b");
        assertThat(phi.voicebotProfiles().query().companyName("Beta").list()).containsExactly(a);
        assertThat(phi.voicebotProfiles().query().orderBy(VoicebotProfileSort.COMPANY_NAME, SortDirection.ASC).list())
                .extracting(VoicebotProfile::companyName).containsExactly("Alpha", "Beta", "Gamma");
        Instant later = Instant.now().plusSeconds(3600);
        assertThat(phi.voicebotProfiles().query().createdBetween(a.createdAt(), later).count()).isEqualTo(3);
        assertThat(phi.voicebotProfiles().query().updatedBetween(later, null).count()).isZero();
    }

    @Test
    void deletingABotDeletesItsSummaryButNotABotWithSessions(PhiSdk phi, ConnectionInfo db) throws Exception {
        VoicebotProfile bot = VoiceFixtures.bot(phi);
        VoiceFixtures.session(phi, bot.voicebotId());
        assertThatThrownBy(() -> phi.voicebotProfiles().delete(bot.voicebotId())).isInstanceOf(ReferenceException.class);
        assertThat(phi.voicebotProfiles().find(bot.voicebotId())).isPresent();

        VoicebotProfile quiet = VoiceFixtures.bot(phi);
        phi.voicebotUsageSummaries().rebuild(quiet.voicebotId());
        assertThat(phi.voicebotProfiles().delete(quiet.voicebotId())).isTrue();
        assertThat(phi.voicebotUsageSummaries().find(quiet.voicebotId())).isEmpty();
        assertThat(VoiceFixtures.count(db, "voicebot_usage_summaries")).isZero();
        assertThat(phi.voicebotProfiles().delete(quiet.voicebotId())).isFalse();
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRule(PhiSdk phi, ConnectionInfo db) throws Exception {
        expect(() -> NewVoicebotProfile.builder().build(), "companyName", "is required");
        expect(() -> NewVoicebotProfile.builder().companyName("  ").build(), "companyName", "must not be blank");
        expect(() -> NewVoicebotProfile.builder().companyName("x".repeat(501)).build(), "companyName",
                "must be at most 500 characters");
        NewVoicebotProfile.builder().companyName("x".repeat(500)).build();
        expect(() -> NewVoicebotProfile.builder().companyName("A").voicebotId("v".repeat(256)).build(), "voicebotId",
                "must be at most 255 characters");
        expect(() -> NewVoicebotProfile.builder().companyName("A").voicebotId("").build(), "voicebotId",
                "must not be blank");
        expect(() -> NewVoicebotProfile.builder().companyName("A").status(VoicebotStatus.of("s".repeat(51))).build(),
                "status", "must be at most 50 characters");
        expect(() -> NewVoicebotProfile.builder().companyName("A")
                .livekitInstance(LivekitInstance.of("l".repeat(101))).build(), "livekitInstance",
                "must be at most 100 characters");
        expect(() -> VoicebotProfileUpdate.builder().companyName(null).build(), "companyName", "is required");
        expect(() -> VoicebotProfileUpdate.builder().status(null).build(), "status", "is required");
        expect(() -> VoicebotProfileUpdate.builder().livekitInstance(null).build(), "livekitInstance", "is required");

        assertThatThrownBy(() -> phi.voicebotProfiles().create(NewVoicebotProfile.builder().companyName("A")
                .configuration(Json.of("{\"a\": ")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("configuration"));
        assertThat(VoiceFixtures.count(db, "voicebot_profiles")).isZero();

        VoicebotProfile bot = VoiceFixtures.bot(phi);
        assertThatThrownBy(() -> phi.voicebotProfiles().update(bot.voicebotId(), VoicebotProfileUpdate.builder()
                .companyName("Changed").configuration(Json.of("[1,")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("configuration"));
        assertThat(phi.voicebotProfiles().get(bot.voicebotId())).isEqualTo(bot);

        assertThatThrownBy(() -> phi.voicebotProfiles().create(NewVoicebotProfile.builder()
                .voicebotId(bot.voicebotId()).companyName("Dup").build())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> phi.voicebotProfiles().get("missing"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.table()).isEqualTo("voicebot_profiles"));
        assertThatThrownBy(() -> phi.voicebotProfiles().update("missing",
                VoicebotProfileUpdate.builder().description("x").build())).isInstanceOf(NotFoundException.class);
        assertThat(phi.voicebotProfiles().find("missing")).isEmpty();
    }

    static void expect(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
