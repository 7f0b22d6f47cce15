package cn.ruralcommerce.stations.catalog;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Progress of the "528" programme (528工程进度): categories per level against the targets. */
@Serdeable
public record ProgressView(List<LevelProgress> levels, long countiesWithFlagships) {

    /** One level: how many categories exist, the target and the share reached in percent (capped at 100). */
    @Serdeable
    public record LevelProgress(CategoryLevel level, long count, int target, double percent) {
        static LevelProgress of(CategoryLevel level, long count, int target) {
            double percent = target <= 0 ? 100.0 : Math.min(100.0, Math.round(1000.0 * count / target) / 10.0);
            return new LevelProgress(level, count, target, percent);
        }
    }
}
