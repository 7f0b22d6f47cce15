package cn.ruralcommerce.stations.region;

/** Published after divisions were created, updated or retired, so in-memory copies reload. */
public record RegionsChangedEvent(int changed) {
}
