package cn.ruralcommerce.stations.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Accounts by username. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppUserRepository extends CrudRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    /** Accounts whose name, lower-cased, is {@code lowerCase} (names created before names were canonical may have capitals). */
    @Query("SELECT * FROM app_user WHERE LOWER(username) = :lowerCase ORDER BY id")
    List<AppUser> findByLowerCaseName(String lowerCase);

    /** The account a canonical name ({@link Usernames}) means: the exact name, else the one account equal but for case. */
    default Optional<AppUser> findByCanonicalName(String canonical) {
        Optional<AppUser> exact = findByUsername(canonical);
        if (exact.isPresent()) {
            return exact;
        }
        List<AppUser> folded = findByLowerCaseName(canonical);
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }
    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleOrderByUsername(Role role);

    List<AppUser> listOrderByUsername();
}
