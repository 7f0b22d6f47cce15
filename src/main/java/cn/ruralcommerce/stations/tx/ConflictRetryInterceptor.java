package cn.ruralcommerce.stations.tx;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.aop.InterceptorBean;
import jakarta.inject.Singleton;

import java.sql.Connection;

/** Runs a (blocking) {@link RetryWriteConflicts} method through {@link ConflictRetry}, outside (around) its transaction. */
@Singleton
@InterceptorBean(RetryWriteConflicts.class)
public class ConflictRetryInterceptor implements MethodInterceptor<Object, Object> {
    private final ConflictRetry retry;
    private final TransactionOperations<Connection> transactions;

    public ConflictRetryInterceptor(ConflictRetry retry, TransactionOperations<Connection> transactions) {
        this.retry = retry;
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        // proceed(this): each run goes through the interceptors after this one again, the transaction included
        return retry.run(() -> context.proceed(this));
    }
}
