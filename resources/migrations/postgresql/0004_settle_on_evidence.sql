-- PayDesk schema, version 4, PostgreSQL (as ../0004_settle_on_evidence.sql): operations are settled only on evidence (ARCHITECTURE.md section 4, step 5).

-- "Not applied" needs APS's totals unchanged across checks spread over the profile's quiet window: the
-- reconciler counts those checks from the first one that saw the baseline again.
ALTER TABLE operations ADD COLUMN quiet_checks BIGINT NOT NULL DEFAULT 0;
ALTER TABLE operations ADD COLUMN quiet_since BIGINT;
-- A retry of an intent found not applied names the attempt it repeats; a refund retry reuses that attempt's
-- maintenance_reference, so APS can never apply both.
ALTER TABLE operations ADD COLUMN retry_of BIGINT REFERENCES operations (id);
DROP INDEX operations_by_maintenance_reference;
CREATE INDEX operations_by_maintenance_reference ON operations (maintenance_reference)
    WHERE maintenance_reference IS NOT NULL;

-- How long unchanged totals must be seen before an unanswered operation counts as not applied, and how long
-- an undecided operation is checked before a person must decide (manual review). Minutes.
ALTER TABLE profiles ADD COLUMN settle_quiet_minutes BIGINT NOT NULL DEFAULT 15 CHECK (settle_quiet_minutes >= 1);
ALTER TABLE profiles ADD COLUMN manual_review_minutes BIGINT NOT NULL DEFAULT 20 CHECK (manual_review_minutes >= 1);

-- Set when APS turned out to have applied an operation the journal had settled as not applied: the order needs
-- a person's attention, whatever else happens to it.
ALTER TABLE transactions ADD COLUMN late_applied BIGINT NOT NULL DEFAULT 0;

-- Operations settled as not applied are watched for a day: should APS show them applied after all, the
-- reconciler corrects them and flags the order (next_check_at schedules those checks too).
CREATE INDEX operations_not_applied ON operations (finished_at) WHERE outcome = 'declined' AND resolved_by <> '';
