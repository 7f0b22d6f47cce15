package cn.ruralcommerce.stations.reliability;

import cn.ruralcommerce.stations.support.ApiClient;
import cn.ruralcommerce.stations.support.NetworkFixture;
import cn.ruralcommerce.stations.support.SalesFixture;
import io.micronaut.http.HttpRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A deterministic load of distinct sales cut into requests: single POSTs and batches of 50–200, in shuffled
 * order, followed by re-sends (same keys, same bodies) of a share of the sales — half queued right behind
 * their original so another client thread sends them at the same moment, half at the very end.
 */
final class SalesPlan {
    static final int MIN_BATCH = 50;
    static final int MAX_BATCH = 200;

    /** One sale: its key and body (without the key) and the figures the totals are checked against. */
    record Sale(String key, Map<String, Object> body, long amountFen, BigDecimal quantity) {
    }

    /** One request: a single POST or a batch. */
    record Unit(List<Sale> sales, boolean single, boolean resend) {
    }

    final List<Sale> sales;
    final List<Unit> queue;
    final LocalDate firstDay;
    final LocalDate lastDay;

    private SalesPlan(List<Sale> sales, List<Unit> queue, LocalDate firstDay, LocalDate lastDay) {
        this.sales = sales;
        this.queue = queue;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /**
     * {@code total} sales over the stations and categories between {@code firstDay} and {@code lastDay};
     * {@code singleShare} of them sent one by one, {@code resendShare} of them sent twice.
     */
    static SalesPlan generate(int total, double singleShare, double resendShare, List<String> stations,
                              List<String> categories, LocalDate firstDay, LocalDate lastDay, long seed) {
        Random random = new Random(seed);
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
        List<Sale> sales = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long amount = 1 + random.nextInt(500_000);
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
            Map<String, Object> body = SalesFixture.with(
                    SalesFixture.sale(stations.get(random.nextInt(stations.size())), firstDay.plusDays(random.nextInt(days)).toString()),
                    // a name with no category's keyword fits any category (the name check only refuses another category's word)
                    "categoryCode", categories.get(random.nextInt(categories.size())), "productName", "测试商品", "amountFen", amount,
                    "quantity", quantity, "direction", random.nextBoolean() ? "UP" : "DOWN");
            sales.add(new Sale("noloss-" + seed + "-" + i, body, amount, quantity));
        }
        List<Unit> originals = cut(sales, (int) Math.round(total * singleShare), random);
        Collections.shuffle(originals, random);
        return new SalesPlan(sales, withResends(originals, (int) Math.round(total * resendShare), random), firstDay, lastDay);
    }

    private static List<Unit> cut(List<Sale> sales, int singles, Random random) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < singles; i++) {
            units.add(new Unit(List.of(sales.get(i)), true, false));
        }
        for (int i = singles; i < sales.size(); ) {
            int size = Math.min(sales.size() - i, MIN_BATCH + random.nextInt(MAX_BATCH - MIN_BATCH + 1));
            units.add(new Unit(List.copyOf(sales.subList(i, i + size)), false, false));
            i += size;
        }
        return units;
    }

    /** Re-sends exactly {@code quota} sales: whole requests, the last one cut short; alternately at once and at the end. */
    private static List<Unit> withResends(List<Unit> originals, int quota, Random random) {
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            picks.add(i);
        }
        Collections.shuffle(picks, random);
        Unit[] atOnce = new Unit[originals.size()];
        List<Unit> late = new ArrayList<>();
        int left = quota;
        for (int p = 0; p < picks.size() && left > 0; p++) {
            Unit original = originals.get(picks.get(p));
            List<Sale> again = original.sales().subList(0, Math.min(left, original.sales().size()));
            left -= again.size();
            Unit resend = new Unit(List.copyOf(again), original.single(), true);
            if (p % 2 == 0) {
                atOnce[picks.get(p)] = resend;
            } else {
                late.add(resend);
            }
        }
        List<Unit> queue = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            queue.add(originals.get(i));
            if (atOnce[i] != null) {
                queue.add(atOnce[i]);
            }
        }
        queue.addAll(late);
        return queue;
    }

    long amountFen() {
        return sales.stream().mapToLong(Sale::amountFen).sum();
    }

    BigDecimal quantity() {
        return sales.stream().map(Sale::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int resent() {
        return queue.stream().filter(Unit::resend).mapToInt(u -> u.sales().size()).sum();
    }

    /** The first {@code count} SMALL categories of the catalog, for the plan's sales. */
    static List<String> smallCategories(ApiClient api, String bearer, int count) {
        List<?> small = api.exchange(HttpRequest.GET("/api/catalog/categories?level=SMALL&limit=" + count), bearer, List.class).body();
        return small.stream().map(c -> (String) ((Map<?, ?>) c).get("code")).toList();
    }

    /** The statistics API of the instance behind {@code api} answers exactly this plan's totals (all sales in kg). */
    void assertStatistics(ApiClient api, String bearer) {
        Map<?, ?> stats = api.exchange(HttpRequest.GET("/api/stats/sales?region=" + NetworkFixture.COUNTY + "&from="
                + firstDay + "&to=" + lastDay + "&groupBy=county"), bearer, Map.class).body();
        Map<?, ?> totals = (Map<?, ?>) stats.get("totals");
        assertEquals(amountFen(), ((Number) totals.get("amountFen")).longValue());
        assertEquals(sales.size(), ((Number) totals.get("entries")).longValue());
        List<?> quantities = (List<?>) totals.get("quantities");
        assertEquals(1, quantities.size(), "every planned sale is in kg: " + quantities);
        assertEquals("kg", ((Map<?, ?>) quantities.get(0)).get("unit"));
        assertEquals(0, quantity().compareTo(new BigDecimal(((Map<?, ?>) quantities.get(0)).get("quantity").toString())));
    }
}
