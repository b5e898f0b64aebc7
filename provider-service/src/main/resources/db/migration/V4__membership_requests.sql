-- invitations (an organization asks an individual) and join requests (an individual asks an
-- organization): the two ways staff grows, with one workflow
CREATE TABLE membership_request (
    id                       UUID PRIMARY KEY,
    organization_id          UUID NOT NULL REFERENCES organization (id),
    kind                     TEXT NOT NULL,
    organization_provider_id UUID NOT NULL REFERENCES provider (id),
    individual_provider_id   UUID NOT NULL REFERENCES provider (id),
    message                  TEXT,
    status                   TEXT NOT NULL,
    expires_at               TIMESTAMPTZ NOT NULL,
    decided_at               TIMESTAMPTZ,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX membership_request_one_pending
    ON membership_request (organization_provider_id, individual_provider_id) WHERE status = 'PENDING';
CREATE INDEX membership_request_by_organization ON membership_request (organization_id, kind, status);
