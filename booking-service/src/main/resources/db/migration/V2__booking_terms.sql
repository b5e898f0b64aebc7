-- Whether the service's assignment strategy picked the provider (a reschedule may then pick another),
-- and the price agreed with that provider when booked (a later price change leaves it as it was).
ALTER TABLE booking ADD COLUMN provider_assigned boolean NOT NULL DEFAULT false;
ALTER TABLE booking ADD COLUMN price_amount numeric(12, 2);
ALTER TABLE booking ADD COLUMN price_currency varchar(3);

-- "Is this client already theirs?" for caseload panels
CREATE INDEX booking_live_by_client_and_provider ON booking (organization_id, client_id, provider_id)
    WHERE status <> 'CANCELLED';
