-- Refresh tokens: only a SHA-256 hash of each token is kept; revoked when the account is disabled,
-- re-scoped or its password changes, and unusable after expires_at.
CREATE TABLE refresh_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    issued_at   DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    revoked     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_token_user ON refresh_token (username);
