-- PayDesk schema, version 2, PostgreSQL: substring search and the bookkeeping of report imports, as
-- ../0002_search.sql. Search uses pg_trgm: GIN trigram indexes serve ILIKE '%term%' on each searchable column
-- (SqlDialect::textSearch), where SQLite has an FTS5 trigram table. pg_trgm is a trusted extension: the owner of
-- the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX transactions_reference_trgm ON transactions USING gin (merchant_reference gin_trgm_ops);
CREATE INDEX transactions_fort_id_trgm ON transactions USING gin (fort_id gin_trgm_ops);
CREATE INDEX transactions_email_trgm ON transactions USING gin (customer_email gin_trgm_ops);
CREATE INDEX transactions_name_trgm ON transactions USING gin (customer_name gin_trgm_ops);
CREATE INDEX transactions_last4_trgm ON transactions USING gin (card_last4 gin_trgm_ops);
-- Exact lookups by APS's id.
CREATE INDEX transactions_by_fort_id ON transactions (fort_id);

CREATE INDEX transactions_by_state_currency ON transactions (base_state, currency, authorized_at, capture_deadline);

CREATE TABLE imported_rows (
    row_key TEXT PRIMARY KEY NOT NULL,
    transaction_id BIGINT NOT NULL REFERENCES transactions (id),
    imported_at BIGINT NOT NULL
);

CREATE TABLE report_totals (
    transaction_id BIGINT PRIMARY KEY NOT NULL REFERENCES transactions (id),
    origin_seen BIGINT NOT NULL DEFAULT 0,
    authorized BIGINT NOT NULL DEFAULT 0,
    captured BIGINT NOT NULL DEFAULT 0,
    refunded BIGINT NOT NULL DEFAULT 0,
    voided BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0,
    last_row_at BIGINT NOT NULL DEFAULT 0
);
CREATE TRIGGER imported_rows_changed AFTER INSERT OR UPDATE OR DELETE ON imported_rows
    FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_change();
