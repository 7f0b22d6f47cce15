package cn.ruralcommerce.stations.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Product categories by code, level, parent and name or initials. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CategoryRepository extends CrudRepository<Category, String> {
    List<Category> findByParentCodeOrderByCode(String parentCode);

    List<Category> findByLevelOrderByCode(CategoryLevel level);

    List<Category> findByCodeIn(Collection<String> codes);

    List<Category> findAllOrderByCode();

    long countByLevel(CategoryLevel level);

    @Query("SELECT * FROM product_category WHERE name LIKE CONCAT('%', :q, '%') OR initials LIKE CONCAT(:q, '%')"
            + " OR code LIKE CONCAT(:q, '%') ORDER BY code LIMIT :limit")
    List<Category> search(String q, int limit);
}
