package io.tempora.provider.appointmenttype;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a service read returns: the whole service for staff, the public part for everyone else. */
@Schema(anyOf = {AppointmentTypeView.class, PublicServiceView.class})
public sealed interface ServiceListing permits AppointmentTypeView, PublicServiceView {
}
