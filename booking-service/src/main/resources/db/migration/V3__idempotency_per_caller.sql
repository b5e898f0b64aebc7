-- An Idempotency-Key is its sender's own: another caller's same key neither replays nor blocks it.
ALTER TABLE idempotency_key ADD COLUMN caller text NOT NULL DEFAULT '';
ALTER TABLE idempotency_key ALTER COLUMN caller DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (organization_id, caller, key);
