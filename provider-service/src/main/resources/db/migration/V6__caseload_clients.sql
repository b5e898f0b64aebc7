-- Which clients a provider looks after: clients with live bookings with the provider, followed
-- from booking.events.v1. A provider's active client count is the number of its rows here.
CREATE TABLE caseload_client (
    provider_id     UUID NOT NULL REFERENCES provider (id),
    client_id       UUID NOT NULL,
    organization_id UUID NOT NULL,
    live_bookings   INT NOT NULL CHECK (live_bookings > 0),
    PRIMARY KEY (provider_id, client_id)
);
