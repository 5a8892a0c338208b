package com.phiintelligence.sdk.hibernate.internal.schema;

import com.phiintelligence.sdk.schema.SchemaReport;
import java.util.List;
import javax.sql.DataSource;

/** Placeholder until the schema layer lands: reports NOT_MANAGED. */
public final class SchemaManager {
    private final String sdkSchema;
    private final DataSource dataSource;

    /**
     * @param dataSource the pool
     * @param sdkSchema  the SDK schema
     */
    public SchemaManager(DataSource dataSource, String sdkSchema) {
        this.sdkSchema = sdkSchema;
        this.dataSource = dataSource;
    }

    /** @return the report */
    public SchemaReport apply() {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var in = SchemaManager.class.getResourceAsStream("/schema.sql")) {
            var rs = s.executeQuery("select count(*) from pg_tables where schemaname='public' and tablename='contacts'");
            rs.next();
            if (rs.getInt(1) == 0 && in != null) {
                s.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            // Temporary, until the Flyway migrations land: the id sequence of voicebot_metrics.
            s.execute("CREATE SCHEMA IF NOT EXISTS " + sdkSchema);
            s.execute("CREATE SEQUENCE IF NOT EXISTS " + voicebotMetricsSequence());
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return inspect();
    }

    /** @return the report */
    public SchemaReport inspect() {
        return new SchemaReport(SchemaReport.Outcome.NOT_MANAGED, null, List.of());
    }

    /** @return the sequence */
    public String voicebotMetricsSequence() {
        return sdkSchema + ".voicebot_metrics_id_seq";
    }
}
