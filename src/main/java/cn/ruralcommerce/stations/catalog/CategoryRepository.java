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

    /** The categories with these codes, their parents and grandparents (the taxonomy has three levels), in one query. */
    @Query("SELECT * FROM product_category WHERE code IN (:codes)"
            + " OR code IN (SELECT parent_code FROM product_category WHERE code IN (:codes))"
            + " OR code IN (SELECT p.parent_code FROM product_category p JOIN product_category c ON c.parent_code = p.code"
            + " WHERE c.code IN (:codes))")
    List<Category> findWithAncestors(Collection<String> codes);

    List<Category> findAllOrderByCode();

    long countByLevel(CategoryLevel level);

    @Query("SELECT * FROM product_category WHERE name LIKE CONCAT('%', :q, '%') OR initials LIKE CONCAT(:q, '%')"
            + " OR code LIKE CONCAT(:q, '%') ORDER BY code LIMIT :limit")
    List<Category> search(String q, int limit);
}
