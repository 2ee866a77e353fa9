-- PayDesk schema, version 2: substring search over the transactions and the bookkeeping of report imports.

-- Trigram full-text index (SQLite FTS5) over the searchable columns. External content: the text lives only in
-- transactions; the triggers below keep the index in step with every insert, delete and change of these columns.
-- Trigrams are case-insensitive and find any substring of three characters or more.
CREATE VIRTUAL TABLE transactions_search USING fts5(
    merchant_reference, fort_id, customer_email, customer_name, card_last4,
    content = 'transactions', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO transactions_search (transactions_search) VALUES ('rebuild');
CREATE TRIGGER transactions_search_insert AFTER INSERT ON transactions
BEGIN
    INSERT INTO transactions_search (rowid, merchant_reference, fort_id, customer_email, customer_name, card_last4)
    VALUES (new.id, new.merchant_reference, new.fort_id, new.customer_email, new.customer_name, new.card_last4);
END;
CREATE TRIGGER transactions_search_delete AFTER DELETE ON transactions
BEGIN
    INSERT INTO transactions_search (transactions_search, rowid, merchant_reference, fort_id, customer_email,
                                     customer_name, card_last4)
    VALUES ('delete', old.id, old.merchant_reference, old.fort_id, old.customer_email, old.customer_name,
            old.card_last4);
END;
CREATE TRIGGER transactions_search_update
AFTER UPDATE OF merchant_reference, fort_id, customer_email, customer_name, card_last4 ON transactions
BEGIN
    INSERT INTO transactions_search (transactions_search, rowid, merchant_reference, fort_id, customer_email,
                                     customer_name, card_last4)
    VALUES ('delete', old.id, old.merchant_reference, old.fort_id, old.customer_email, old.customer_name,
            old.card_last4);
    INSERT INTO transactions_search (rowid, merchant_reference, fort_id, customer_email, customer_name, card_last4)
    VALUES (new.id, new.merchant_reference, new.fort_id, new.customer_email, new.customer_name, new.card_last4);
END;

-- Search terms shorter than three characters have no trigram: they match the start of these columns instead,
-- through case-insensitive indexes (LIKE 'x%' uses a NOCASE index). fort_id also serves lookups by APS's id.
CREATE INDEX transactions_by_reference_nocase ON transactions (merchant_reference COLLATE NOCASE);
CREATE INDEX transactions_by_fort_id ON transactions (fort_id COLLATE NOCASE);
CREATE INDEX transactions_by_email_nocase ON transactions (customer_email COLLATE NOCASE);
CREATE INDEX transactions_by_name_nocase ON transactions (customer_name COLLATE NOCASE);

-- Counts filtered by state, currency and dates read this index alone (the state filter needs the deadline to tell
-- expired from authorized), instead of visiting every row of the currency and date range.
CREATE INDEX transactions_by_state_currency ON transactions (base_state, currency, authorized_at, capture_deadline);

-- Every report row ever imported, by its row key (ReportImporter documents the key), so that importing a file
-- again changes nothing.
CREATE TABLE imported_rows (
    row_key TEXT PRIMARY KEY NOT NULL,
    transaction_id INTEGER NOT NULL REFERENCES transactions (id),
    imported_at INTEGER NOT NULL
);

-- What the imported report rows of one order add up to (successful operations only, minor units). Imports
-- compare these with the cache's totals, which the journal may have raised further; they never lower those.
CREATE TABLE report_totals (
    transaction_id INTEGER PRIMARY KEY NOT NULL REFERENCES transactions (id),
    origin_seen INTEGER NOT NULL DEFAULT 0,
    authorized INTEGER NOT NULL DEFAULT 0,
    captured INTEGER NOT NULL DEFAULT 0,
    refunded INTEGER NOT NULL DEFAULT 0,
    voided INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    last_row_at INTEGER NOT NULL DEFAULT 0
);
