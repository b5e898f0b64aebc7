// What each conflict of the availability rules means to the front desk (docs/availability-service.md).
const CONFLICTS: Record<string, string> = {
  PAST: "The time has passed",
  APPOINTMENT_CONFLICT: "The provider is already booked then",
  AVAILABILITY_EXCEPTION_CONFLICT: "Time off, a holiday or a closed day",
  OUTSIDE_DEFAULT_AVAILABILITY: "Outside the provider's working hours",
  RESOURCE_CONFLICT: "A required resource is taken",
  NOT_TAKING_NEW_CLIENTS: "The provider takes no new clients",
};

export function describeConflict(conflict: string): string {
  return CONFLICTS[conflict] ?? conflict;
}
