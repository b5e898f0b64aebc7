package io.tempora.persistence.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a REST resource: a request whose client goes away still runs to its end (commit or rollback)
 * instead of being cancelled half-way. Cancelling a Hibernate Reactive session mid-flight can
 * leave its connection out of the pool for good (quarkusio/quarkus#51576), so that enough
 * impatient clients would stop the service.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompletesDespiteDisconnect {
}
