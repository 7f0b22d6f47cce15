package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.sales.SaleResult.Status;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.ConflictRetry;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Logs sales idempotently (销售登记): an entry whose key exists is replayed (same body) or refused
 * (different body); new valid entries are written with their summaries and audit rows in one
 * transaction. A concurrent writer of the same key makes the transaction fail on the unique key (or, on
 * Galera, at commit with a write conflict), and the batch is then re-run ({@link ConflictRetry}), finding that
 * key taken.
 */
@Singleton
public class SaleService {
    public static final int MAX_BATCH = 500;
    static final int MAX_KEY = 64;

    private final SaleEntryRepository entries;
    private final SaleLookupLoader loader;
    private final SaleTransactions transactions;
    private final ConflictRetry retry;
    private final Clock clock;
    private final ZoneId zone;

    public SaleService(SaleEntryRepository entries, SaleLookupLoader loader, SaleTransactions transactions,
                       ConflictRetry retry, Clock clock, @Named("bureau") ZoneId zone) {
        this.entries = entries;
        this.retry = retry;
        this.loader = loader;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    /** Results in request order, and the written entry by request index for each one CREATED. */
    public record Outcome(List<SaleResult> results, Map<Integer, SaleView> created) {
    }

    /** Records a batch; each request's key is {@code keys.get(i)}. Never throws for one entry's fault. */
    public List<SaleResult> record(List<SaleRequest> requests, List<String> keys, CurrentUser caller) {
        return recordWithViews(requests, keys, caller).results();
    }

    /** As {@link #record}, also answering what was written for the entries CREATED (no re-read needed). */
    public Outcome recordWithViews(List<SaleRequest> requests, List<String> keys, CurrentUser caller) {
        return retry.run(() -> attempt(requests, keys, caller), DatabaseErrors::isDuplicateKey);
    }

    private Outcome attempt(List<SaleRequest> requests, List<String> keys, CurrentUser caller) {
        SaleResult[] results = new SaleResult[requests.size()];
        Set<String> wellFormed = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String problem = keyProblem(keys.get(i));
            if (problem != null) {
                results[i] = SaleResult.failed(i, Status.INVALID, List.of(new FieldError("idempotencyKey", problem)));
            } else {
                wellFormed.add(keys.get(i));
            }
        }
        Map<String, SaleEntry> existing = new HashMap<>();
        if (!wellFormed.isEmpty()) {
            entries.findByIdempotencyKeyIn(wellFormed).forEach(e -> existing.put(e.idempotencyKey(), e));
        }
        SaleLookups lookups = loader.load(requests);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, String> firstHash = new HashMap<>();
        List<PreparedSale> toWrite = new ArrayList<>();
        List<Integer> writeIndex = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            String key = keys.get(i);
            FieldError quantity = SaleValidator.quantityProblem(requests.get(i).quantity());
            if (quantity != null) {
                // validated before the fingerprint: printing 1e-999999999 in full took seconds and gigabytes
                results[i] = SaleResult.failed(i, Status.INVALID, List.of(quantity));
                continue;
            }
            String hash = RequestFingerprint.of(requests.get(i));
            SaleEntry stored = existing.get(key);
            if (stored != null) {
                results[i] = replay(i, stored, hash, caller);
            } else if (firstIndex.containsKey(key)) {
                results[i] = hash.equals(firstHash.get(key)) ? null : SaleResult.failed(i, Status.CONFLICT,
                        List.of(new FieldError("idempotencyKey", "键 " + key + " 已在本批前面用于内容不同的一笔", "key " + key + " is used earlier in this batch with a different body")));
            } else {
                firstIndex.put(key, i);
                firstHash.put(key, hash);
                SaleValidator.Checked checked = SaleValidator.check(requests.get(i), key, hash, caller, lookups, today, now);
                if (checked.sale() != null) {
                    toWrite.add(checked.sale());
                    writeIndex.add(i);
                } else {
                    results[i] = SaleResult.failed(i, checked.forbidden() ? Status.FORBIDDEN : Status.INVALID, checked.errors());
                }
            }
        }
        List<Long> ids = toWrite.isEmpty() ? List.of() : transactions.write(toWrite);
        Map<Integer, SaleView> created = new HashMap<>();
        for (int w = 0; w < ids.size(); w++) {
            results[writeIndex.get(w)] = SaleResult.of(writeIndex.get(w), Status.CREATED, ids.get(w));
            created.put(writeIndex.get(w), SaleView.of(ids.get(w), toWrite.get(w)));
        }
        for (int i = 0; i < requests.size(); i++) {
            if (results[i] == null) {
                SaleResult first = results[firstIndex.get(keys.get(i))];
                results[i] = first.status() == Status.CREATED ? SaleResult.of(i, Status.REPLAYED, first.id())
                        : new SaleResult(i, first.status(), first.id(), first.errors());
            }
        }
        return new Outcome(List.of(results), created);
    }

    private static SaleResult replay(int index, SaleEntry stored, String hash, CurrentUser caller) {
        StationFacts station = new StationFacts(stored.stationCode(), stored.villageCode(), stored.countyCode());
        if (!StationScope.mayActFor(caller, station)) {
            return SaleResult.failed(index, Status.FORBIDDEN, List.of(new FieldError("idempotencyKey", "该键属于其他站点的记录", "key belongs to another station's entry")));
        }
        if (!hash.equals(stored.requestHash())) {
            return SaleResult.failed(index, Status.CONFLICT, List.of(new FieldError("idempotencyKey",
                    "键 " + stored.idempotencyKey() + " 已用于内容不同的记录 " + stored.id(),
                    "key " + stored.idempotencyKey() + " was used for entry " + stored.id() + " with a different body")));
        }
        return SaleResult.of(index, Status.REPLAYED, stored.id());
    }

    /** Why a key is unusable, or null: required, at most 64 printable ASCII characters. */
    static String keyProblem(String key) {
        if (key == null || key.isBlank()) {
            return "必填（每笔销售的唯一键）";
        }
        if (key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            return "须为 1 至 " + MAX_KEY + " 个可打印的 ASCII 字符，不含空格";
        }
        return null;
    }

    public SaleEntry get(Long id, CurrentUser caller) {
        SaleEntry entry = entries.findById(id).orElseThrow(() -> ApiException.notFound("sale", String.valueOf(id)));
        StationScope.require(caller, new StationFacts(entry.stationCode(), entry.villageCode(), entry.countyCode()));
        return entry;
    }
}
