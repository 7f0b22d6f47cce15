package cn.ruralcommerce.stations.logistics;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Logistics nodes by code, region prefix and parent. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LogisticsNodeRepository extends CrudRepository<LogisticsNode, String> {
    List<LogisticsNode> findByCodeIn(Collection<String> codes);

    /** Stored codes equal to one of {@code lowerCodes} but for letter case (N01 and n01 are one code). */
    @Query("SELECT code FROM logistics_node WHERE LOWER(code) IN (:lowerCodes)")
    List<String> findCodesByLowerCodeIn(Collection<String> lowerCodes);

    List<LogisticsNode> findByParentCodeIn(Collection<String> parentCodes);

    long countByParentCode(String parentCode);

    @Query("SELECT * FROM logistics_node WHERE region_code LIKE CONCAT(:prefix, '%') ORDER BY code")
    List<LogisticsNode> findWithin(String prefix);
}
