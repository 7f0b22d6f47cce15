package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The outcome of one entry of a batch (批量结果): created, a replay of an earlier entry, a key conflict or invalid. */
@Serdeable
public record SaleResult(int index, Status status, @Nullable Long id, List<FieldError> errors) {

    /** What happened to the entry. */
    public enum Status {
        CREATED, REPLAYED, CONFLICT, INVALID, FORBIDDEN
    }

    static SaleResult of(int index, Status status, Long id) {
        return new SaleResult(index, status, id, List.of());
    }

    static SaleResult failed(int index, Status status, List<FieldError> errors) {
        return new SaleResult(index, status, null, errors);
    }
}
