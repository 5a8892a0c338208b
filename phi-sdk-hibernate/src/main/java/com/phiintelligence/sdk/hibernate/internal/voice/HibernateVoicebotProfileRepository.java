package com.phiintelligence.sdk.hibernate.internal.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.phiintelligence.sdk.hibernate.internal.Database;
import com.phiintelligence.sdk.hibernate.internal.HibernateRepository;
import com.phiintelligence.sdk.voice.LivekitInstance;
import com.phiintelligence.sdk.voice.NewVoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotProfile;
import com.phiintelligence.sdk.voice.VoicebotProfileQuery;
import com.phiintelligence.sdk.voice.VoicebotProfileRepository;
import com.phiintelligence.sdk.voice.VoicebotProfileUpdate;
import com.phiintelligence.sdk.voice.VoicebotStatus;
import java.time.Instant;
import java.util.Objects;

/** {@link VoicebotProfileRepository} over {@link VoicebotProfileEntity}. Thread-safe. */
public final class HibernateVoicebotProfileRepository extends HibernateRepository<VoicebotProfile, String,
        VoicebotProfileEntity, NewVoicebotProfile, VoicebotProfileUpdate, VoicebotProfileQuery>
        implements VoicebotProfileRepository {

    /** @param db where the work runs */
    public HibernateVoicebotProfileRepository(Database db) {
        super(db, VoicebotProfileEntity.class, "voicebot_profiles", "voicebotId");
    }

    @Override
    protected VoicebotProfileEntity newEntity(NewVoicebotProfile c, Instant now) {
        VoicebotProfileEntity e = VoicebotProfileEntity.empty();
        e.configuration = VoiceRows.node(c.configuration(), "configuration");
        e.voicebotId = c.voicebotId() != null ? c.voicebotId() : VoicebotIds.generate(now);
        e.companyName = c.companyName();
        e.description = c.description();
        e.status = c.status().code();
        e.livekitInstance = c.livekitInstance().code();
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    @Override
    protected void applyUpdate(VoicebotProfileEntity e, VoicebotProfileUpdate u, Instant now) {
        // Everything that can fail is checked before the managed entity changes.
        JsonNode configuration = u.configuration().isSet() ? VoiceRows.node(u.configuration().value(), "configuration")
                : e.configuration;
        u.companyName().ifSet(v -> e.companyName = v);
        u.description().ifSet(v -> e.description = v);
        u.status().ifSet(v -> e.status = v.code());
        u.livekitInstance().ifSet(v -> e.livekitInstance = v.code());
        e.configuration = configuration;
        e.updatedAt = now;
    }

    @Override
    protected VoicebotProfile toDomain(VoicebotProfileEntity e) {
        return new VoicebotProfile(e.voicebotId, e.companyName, e.description, VoicebotStatus.of(e.status),
                LivekitInstance.of(e.livekitInstance), VoiceRows.json(e.configuration), e.createdAt, e.updatedAt);
    }

    @Override
    protected VoicebotProfileQuery newQuery() {
        return new VoicebotProfileQuery(this);
    }

    /** Deletes the bot and, in the same transaction, its usage summary (which has no foreign key). */
    @Override
    public boolean delete(String voicebotId) {
        Objects.requireNonNull(voicebotId, "id");
        return db.run(session -> {
            boolean deleted = super.delete(voicebotId);
            if (deleted) {
                UsageSummaries.delete(session, voicebotId);
            }
            return deleted;
        });
    }
}
