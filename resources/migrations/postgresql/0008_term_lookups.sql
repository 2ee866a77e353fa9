-- PayDesk schema, version 8, PostgreSQL (as ../0008_term_lookups.sql): search terms that look like what clerks
-- paste (SearchTerm) are looked up by the start of a column, case-insensitively (lower(column) LIKE
-- lower('term%')), or, for four digits, by the card's last four. text_pattern_ops lets a B-tree serve the LIKE
-- prefix whatever the database's collation; the pg_trgm indexes of schema 2 cannot, as every reference shares
-- its trigrams with every other.
CREATE INDEX transactions_by_reference_lower ON transactions (lower(merchant_reference) text_pattern_ops);
CREATE INDEX transactions_by_fort_id_lower ON transactions (lower(fort_id) text_pattern_ops);
CREATE INDEX transactions_by_email_lower ON transactions (lower(customer_email) text_pattern_ops);
CREATE INDEX transactions_by_last4 ON transactions (card_last4);
