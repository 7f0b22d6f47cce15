-- Representative rows written with plain SQL against the previous release's schema (V1..V4).
-- One statement per line group, ';' at the end of each statement.
INSERT INTO region (code, name, level, parent_code, lon, lat, population, rural, former_poverty, valid_from, updated_at)
VALUES ('500152', '潼南区', 'COUNTY', '5001', 105.84, 30.19, NULL, NULL, FALSE, '2016-01-01', '2024-01-01 00:00:00.000');
INSERT INTO region (code, name, level, parent_code, lon, lat, population, rural, former_poverty, valid_from, updated_at)
VALUES ('500152113', '柏梓镇', 'TOWNSHIP', '500152', 105.73, 30.05, NULL, NULL, FALSE, '2016-01-01', '2024-01-01 00:00:00.000');
INSERT INTO region (code, name, level, parent_code, lon, lat, population, rural, former_poverty, valid_from, updated_at)
VALUES ('500152113201', '中渡村村民委员会', 'VILLAGE', '500152113', 105.74, 30.06, 1500, TRUE, TRUE, '2016-01-01', '2024-01-01 00:00:00.000');
INSERT INTO product_category (code, name, level, parent_code, initials, updated_at)
VALUES ('C01', '水果', 'LARGE', NULL, 'SG', '2024-01-01 00:00:00.000');
INSERT INTO product_category (code, name, level, parent_code, initials, updated_at)
VALUES ('C0101', '柑橘类', 'MEDIUM', 'C01', 'GJL', '2024-01-01 00:00:00.000');
INSERT INTO product_category (code, name, level, parent_code, initials, updated_at)
VALUES ('C010101', '脐橙', 'SMALL', 'C0101', 'QC', '2024-01-01 00:00:00.000');
INSERT INTO station (code, name, tier, region_code, county_code, lon, lat, address, operator_name, operator_phone, services,
    floor_area, opening_hours, status, opened_on, closed_on, allow_urban, created_at, updated_at)
VALUES ('SEED-1', '旧版站点, "一号"', 'VILLAGE_STATION', '500152113201', '500152', 105.741, 30.061, '柏梓镇中渡村', '张三',
    '13800138000', 'PARCELS', 40, '08:00-20:00', 'ACTIVE', '2020-01-01', NULL, FALSE, '2020-01-01 02:00:00.000', '2020-01-01 02:00:00.000');
INSERT INTO station_status_change (station_code, status, effective_on, reason, username, recorded_at)
VALUES ('SEED-1', 'ACTIVE', '2020-01-01', '开业', 'admin', '2020-01-01 02:00:00.000');
INSERT INTO logistics_node (code, name, tier, region_code, county_code, lon, lat, carriers, station_code, parent_code, cross_county,
    created_at, updated_at)
VALUES ('SEED-HUB', '潼南区物流配送中心', 'COUNTY_HUB', '500152', '500152', 105.84, 30.19, '中国邮政;顺丰', NULL, NULL, FALSE,
    '2020-01-01 02:00:00.000', '2020-01-01 02:00:00.000');
INSERT INTO household (reference_no, station_code, county_code, village_code, head_name, size, registered_poor, linked_since,
    created_at, updated_at)
VALUES ('SEED-H1', 'SEED-1', '500152', '500152113201', '王二', 4, TRUE, '2020-02-01', '2020-02-01 02:00:00.000', '2020-02-01 02:00:00.000');
INSERT INTO sale_entry (idempotency_key, request_hash, station_code, county_code, township_code, village_code, origin_village_code,
    date_sold, category_code, product_name, quantity, unit, amount_fen, direction, channel, poverty, poverty_basis, poverty_reason,
    certificate_id, reverses_id, reversal_reason, recorded_by, on_behalf, recorded_at)
VALUES ('seed-key-1', NULL, 'SEED-1', '500152', '500152113', '500152113201', NULL, '2023-05-02', 'C010101', '潼南脐橙', 20.500, 'kg',
    10000, 'UP', 'PINDUODUO', FALSE, 'NONE', NULL, NULL, NULL, NULL, 'admin', TRUE, '2023-05-02 03:04:05.678');
INSERT INTO sale_entry (idempotency_key, request_hash, station_code, county_code, township_code, village_code, origin_village_code,
    date_sold, category_code, product_name, quantity, unit, amount_fen, direction, channel, poverty, poverty_basis, poverty_reason,
    certificate_id, reverses_id, reversal_reason, recorded_by, on_behalf, recorded_at)
VALUES ('seed-key-2', NULL, 'SEED-1', '500152', '500152113', '500152113201', NULL, '2023-05-02', 'C010101', '潼南脐橙', 3, '箱',
    2500, 'UP', '村口赶场', FALSE, 'NONE', NULL, NULL, NULL, NULL, 'admin', TRUE, '2023-05-02 04:04:05.678');
INSERT INTO sales_daily_summary (county_code, day, station_code, township_code, village_code, category_code, direction, poverty,
    amount_fen, quantity, entries, household_links)
VALUES ('500152', '2023-05-02', 'SEED-1', '500152113', '500152113201', 'C010101', 'UP', FALSE, 12500, 23.500, 2, 0);
INSERT INTO station_last_sale (station_code, last_sale_date) VALUES ('SEED-1', '2023-05-02');
INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_id, county_code, before_json, after_json)
VALUES ('2020-01-01 02:00:00.000', 'admin', 'CREATE', 'STATION', 'SEED-1', '500152', NULL, '{"code":"SEED-1"}');
