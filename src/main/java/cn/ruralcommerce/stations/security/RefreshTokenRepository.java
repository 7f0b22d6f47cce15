package cn.ruralcommerce.stations.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Refresh tokens by hash; revocation of all tokens of an account. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {
    Optional<RefreshToken> findByTokenHash(String tokenHash);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE username = :username AND revoked = FALSE")
    int revokeAll(String username);
}
