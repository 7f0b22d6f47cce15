package cn.ruralcommerce.stations.region;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Divisions by code, parent and name. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegionRepository extends CrudRepository<Region, String> {
    List<Region> findByParentCodeOrderByCode(String parentCode);

    List<Region> findByCodeIn(Collection<String> codes);

    List<Region> findByLevelOrderByCode(RegionLevel level);

    @Query("SELECT * FROM region WHERE name LIKE CONCAT('%', :q, '%') OR code LIKE CONCAT(:q, '%') ORDER BY LENGTH(code), code LIMIT :limit")
    List<Region> search(String q, int limit);

    /** Like {@link #search} but only among the divisions whose code starts with {@code prefix} (a county). */
    @Query("SELECT * FROM region WHERE code LIKE CONCAT(:prefix, '%') AND (name LIKE CONCAT('%', :q, '%') OR code LIKE CONCAT(:q, '%')) ORDER BY LENGTH(code), code LIMIT :limit")
    List<Region> searchWithin(String prefix, String q, int limit);

    @Query("SELECT * FROM region WHERE code LIKE CONCAT(:prefix, '%') AND level = :level ORDER BY code")
    List<Region> findWithin(String prefix, RegionLevel level);


    /** Current (not retired) rural divisions of a level whose code starts with the prefix. */
    @Query("SELECT COUNT(*) FROM region WHERE code LIKE CONCAT(:prefix, '%') AND level = :level AND rural = TRUE AND retired_on IS NULL")
    long countRuralWithin(String prefix, RegionLevel level);

    @Query("SELECT * FROM region WHERE level = :level AND rural = TRUE ORDER BY code")
    List<Region> findRuralVillages(RegionLevel level);
}
