-- Foundation: administrative divisions, boundaries, accounts, audit log.
-- Portable subset of MySQL 8 / MariaDB 10.11 / H2 (MODE=MySQL): no spatial types, no JSON functions.
-- All timestamps are UTC.

CREATE TABLE region (
    code            VARCHAR(12)  NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    level           VARCHAR(10)  NOT NULL,
    parent_code     VARCHAR(12),
    lon             DOUBLE,
    lat             DOUBLE,
    population      INT,
    rural           BOOLEAN,
    former_poverty  BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from      DATE         NOT NULL,
    retired_on      DATE,
    successor_code  VARCHAR(12),
    updated_at      DATETIME(3)  NOT NULL
);
CREATE INDEX ix_region_parent ON region (parent_code);
CREATE INDEX ix_region_level ON region (level);
CREATE INDEX ix_region_name ON region (name);

-- Earlier names and parents of a code: one row per superseded version.
CREATE TABLE region_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    parent_code  VARCHAR(12),
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NOT NULL,
    recorded_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_region_version_code ON region_version (code);

-- Boundary polygons as GeoJSON geometry text (CGCS2000 lon/lat) with their bounding box.
CREATE TABLE region_boundary (
    code        VARCHAR(12) NOT NULL PRIMARY KEY,
    geometry    LONGTEXT    NOT NULL,
    min_lon     DOUBLE      NOT NULL,
    min_lat     DOUBLE      NOT NULL,
    max_lon     DOUBLE      NOT NULL,
    max_lat     DOUBLE      NOT NULL,
    updated_at  DATETIME(3) NOT NULL
);

CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    scope_code     VARCHAR(32),
    display_name   VARCHAR(100),
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

-- Append-only record of every write: who, when, what, before and after (JSON text).
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3)  NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    county_code  VARCHAR(12),
    before_json  LONGTEXT,
    after_json   LONGTEXT
);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_county ON audit_log (county_code, occurred_at);
