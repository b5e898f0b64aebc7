package io.tempora.persistence.db;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;
import io.tempora.kit.concurrency.Uncancellable;

/**
 * Subscribes to a resource method's answer on its own, so that the HTTP layer cancelling its
 * subscription (the client disconnected) does not reach the work: the answer is then dropped.
 * Outermost, before any transaction interceptor.
 */
@CompletesDespiteDisconnect
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class CompletesDespiteDisconnectInterceptor {

    @AroundInvoke
    Object completeDespiteDisconnect(InvocationContext invocation) throws Exception {
        Object answer = invocation.proceed();
        if (answer instanceof Uni<?> work) {
            return Uncancellable.of(work);
        }
        return answer;
    }
}
