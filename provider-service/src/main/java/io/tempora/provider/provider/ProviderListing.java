package io.tempora.provider.provider;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a provider read returns: the whole provider for staff, the public part for everyone else. */
@Schema(anyOf = {ProviderView.class, PublicProviderView.class})
public sealed interface ProviderListing permits ProviderView, PublicProviderView {
}
