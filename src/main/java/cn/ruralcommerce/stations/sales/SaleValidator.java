package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.catalog.Category;
import cn.ruralcommerce.stations.catalog.CategoryLevel;
import cn.ruralcommerce.stations.household.Household;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.web.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a sale request field by field (销售校验) and, when it passes, prepares it for writing. */
public final class SaleValidator {
    public static final long MAX_AMOUNT_FEN = 10_000_000_000L;
    public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000_000L);
    static final int MAX_HOUSEHOLDS = 50;

    /** A prepared sale, or the errors; {@code forbidden} when the station is outside the caller's scope. */
    public record Checked(PreparedSale sale, List<FieldError> errors, boolean forbidden) {
    }

    private SaleValidator() {
    }

    /**
     * Why a quantity is unusable, or null. Cheap whatever the number's scale (no digits are printed), so it runs
     * before the request fingerprint, which prints the quantity in full.
     */
    static FieldError quantityProblem(java.math.BigDecimal quantity) {
        if (quantity == null) {
            return new FieldError("quantity", "数量必填", "is required");
        }
        if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            return new FieldError("quantity", "数量须大于 0 且不超过 " + MAX_QUANTITY.toPlainString(),
                    "must be positive and at most " + MAX_QUANTITY);
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            return new FieldError("quantity", "数量最多 3 位小数", "has more than 3 decimals");
        }
        return null;
    }

    public static Checked check(SaleRequest r, String key, String hash, CurrentUser caller, SaleLookups lookups,
                                LocalDate today, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        StationFacts station = null;
        if (blank(r.stationCode())) {
            errors.add(new FieldError("stationCode", "站点编号必填", "is required"));
        } else {
            station = lookups.station(r.stationCode().strip()).orElse(null);
            if (station == null) {
                errors.add(new FieldError("stationCode", "站点 " + r.stationCode().strip() + " 不存在", "unknown station " + r.stationCode().strip()));
            } else if (!StationScope.mayActFor(caller, station)) {
                return new Checked(null, List.of(new FieldError("stationCode", "站点 " + station.code() + " 不在您的管辖范围内", "station " + station.code()
                        + " is outside your scope")), true);
            }
        }
        if (r.dateSold() == null) {
            errors.add(new FieldError("dateSold", "销售日期必填", "is required"));
        } else if (r.dateSold().isAfter(today)) {
            errors.add(new FieldError("dateSold", "销售日期 " + r.dateSold() + " 晚于今天（北京时间 " + today + "）", r.dateSold() + " is in the future (today is " + today + " in the bureau's zone)"));
        } else if (station != null && !lookups.activeOn(station.code(), r.dateSold())) {
            errors.add(new FieldError("dateSold", "站点 " + station.code() + " 在 " + r.dateSold() + " 不在运营状态", "station " + station.code() + " was not ACTIVE on " + r.dateSold()));
        }
        Category category = blank(r.categoryCode()) ? null : lookups.category(r.categoryCode().strip());
        if (blank(r.categoryCode())) {
            errors.add(new FieldError("categoryCode", "请选择品类", "is required"));
        } else if (category == null) {
            errors.add(new FieldError("categoryCode", "品类 " + r.categoryCode().strip() + " 不存在", "unknown category " + r.categoryCode().strip()));
        } else if (category.level() != CategoryLevel.SMALL) {
            errors.add(new FieldError("categoryCode", "品类 " + category.code() + " 是" + levelZh(category.level()) + "，销售须选小品类", category.code() + " is a " + category.level() + " category; sales take a SMALL one"));
        }
        text(errors, "productName", r.productName(), 100);
        if (category != null && category.level() == CategoryLevel.SMALL && !blank(r.productName())
                && r.productName().strip().length() <= 100) {
            ProductNameCheck.Verdict verdict = ProductNameCheck.SHIPPED.check(r.productName(), chain(category, lookups));
            if (verdict.kind() == ProductNameCheck.Verdict.Kind.MISMATCH) {
                errors.add(new FieldError("productName", verdict.message()));
            }
        }
        text(errors, "unit", r.unit(), 16);
        SalesChannel channel = channel(errors, r.channel());
        if (r.povertyReason() != null && r.povertyReason().strip().length() > 200) {
            errors.add(new FieldError("povertyReason", "扶贫说明不能超过 200 字", "is longer than 200 characters"));
        }
        FieldError quantity = quantityProblem(r.quantity());
        if (quantity != null) {
            errors.add(quantity);
        }
        if (r.amountFen() == null) {
            errors.add(new FieldError("amountFen", "金额必填", "is required"));
        } else if (r.amountFen() <= 0 || r.amountFen() > MAX_AMOUNT_FEN) {
            errors.add(new FieldError("amountFen", "金额须为正的整数分，且不超过 " + MAX_AMOUNT_FEN / 100 / 10_000 + " 万元", "must be a positive whole number of fen, at most " + MAX_AMOUNT_FEN));
        }
        Direction direction = direction(errors, r.direction());
        Region origin = origin(errors, r.originVillageCode(), station, lookups);
        List<Household> linked = new ArrayList<>();
        List<PreparedSale.Share> shares = shares(errors, r, station, lookups, linked);
        if (!errors.isEmpty()) {
            return new Checked(null, errors, false);
        }
        PovertyRules.Decision poverty = PovertyRules.decide(station.countyCode(), category.code(), r.productName(),
                r.dateSold(), direction, lookups.certificates(), linked, r.povertyReason());
        String village = origin != null ? origin.code() : station.villageCode();
        String township = village.isEmpty() ? station.townshipCode() : village.substring(0, 9);
        return new Checked(new PreparedSale(key, hash, station, township, village, origin == null ? null : origin.code(),
                r.dateSold(), category.code(), r.productName().strip(), r.quantity().stripTrailingZeros(), r.unit().strip(),
                r.amountFen(), direction, channel, poverty.poverty(), poverty.basis(),
                blank(r.povertyReason()) ? null : r.povertyReason().strip(), poverty.certificateId(), shares,
                null, null, caller.username(), StationScope.onBehalf(caller), now), List.of(), false);
    }

    /** The category and its ancestors up to the LARGE one (the lookups hold the ancestors of every category asked for). */
    static List<Category> chain(Category category, SaleLookups lookups) {
        List<Category> chain = new ArrayList<>();
        for (Category c = category; c != null && chain.size() < 4; c = c.parentCode() == null ? null : lookups.category(c.parentCode())) {
            chain.add(c);
        }
        return chain;
    }

    private static Direction direction(List<FieldError> errors, String raw) {
        if (blank(raw)) {
            errors.add(new FieldError("direction", "请选择方向：UP（农产品进城）或 DOWN（工业品下乡）", "is required (UP or DOWN)"));
            return null;
        }
        try {
            return Direction.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("direction", "方向 '" + raw + "' 无效，须为 UP（农产品进城）或 DOWN（工业品下乡）", "'" + raw + "' is not UP or DOWN"));
            return null;
        }
    }

    private static SalesChannel channel(List<FieldError> errors, String raw) {
        if (blank(raw)) {
            errors.add(new FieldError("channel", "渠道必填，可选 " + SalesChannel.codes(), "is required, one of " + SalesChannel.codes()));
            return null;
        }
        return SalesChannel.parse(raw).orElseGet(() -> {
            errors.add(new FieldError("channel", "渠道 '" + raw.strip() + "' 不在清单内，可选 " + SalesChannel.codes(), "'" + raw.strip() + "' is not one of " + SalesChannel.codes()));
            return null;
        });
    }

    private static Region origin(List<FieldError> errors, String raw, StationFacts station, SaleLookups lookups) {
        if (blank(raw)) {
            return null;
        }
        Region village = lookups.village(raw.strip());
        if (village == null) {
            errors.add(new FieldError("originVillageCode", "行政村 " + raw.strip() + " 不存在", "unknown village " + raw.strip()));
        } else if (station != null && !village.code().startsWith(station.countyCode())) {
            errors.add(new FieldError("originVillageCode", "行政村 " + village.code() + " 不在站点所在区县 " + station.countyCode(), village.code() + " is not in the station's county " + station.countyCode()));
        }
        return village;
    }

    private static List<PreparedSale.Share> shares(List<FieldError> errors, SaleRequest r, StationFacts station,
                                                   SaleLookups lookups, List<Household> linked) {
        List<PreparedSale.Share> shares = new ArrayList<>();
        if (r.households() == null || r.households().isEmpty()) {
            return shares;
        }
        if (r.households().size() > MAX_HOUSEHOLDS) {
            errors.add(new FieldError("households", "一笔销售最多关联 " + MAX_HOUSEHOLDS + " 户", "at most " + MAX_HOUSEHOLDS + " households per sale"));
            return shares;
        }
        Set<Long> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < r.households().size(); i++) {
            HouseholdShare share = r.households().get(i);
            String field = "households[" + i + "]";
            Household household = share.householdId() == null ? null : lookups.household(share.householdId());
            if (household == null) {
                errors.add(new FieldError(field + ".householdId", "农户 " + share.householdId() + " 不存在", "unknown household " + share.householdId()));
            } else if (station != null && !household.stationCode().equals(station.code())) {
                errors.add(new FieldError(field + ".householdId", "农户 " + household.id() + " 未与站点 " + station.code() + " 联结", "household " + household.id() + " is not linked to station " + station.code()));
            } else if (r.dateSold() != null && household.linkedSince().isAfter(r.dateSold())) {
                errors.add(new FieldError(field + ".householdId", "农户 " + household.id() + " 自 " + household.linkedSince() + " 起才联结", "household " + household.id() + " is linked only since " + household.linkedSince()));
            } else if (!seen.add(household.id())) {
                errors.add(new FieldError(field + ".householdId", "农户 " + household.id() + " 重复列出", "household " + household.id() + " is listed twice"));
            } else if (share.sharePercent() == null || share.sharePercent() < 1 || share.sharePercent() > 100) {
                errors.add(new FieldError(field + ".sharePercent", "份额须为 1 至 100（%）", "must be 1 to 100"));
            } else {
                total += share.sharePercent();
                linked.add(household);
                shares.add(new PreparedSale.Share(household.id(), share.sharePercent()));
            }
        }
        if (total > 100) {
            errors.add(new FieldError("households", "各户份额合计 " + total + "%，超过 100%", "shares add up to " + total + "%, more than 100%"));
        }
        return shares;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new FieldError(field, "必填", "is required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 字", "is longer than " + max + " characters"));
        }
    }

    /** 大类、中类、小类. */
    static String levelZh(CategoryLevel level) {
        return switch (level) {
            case LARGE -> "大类";
            case MEDIUM -> "中类";
            case SMALL -> "小类";
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
