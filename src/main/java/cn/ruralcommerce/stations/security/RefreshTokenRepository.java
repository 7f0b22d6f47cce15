package cn.ruralcommerce.stations.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Refresh tokens by hash; rotation, and revocation of a family or of all tokens of an account. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {
    Optional<RefreshToken> findByTokenHash(String tokenHash);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE username = :username AND revoked = FALSE")
    int revokeAll(String username);

    @Query("UPDATE refresh_token SET revoked = TRUE WHERE family = :family AND revoked = FALSE")
    int revokeFamily(String family);

    /**
     * Marks the token exchanged at {@code now} (UTC text, as {@link cn.ruralcommerce.stations.config.UtcInstantConverter}
     * writes it); 0 when it was already exchanged or revoked, by a concurrent request say.
     */
    @Query("UPDATE refresh_token SET rotated_at = :now WHERE id = :id AND rotated_at IS NULL AND revoked = FALSE")
    int markRotated(long id, String now);
}
