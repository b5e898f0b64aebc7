package io.tempora.provider.appointmenttype;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.ProviderSelection;
import io.tempora.contracts.rules.AssignmentStrategy;

@Schema(name = "Service")
public record AppointmentTypeView(
        UUID id, UUID organizationId, String name, String description, int durationMinutes,
        int bufferBeforeMinutes, int bufferAfterMinutes, int slotStepMinutes, int capacity,
        ProviderSelection providerSelection, AssignmentStrategy assignmentStrategy,
        int minimumNoticeMinutes, int maximumAdvanceDays, MoneyAmount price, boolean active,
        List<AssignmentView> providers, long version, Instant createdAt, Instant updatedAt)
        implements ServiceListing {

    @Schema(name = "ServiceProvider")
    public record AssignmentView(UUID providerId, int priority, Integer durationMinutes, MoneyAmount price) {

        static AssignmentView of(ProviderAssignment assignment) {
            return new AssignmentView(assignment.providerId, assignment.priority, assignment.durationMinutes,
                    MoneyAmount.of(assignment.priceAmount, assignment.priceCurrency));
        }
    }

    static AppointmentTypeView of(AppointmentType service, List<ProviderAssignment> assignments) {
        return new AppointmentTypeView(service.id, service.organizationId, service.name, service.description,
                service.durationMinutes, service.bufferBeforeMinutes, service.bufferAfterMinutes,
                service.slotStepMinutes, service.capacity, service.providerSelection, service.assignmentStrategy,
                service.minimumNoticeMinutes, service.maximumAdvanceDays,
                MoneyAmount.of(service.priceAmount, service.priceCurrency), service.active,
                assignments.stream().map(AssignmentView::of).toList(), service.version, service.createdAt,
                service.updatedAt);
    }

    static ServiceSnapshot snapshot(AppointmentType service, List<ProviderAssignment> assignments) {
        MoneyAmount price = MoneyAmount.of(service.priceAmount, service.priceCurrency);
        return new ServiceSnapshot(service.id, service.organizationId, service.name, service.durationMinutes,
                service.bufferBeforeMinutes, service.bufferAfterMinutes, service.slotStepMinutes, service.capacity,
                service.minimumNoticeMinutes, service.maximumAdvanceDays, service.providerSelection,
                service.assignmentStrategy, price == null ? null : price.toContract(), service.active,
                assignments.stream().map(assignment -> {
                    MoneyAmount own = MoneyAmount.of(assignment.priceAmount, assignment.priceCurrency);
                    return new ServiceSnapshot.Offering(assignment.providerId, assignment.priority,
                            assignment.durationMinutes, own == null ? null : own.toContract());
                }).toList(),
                service.version);
    }
}
