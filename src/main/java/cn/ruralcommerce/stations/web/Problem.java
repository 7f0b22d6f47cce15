package cn.ruralcommerce.stations.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem details body, with the rejected fields of a 400. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail,
                      @Nullable String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
