-- The "528" product taxonomy, county flagships and public brands, poverty-alleviation product
-- certificates, linked households, sales entries with their idempotency keys, and the summary
-- tables the statistics read. Portable subset of MySQL 8 / MariaDB 10.11 / H2 (MODE=MySQL).
-- DATETIME(3) columns are UTC instants; DATE columns are bureau-local (Asia/Shanghai) days; money is BIGINT fen.

CREATE TABLE product_category (
    code         VARCHAR(16)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    level        VARCHAR(8)   NOT NULL,
    parent_code  VARCHAR(16),
    initials     VARCHAR(100),
    updated_at   DATETIME(3)  NOT NULL
);
CREATE INDEX ix_product_category_parent ON product_category (parent_code);
CREATE INDEX ix_product_category_level ON product_category (level);

-- A county's 2-3 flagship (拳头) categories, LARGE or MEDIUM.
CREATE TABLE county_flagship (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county_code    VARCHAR(6)   NOT NULL,
    category_code  VARCHAR(16)  NOT NULL,
    designated_by  VARCHAR(64)  NOT NULL,
    designated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_county_flagship UNIQUE (county_code, category_code)
);

-- Regional public brands (区域公用品牌, e.g. 巴味渝珍) and what they are tagged to.
CREATE TABLE public_brand (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    owner       VARCHAR(100),
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_public_brand_name UNIQUE (name)
);
CREATE TABLE public_brand_tag (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id  BIGINT      NOT NULL,
    kind      VARCHAR(10) NOT NULL,
    code      VARCHAR(16) NOT NULL,
    CONSTRAINT uq_public_brand_tag UNIQUE (brand_id, kind, code)
);

-- Poverty-alleviation product certificates (扶贫产品认定) issued by a county.
CREATE TABLE poverty_certificate (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_no  VARCHAR(64)  NOT NULL,
    supplier        VARCHAR(100) NOT NULL,
    product_name    VARCHAR(100) NOT NULL,
    category_code   VARCHAR(16)  NOT NULL,
    county_code     VARCHAR(6)   NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uq_poverty_certificate_no UNIQUE (certificate_no)
);
CREATE INDEX ix_poverty_certificate_lookup ON poverty_certificate (county_code, category_code, valid_from);

-- Registered-poor households linked to a station (利益联结); no national ID numbers.
CREATE TABLE household (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference_no     VARCHAR(40) NOT NULL,
    station_code     VARCHAR(32) NOT NULL,
    county_code      VARCHAR(6)  NOT NULL,
    village_code     VARCHAR(12) NOT NULL,
    head_name        VARCHAR(50) NOT NULL,
    size             INT         NOT NULL,
    registered_poor  BOOLEAN     NOT NULL,
    linked_since     DATE        NOT NULL,
    created_at       DATETIME(3) NOT NULL,
    updated_at       DATETIME(3) NOT NULL,
    CONSTRAINT uq_household_reference UNIQUE (reference_no)
);
CREATE INDEX ix_household_station ON household (station_code);
CREATE INDEX ix_household_county ON household (county_code, village_code);

-- Sales entries: append-only. A correction is a reversal entry (negative amounts, reverses_id set).
CREATE TABLE sale_entry (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key      VARCHAR(64),
    request_hash         CHAR(64),
    station_code         VARCHAR(32)   NOT NULL,
    county_code          VARCHAR(6)    NOT NULL,
    township_code        VARCHAR(9)    NOT NULL,
    village_code         VARCHAR(12)   NOT NULL,
    origin_village_code  VARCHAR(12),
    date_sold            DATE          NOT NULL,
    category_code        VARCHAR(16)   NOT NULL,
    product_name         VARCHAR(100)  NOT NULL,
    quantity             DECIMAL(13,3) NOT NULL,
    unit                 VARCHAR(16)   NOT NULL,
    amount_fen           BIGINT        NOT NULL,
    direction            VARCHAR(4)    NOT NULL,
    channel              VARCHAR(40)   NOT NULL,
    poverty              BOOLEAN       NOT NULL,
    poverty_basis        VARCHAR(12)   NOT NULL,
    poverty_reason       VARCHAR(200),
    certificate_id       BIGINT,
    reverses_id          BIGINT,
    reversal_reason      VARCHAR(200),
    recorded_by          VARCHAR(64)   NOT NULL,
    on_behalf            BOOLEAN       NOT NULL,
    recorded_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uq_sale_entry_key UNIQUE (idempotency_key),
    CONSTRAINT uq_sale_entry_reverses UNIQUE (reverses_id)
);
CREATE INDEX ix_sale_entry_station ON sale_entry (station_code, date_sold);
CREATE INDEX ix_sale_entry_county ON sale_entry (county_code, date_sold);

-- Households linked to a sale with their share; the dimensions are copied so that distinct
-- households per village, category or month can be counted without reading sale_entry.
-- sign is +1 for a sale and -1 for its reversal.
CREATE TABLE sale_household (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sale_id            BIGINT      NOT NULL,
    household_id       BIGINT      NOT NULL,
    share_percent      INT         NOT NULL,
    sign               INT         NOT NULL,
    county_code        VARCHAR(6)  NOT NULL,
    township_code      VARCHAR(9)  NOT NULL,
    village_code       VARCHAR(12) NOT NULL,
    station_code       VARCHAR(32) NOT NULL,
    day                DATE        NOT NULL,
    category_code      VARCHAR(16) NOT NULL,
    direction          VARCHAR(4)  NOT NULL,
    poverty            BOOLEAN     NOT NULL
);
CREATE INDEX ix_sale_household_sale ON sale_household (sale_id);
CREATE INDEX ix_sale_household_county ON sale_household (county_code, day);

-- Sales per station, attributed village, day, SMALL category, direction and poverty flag, kept in
-- the writing transaction. Clustered by county and day so a county-year query reads one range.
-- village_code/township_code are '' when a sale has no village (county or township station).
CREATE TABLE sales_daily_summary (
    county_code      VARCHAR(6)     NOT NULL,
    day              DATE           NOT NULL,
    station_code     VARCHAR(32)    NOT NULL,
    township_code    VARCHAR(9)     NOT NULL,
    village_code     VARCHAR(12)    NOT NULL,
    category_code    VARCHAR(16)    NOT NULL,
    direction        VARCHAR(4)     NOT NULL,
    poverty          BOOLEAN        NOT NULL,
    amount_fen       BIGINT         NOT NULL,
    quantity         DECIMAL(20,3)  NOT NULL,
    entries          BIGINT         NOT NULL,
    household_links  BIGINT         NOT NULL,
    PRIMARY KEY (county_code, day, station_code, village_code, category_code, direction, poverty)
);
CREATE INDEX ix_sales_daily_station ON sales_daily_summary (station_code, day);

-- The last day each station sold anything (reversals aside), for "effective" coverage.
CREATE TABLE station_last_sale (
    station_code    VARCHAR(32) NOT NULL PRIMARY KEY,
    last_sale_date  DATE        NOT NULL
);
