-- Every change of an account's role, scope, password or enabled flag raises its token version; access
-- tokens carry the version they were issued under and are refused once it is no longer current.
ALTER TABLE app_user ADD COLUMN token_version INT NOT NULL DEFAULT 0;

-- Refresh tokens rotate on use: each refresh marks the token rotated and issues a new one in the same family;
-- presenting a rotated token again revokes the whole family. token_version is the account's version at issue.
ALTER TABLE refresh_token ADD COLUMN family VARCHAR(64);
ALTER TABLE refresh_token ADD COLUMN token_version INT NOT NULL DEFAULT 0;
ALTER TABLE refresh_token ADD COLUMN rotated_at DATETIME(3);
UPDATE refresh_token SET family = token_hash WHERE family IS NULL;
CREATE INDEX ix_refresh_token_family ON refresh_token (family);
