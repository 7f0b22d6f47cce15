package cn.ruralcommerce.stations.web;

import cn.ruralcommerce.stations.support.BadBodies;
import cn.ruralcommerce.stations.support.BadBodies.Raw;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What {@link BadInputSweepIT} breaks: the targets it creates, a valid body per JSON write route, which fields are
 * free text, and the domain values (codes, amounts, dates) beyond what the field types say.
 */
final class SweepBodies {
    static final String STATION = "BI-1";
    static final String NODE = "BIN1";
    static final String RETIRABLE = "500152113299";
    static final String TARGET_USER = "bi-target";
    static final String PASSWORD = "Sweep12345xy";
    /** Replaced by a fresh key in each batch request, so one case's entry never replays another's. */
    static final String BATCH_KEY = "batch-key-placeholder";
    /** Replaced by the status the station can change to (ACTIVE ⇄ SUSPENDED), so the base change is valid. */
    static final String STATUS_TOGGLE = "status-toggle-placeholder";
    /** The caller of POST /api/me/password, its password reset after every accepted change. */
    static final String SELF_USER = "bi-self";

    /** Fields where any text is legitimate: injection text there must come back verbatim. */
    static final Set<String> FREE_TEXT = Set.of("StationRequest.name", "StationRequest.address", "StationRequest.openingHours",
            "ContactRequest.openingHours", "OperatorContact.name",
            "StatusChangeRequest.reason", "LogisticsNodeRequest.name", "LogisticsNodeRequest.carriers[]",
            "HouseholdRequest.headName", "SaleRequest.productName", "SaleRequest.unit",
            "SaleRequest.povertyReason", "ReversalRequest.reason", "BrandRequest.name", "BrandRequest.owner",
            "CertificateRequest.certificateNo", "CertificateRequest.supplier", "CertificateRequest.productName",
            "CreateUserRequest.displayName");
    /** Passwords, login names and batch idempotency keys: opaque, accepted or refused, never echoed. */
    static final Set<String> OPAQUE = Set.of("SaleRequest.idempotencyKey", "UsernamePasswordCredentials.username", "UsernamePasswordCredentials.password",
            "CreateUserRequest.password", "PasswordRequest.password", "ChangePasswordRequest.currentPassword",
            "ChangePasswordRequest.newPassword");
    private final LocalDate today;
    private final AtomicInteger serial = new AtomicInteger();

    SweepBodies(LocalDate today) {
        this.today = today;
    }

    /** A valid body for each JSON write route; every case breaks one thing in it. */
    Map<String, Supplier<Map<String, Object>>> bases() {
        Map<String, Supplier<Map<String, Object>>> bases = new HashMap<>();
        bases.put("POST /login", () -> Map.of("username", "nobody-here", "password", "wrong-password-1"));
        bases.put("POST /api/regions/{code}/retire", () -> Map.of("retiredOn", today.plusDays(30).toString()));
        bases.put("POST /api/stations", () -> NetworkFixture.villageStation("BI-N" + serial.incrementAndGet()));
        bases.put("PUT /api/stations/{code}", () -> BadBodies.with(NetworkFixture.villageStation(STATION), "status", null));
        bases.put("PUT /api/stations/{code}/contact", () -> Map.of("openingHours", "08:00-20:00",
                "operator", Map.of("name", "张三", "phone", "13800138000"), "services", List.of("PARCELS")));
        bases.put("POST /api/stations/{code}/status", () -> Map.of("status", STATUS_TOGGLE, "reason", "sweep"));
        bases.put("POST /api/logistics-nodes", () -> Map.of("code", "BIT" + serial.incrementAndGet(), "name", "柏梓中转",
                "tier", "TOWNSHIP_TRANSFER", "regionCode", NetworkFixture.TOWNSHIP, "lon", 105.731, "lat", 30.051,
                "parentCode", NODE, "carriers", List.of("邮政")));
        bases.put("PUT /api/logistics-nodes/{code}", () -> Map.of("name", "潼南县级中心", "tier", "COUNTY_HUB",
                "regionCode", NetworkFixture.COUNTY, "lon", 105.84, "lat", 30.19, "carriers", List.of("邮政")));
        bases.put("POST /api/coverage/what-if", () -> Map.of("region", NetworkFixture.COUNTY, "radiusKm", 3.0,
                "tiers", "VILLAGE_STATION,TOWNSHIP_STATION", "add", List.of(Map.of("lon", 105.7, "lat", 30.1)), "close", List.of(STATION)));
        bases.put("POST /api/reports/annual/jobs", () -> Map.of("region", NetworkFixture.COUNTY, "year", today.getYear()));
        bases.put("POST /api/users", () -> Map.of("username", "bi-user-" + serial.incrementAndGet(), "password", PASSWORD,
                "role", "OPERATOR", "scopeCode", STATION, "displayName", "站长"));
        bases.put("PUT /api/users/{username}/scope", () -> Map.of("role", "OPERATOR", "scopeCode", STATION));
        bases.put("POST /api/users/{username}/password", () -> Map.of("password", PASSWORD));
        bases.put("POST /api/me/password", () -> Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD + "z"));
        bases.put("PUT /api/catalog/flagships/{county}", () -> Map.of("categoryCodes", List.of("C01", "C02")));
        bases.put("POST /api/catalog/brands", () -> Map.of("name", "品牌-" + serial.incrementAndGet(), "owner", "潼南区"));
        bases.put("POST /api/catalog/brands/{id}/tags", () -> Map.of("kind", "COUNTY", "code", NetworkFixture.COUNTY));
        bases.put("POST /api/catalog/certificates", () -> Map.of("certificateNo", "BI-CERT-" + serial.incrementAndGet(),
                "supplier", "潼南合作社", "productName", "柠檬", "categoryCode", "C010101", "countyCode", NetworkFixture.COUNTY,
                "validFrom", "2024-01-01", "validTo", "2030-12-31"));
        bases.put("POST /api/sales", this::sale);
        bases.put("POST /api/sales/batch", () -> Map.of("entries", List.of(BadBodies.with(sale(), "idempotencyKey", BATCH_KEY))));
        bases.put("POST /api/sales/{id}/reversal", () -> Map.of("reason", "录入错误"));
        bases.put("POST /api/households", () -> household("BI-HH-N" + serial.incrementAndGet()));
        bases.put("PUT /api/households/{id}", () -> household("BI-HH-1"));
        return bases;
    }

    Map<String, Object> sale() {
        return SalesFixture.sale(STATION, today.minusDays(1).toString());
    }

    static Map<String, Object> household(String referenceNo) {
        return Map.of("referenceNo", referenceNo, "stationCode", STATION, "villageCode", NetworkFixture.VILLAGE,
                "headName", "李四", "size", 3, "registeredPoor", false, "linkedSince", "2024-01-01");
    }

    /** Values beyond what the types say: codes of the wrong shape or level, amounts, dates the domain forbids. */
    Map<String, List<Object>> domainCases() {
        Map<String, List<Object>> cases = new HashMap<>();
        List<Object> divisions = List.of("5001521", "50015211320X", "500152999999", "５００１５２", "-500152");
        for (String field : List.of("StationRequest.regionCode", "LogisticsNodeRequest.regionCode", "HouseholdRequest.villageCode",
                "SaleRequest.originVillageCode", "CertificateRequest.countyCode", "WhatIfRequest.region", "JobRequest.region",
                "RetireRequest.successorCode")) {
            cases.put(field, divisions);
        }
        cases.put("HouseholdRequest.villageCode", List.of("500152113", "500152999999", "50015211320X", "500153000000"));
        cases.put("StationRequest.regionCode", List.of("500152999999", "50015211320X", "500153", "5001521"));
        cases.put("CertificateRequest.countyCode", List.of("500152113201", "999999", "50015X"));
        cases.put("JobRequest.region", List.of("500152113", "999999", "5001521", "x"));
        cases.put("JobRequest.year", List.of(1999, 1, today.getYear() + 1, 99999, -2020, new Raw("2020.5")));
        cases.put("SaleRequest.amountFen", List.of(0, -1, new Raw("100.5"), new Raw("9223372036854775807"),
                new Raw("9223372036854775808"), new Raw("-9223372036854775808"), "100"));
        cases.put("SaleRequest.quantity", List.of(0, -1, new Raw("1e12"), new Raw("0.0001"), new Raw("1e-400")));
        cases.put("SaleRequest.dateSold", List.of(today.plusDays(1).toString(), "1999-12-31", "2000-02-30"));
        cases.put("SaleRequest.direction", List.of("SIDEWAYS", "up down"));
        cases.put("SaleRequest.categoryCode", List.of("C01", "C99", "C0101019"));
        cases.put("SaleRequest.stationCode", List.of("NO-SUCH-STATION", "bi-1 "));
        cases.put("HouseholdShare.sharePercent", List.of(0, 101, -5, new Raw("50.5")));
        cases.put("HouseholdShare.householdId", List.of(0, -1, new Raw("9223372036854775808")));
        cases.put("HouseholdRequest.size", List.of(0, -1, 31, new Raw("2147483648"), new Raw("3.5")));
        cases.put("HouseholdRequest.linkedSince", List.of(today.plusDays(1).toString(), "1999-01-01"));
        cases.put("StationRequest.floorArea", List.of(-1, new Raw("2147483648"), new Raw("10.5")));
        cases.put("StationRequest.openedOn", List.of("1999-12-31", today.plusDays(1).toString()));
        cases.put("StationRequest.tier", List.of("VILLAGE", "VILLAGE-STATION", "HUB"));
        cases.put("StationRequest.status", List.of("OPEN", "DELETED"));
        cases.put("StationRequest.crs", List.of("EPSG:0", "WGS-84X"));
        cases.put("StationRequest.lon", List.of(181, -180.0001, "NaN", "Infinity"));
        cases.put("StationRequest.lat", List.of(90.5, -91, "-Infinity"));
        cases.put("LogisticsNodeRequest.lon", List.of(181, "NaN", 0));
        cases.put("LogisticsNodeRequest.lat", List.of(-91, "Infinity"));
        cases.put("LogisticsNodeRequest.tier", List.of("HUB", "VILLAGE_STATION"));
        cases.put("LogisticsNodeRequest.parentCode", List.of("NO-SUCH-NODE"));
        cases.put("LogisticsNodeRequest.stationCode", List.of("NO-SUCH-STATION"));
        cases.put("NewSite.lon", List.of(181, "NaN", "Infinity"));
        cases.put("NewSite.lat", List.of(-91, "NaN"));
        cases.put("WhatIfRequest.radiusKm", List.of(0, -3, 1e9, "NaN"));
        cases.put("WhatIfRequest.asOf", List.of("2026-02-30", "0001-01-01", "9999-12-31"));
        cases.put("StatusChangeRequest.effectiveOn", List.of(today.plusYears(10).toString(), "1999-12-31"));
        cases.put("StatusChangeRequest.status", List.of("OPEN", "active!"));
        cases.put("RetireRequest.retiredOn", List.of("1999-12-31"));
        cases.put("CertificateRequest.validTo", List.of("2023-12-31"));
        cases.put("CertificateRequest.categoryCode", List.of("C01", "C99"));
        cases.put("TagRequest.kind", List.of("STREET", "county"));
        cases.put("TagRequest.code", List.of("999999", "C99"));
        cases.put("CreateUserRequest.role", List.of("ROOT"));
        cases.put("CreateUserRequest.scopeCode", List.of("NO-SUCH-STATION", "500152999999"));
        cases.put("ScopeRequest.scopeCode", List.of("NO-SUCH-STATION"));
        cases.put("FlagshipRequest.categoryCodes", List.of(List.of("C99", "C98"), List.of("C010101", "C02"), List.of("C01")));
        return cases;
    }
}
