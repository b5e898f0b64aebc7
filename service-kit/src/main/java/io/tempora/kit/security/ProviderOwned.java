package io.tempora.kit.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint's {@code providerId} path parameter names whose data it is: owners and assistants
 * may act on anyone's, a PROVIDER token only on its own (403 otherwise). Roles are still decided
 * by {@code @RolesAllowed}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProviderOwned {
}
