package cn.ruralcommerce.stations.tx;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put next to {@code @Transactional} on a write: the whole transaction runs again after a write conflict
 * ({@link ConflictRetry}). The interceptor wraps the transaction (it runs in the retry phase, before the
 * transaction phase) and passes straight through when called inside a transaction already begun, where only
 * the outermost boundary may repeat the work. The method must be safe to run again: its inputs are values
 * (not streams) and its side effects outside the database wait for the commit (as {@code ChangeRecorder}'s
 * events do).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface RetryWriteConflicts {
}
