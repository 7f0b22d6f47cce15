-- Issue 12: the sales channel becomes a closed list (PLATFORM, LIVESTREAM, SOCIAL, ORDER_FARMING, OFFLINE, OTHER;
-- see docs/indicators.md), and the daily summary carries channel and unit so every statistic can be split by
-- channel and quantities are summed only within one unit.

-- 1. sale_entry: the free text moves to channel_original (kept as written), channel gets the code.
ALTER TABLE sale_entry ADD COLUMN channel_original VARCHAR(40);
UPDATE sale_entry SET channel_original = channel
WHERE channel NOT IN ('PLATFORM', 'LIVESTREAM', 'SOCIAL', 'ORDER_FARMING', 'OFFLINE', 'OTHER');
UPDATE sale_entry SET channel = CASE
    WHEN UPPER(TRIM(channel_original)) IN ('TAOBAO', 'TMALL', 'JD', 'PINDUODUO', 'PDD', 'ONLINE', 'WEB', 'SHOP', 'ONLINE_SHOP',
        'SUNING', '淘宝', '天猫', '京东', '拼多多', '电商平台', '网店', '网上商城', '村村旺') THEN 'PLATFORM'
    WHEN UPPER(TRIM(channel_original)) IN ('DOUYIN', 'KUAISHOU', 'LIVE', 'LIVESTREAM', 'LIVE_STREAM', '抖音', '快手', '直播',
        '直播带货') THEN 'LIVESTREAM'
    WHEN UPPER(TRIM(channel_original)) IN ('WECHAT', 'WEIXIN', 'SOCIAL', 'GROUP_BUY', 'GROUPBUY', '微信', '微商', '社群',
        '团购', '社区团购') THEN 'SOCIAL'
    WHEN UPPER(TRIM(channel_original)) IN ('ORDER', 'ORDER_FARMING', 'CONTRACT', '订单农业', '集团采购', '单位采购')
        THEN 'ORDER_FARMING'
    WHEN UPPER(TRIM(channel_original)) IN ('OFFLINE', 'STORE', 'SHOP_FLOOR', '线下', '门店', '店内', '赶集', '现场') THEN 'OFFLINE'
    ELSE 'OTHER' END
WHERE channel_original IS NOT NULL;

-- 2. sale_household: the channel of its sale, for households split by channel.
ALTER TABLE sale_household ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'OTHER';
UPDATE sale_household SET channel = (SELECT e.channel FROM sale_entry e WHERE e.id = sale_household.sale_id);

-- 3. sales_daily_summary rebuilt from the entries with channel and unit in its key (it is derived data).
CREATE TABLE sales_daily_summary_v5 (
    county_code      VARCHAR(6)     NOT NULL,
    day              DATE           NOT NULL,
    station_code     VARCHAR(32)    NOT NULL,
    township_code    VARCHAR(9)     NOT NULL,
    village_code     VARCHAR(12)    NOT NULL,
    category_code    VARCHAR(16)    NOT NULL,
    direction        VARCHAR(4)     NOT NULL,
    poverty          BOOLEAN        NOT NULL,
    channel          VARCHAR(16)    NOT NULL,
    unit             VARCHAR(16)    NOT NULL,
    amount_fen       BIGINT         NOT NULL,
    quantity         DECIMAL(20,3)  NOT NULL,
    entries          BIGINT         NOT NULL,
    household_links  BIGINT         NOT NULL,
    PRIMARY KEY (county_code, day, station_code, village_code, category_code, direction, poverty, channel, unit)
);
INSERT INTO sales_daily_summary_v5 (county_code, day, station_code, township_code, village_code, category_code, direction,
    poverty, channel, unit, amount_fen, quantity, entries, household_links)
SELECT e.county_code, e.date_sold, e.station_code, MAX(e.township_code), e.village_code, e.category_code, e.direction,
    e.poverty, e.channel, e.unit, SUM(e.amount_fen), SUM(e.quantity),
    SUM(CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END), SUM(COALESCE(l.links, 0))
FROM sale_entry e
LEFT JOIN (SELECT sale_id, SUM(sign) AS links FROM sale_household GROUP BY sale_id) l ON l.sale_id = e.id
GROUP BY e.county_code, e.date_sold, e.station_code, e.village_code, e.category_code, e.direction, e.poverty, e.channel, e.unit;
DROP TABLE sales_daily_summary;
ALTER TABLE sales_daily_summary_v5 RENAME TO sales_daily_summary;
CREATE INDEX ix_sales_daily_station ON sales_daily_summary (station_code, day);
