-- Which provider each live booking is with and until when, followed from booking.occupancy.v1:
-- enough to tell whether more than one provider has future bookings (turning multi-provider off).
CREATE TABLE upcoming_booking (
    booking_id      UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    provider_id     UUID NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX upcoming_booking_by_organization ON upcoming_booking (organization_id, ends_at);
