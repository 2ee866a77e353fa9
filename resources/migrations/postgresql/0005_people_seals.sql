-- PayDesk schema, version 5, PostgreSQL (as ../0005_people_seals.sql): the rules that keep four eyes meaningful are tamper-evident (ARCHITECTURE.md
-- section 5). PeopleSeal writes the MACs, keyed by the audit key, which SQL cannot compute: a database
-- upgraded from schema 4 gets its seals on the first open with the key, once, recorded in the audit log as
-- "people_seal" (PeopleSeal::sealOnce()).

-- HMAC of the row's canonical content (id, name, role, password hash, disabled, approver confirmation);
-- empty until sealed.
ALTER TABLE users ADD COLUMN mac TEXT NOT NULL DEFAULT '';
-- An approver role granted by an admin waits for a second admin's confirmation (or, with one admin, for
-- AuthService::ApproverWaitingPeriod): granted_at/granted_by say when and by whom, confirmed_by who
-- confirmed ("waiting period" when the wait ran out). granted_at is NULL for roles that need no confirmation.
ALTER TABLE users ADD COLUMN granted_at BIGINT;
ALTER TABLE users ADD COLUMN granted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '';

-- HMAC of (profile, currency, threshold); empty until sealed.
ALTER TABLE approval_thresholds ADD COLUMN mac TEXT NOT NULL DEFAULT '';
