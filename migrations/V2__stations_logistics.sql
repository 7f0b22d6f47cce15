-- Stations, logistics nodes, status history and the cross-instance change log.
-- Portable subset of MySQL 8 / MariaDB 10.11 / H2 (MODE=MySQL): no spatial types, no JSON functions.
-- lon/lat are CGCS2000 degrees; DATETIME(3) columns are UTC instants; DATE columns are bureau-local dates.

CREATE TABLE station (
    code            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    tier            VARCHAR(20)  NOT NULL,
    region_code     VARCHAR(12)  NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    lon             DOUBLE       NOT NULL,
    lat             DOUBLE       NOT NULL,
    address         VARCHAR(200),
    operator_name   VARCHAR(50),
    operator_phone  VARCHAR(30),
    services        VARCHAR(300),
    floor_area      INT,
    opening_hours   VARCHAR(100),
    status          VARCHAR(12)  NOT NULL,
    opened_on       DATE,
    closed_on       DATE,
    allow_urban     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL
);
CREATE INDEX ix_station_region ON station (region_code);
CREATE INDEX ix_station_county ON station (county_code, status);

-- Every lifecycle change of a station with the date it took effect: answers "active on date D".
CREATE TABLE station_status_change (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    station_code  VARCHAR(32)  NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    effective_on  DATE         NOT NULL,
    reason        VARCHAR(200),
    username      VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL
);
CREATE INDEX ix_status_change_station ON station_status_change (station_code, effective_on);

CREATE TABLE logistics_node (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100),
    tier          VARCHAR(20)  NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    lon           DOUBLE       NOT NULL,
    lat           DOUBLE       NOT NULL,
    carriers      VARCHAR(300),
    station_code  VARCHAR(32),
    parent_code   VARCHAR(32),
    cross_county  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL
);
CREATE INDEX ix_logistics_node_region ON logistics_node (region_code);
CREATE INDEX ix_logistics_node_parent ON logistics_node (parent_code);

-- One row per write to a station or node, in the writing transaction: other instances poll it by id.
CREATE TABLE change_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    VARCHAR(64)  NOT NULL,
    county_code  VARCHAR(12),
    changed_at   DATETIME(3)  NOT NULL
);
