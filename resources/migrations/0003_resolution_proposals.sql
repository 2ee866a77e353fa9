-- PayDesk schema, version 3: four-eyes resolution of operations in manual_review (ARCHITECTURE.md section 4,
-- step 5). One person proposes how the operation ended, with evidence; another confirms (which settles the
-- operation) or rejects the proposal with a reason.
CREATE TABLE resolution_proposals (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES operations (id),
    resolution TEXT NOT NULL CHECK (resolution IN ('applied', 'not_applied')),
    evidence TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    decision_reason TEXT NOT NULL DEFAULT ''
);
-- One open proposal per operation, whichever desk asks.
CREATE UNIQUE INDEX resolution_proposals_one_open ON resolution_proposals (operation_id)
    WHERE status = 'proposed';
CREATE INDEX resolution_proposals_by_operation ON resolution_proposals (operation_id, id);

-- The end-of-day report reads the operations that succeeded in a day.
CREATE INDEX operations_succeeded_by_finish ON operations (finished_at) WHERE outcome = 'succeeded';
