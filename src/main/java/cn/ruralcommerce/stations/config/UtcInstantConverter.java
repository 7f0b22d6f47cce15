package cn.ruralcommerce.stations.config;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Binds instants to DATETIME(3) columns as UTC text ("2026-11-22 04:58:01.246"). MySQL Connector/J
 * reads MariaDB 10's "5.5.5-" version prefix as a server without fractional seconds and truncates
 * Timestamp parameters to whole seconds; text keeps the milliseconds on every engine.
 */
@Singleton
public class UtcInstantConverter implements AttributeConverter<Instant, String> {
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public String convertToPersistedValue(Instant instant, ConversionContext context) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityValue(String text, ConversionContext context) {
        return text == null ? null : LocalDateTime.parse(text.strip(), READ).toInstant(ZoneOffset.UTC);
    }
}
