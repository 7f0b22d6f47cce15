package cn.ruralcommerce.stations.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a listing: the items, the page asked for (from 0), its size and the total number of matches. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long total) {
    public static <T> PageView<T> of(List<T> items, int page, int size, long total) {
        return new PageView<>(items, page, size, total);
    }
}
