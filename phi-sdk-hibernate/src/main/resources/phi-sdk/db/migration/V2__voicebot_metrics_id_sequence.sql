-- V2: a sequence for voicebot_metrics.id, which has no default in the live schema.
--
-- The sequence lives in the SDK's own schema, not in public: public belongs to the platform and
-- the website's tooling, and the SDK adds nothing there. The column keeps no default either (that
-- would change a table the SDK adopted); the SDK calls nextval on this sequence itself.
-- It starts after the largest id already present so that adopting a database with rows never
-- hands out an id in use. The SDK also moves it forward at every start, in case other writers
-- inserted larger ids meanwhile.
--
-- Qualified names only: the production pooler keeps no session state (see V1).
-- PERFORM inside DO, not SELECT: Flyway prints the result of a SELECT to standard output.

CREATE SEQUENCE "${flyway:defaultSchema}".voicebot_metrics_id_seq AS bigint MINVALUE 1 START WITH 1;

DO $$
BEGIN
    PERFORM setval('"${flyway:defaultSchema}".voicebot_metrics_id_seq',
                   COALESCE((SELECT max(id) FROM public.voicebot_metrics), 0) + 1,
                   false);
END
$$;
