-- Who decided a time off is the deciding token's subject, which an identity provider need not make a UUID.
ALTER TABLE time_off ALTER COLUMN decided_by TYPE text USING decided_by::text;
