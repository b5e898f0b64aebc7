package io.tempora.provider.caseload;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import io.tempora.contracts.rules.PanelStatus;

/** How many clients a provider looks after and whether they take new ones. */
@Entity
public class Caseload {

    @Id
    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "active_client_count", nullable = false)
    public int activeClientCount;

    /** Null: no limit. */
    @Column(name = "maximum_caseload")
    public Integer maximumCaseload;

    @Enumerated(EnumType.STRING)
    @Column(name = "panel_status", nullable = false)
    public PanelStatus panelStatus;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Bookings gave the provider {@code clients} more clients (fewer when negative); a count
     * corrected by hand to fewer than bookings take away stays at none.
     *
     * @return false when that changes nothing
     */
    boolean changeActiveClients(int clients, Instant now) {
        int count = Math.max(0, activeClientCount + clients);
        if (count == activeClientCount) {
            return false;
        }
        activeClientCount = count;
        updatedAt = now;
        return true;
    }
}
