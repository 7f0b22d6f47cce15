package cn.ruralcommerce.stations.changelog;

import java.util.Set;

/**
 * Published on this instance after a transaction that wrote stations or logistics nodes has committed;
 * other instances learn of the same change from the {@code change_log} table.
 *
 * @param entityType  {@link ChangeRecorder#STATION} or {@link ChangeRecorder#LOGISTICS_NODE}
 * @param entityIds   codes of the written entities
 * @param countyCodes the counties they lie in (before and after the write)
 */
public record NetworkChangedEvent(String entityType, Set<String> entityIds, Set<String> countyCodes) {
}
