package cn.ruralcommerce.stations.config;

import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an Instant property stored in a DATETIME(3) column as UTC text with milliseconds (see {@link UtcInstantConverter}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@TypeDef(type = DataType.STRING, converter = UtcInstantConverter.class)
public @interface UtcMillis {
}
