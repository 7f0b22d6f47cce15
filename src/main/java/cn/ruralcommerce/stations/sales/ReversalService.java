package cn.ruralcommerce.stations.sales;

import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.ConflictRetry;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Corrects a sale by a reversal entry (冲销): a new entry with negated amount, quantity and household
 * links pointing at the original, once per original (a unique key enforces it); nothing is edited.
 */
@Singleton
public class ReversalService {
    private final SaleService sales;
    private final SaleEntryRepository entries;
    private final SaleHouseholdRepository links;
    private final SaleTransactions transactions;
    private final ConflictRetry retry;
    private final Clock clock;

    public ReversalService(SaleService sales, SaleEntryRepository entries, SaleHouseholdRepository links,
                           SaleTransactions transactions, ConflictRetry retry, Clock clock) {
        this.retry = retry;
        this.sales = sales;
        this.entries = entries;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    public long reverse(Long id, ReversalRequest request, CurrentUser caller) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 200) {
            throw ApiException.badField("reason", "冲正原因必填，不超过 200 字", "is required, at most 200 characters");
        }
        SaleEntry original = sales.get(id, caller);
        if (original.reversesId() != null) {
            throw ApiException.conflict("记录 " + id + " 本身是冲正记录，不能再冲正", "entry " + id + " is itself a reversal and cannot be reversed");
        }
        if (entries.findByReversesId(id).isPresent()) {
            throw ApiException.conflict("记录 " + id + " 已经冲正过", "entry " + id + " has already been reversed");
        }
        StationFacts station = new StationFacts(original.stationCode(), original.villageCode(), original.countyCode());
        List<PreparedSale.Share> shares = links.findBySaleIdOrderById(id).stream()
                .map(l -> new PreparedSale.Share(l.householdId(), l.sharePercent())).toList();
        PreparedSale reversal = new PreparedSale(null, null, station, original.townshipCode(), original.villageCode(),
                original.originVillageCode(), original.dateSold(), original.categoryCode(), original.productName(),
                original.quantity().negate(), original.unit(), -original.amountFen(), original.direction(), original.channel(),
                original.poverty(), original.povertyBasis(), original.povertyReason(), original.certificateId(), shares,
                id, reason, caller.username(), StationScope.onBehalf(caller), clock.instant());
        try {
            return retry.run(() -> transactions.write(List.of(reversal))).get(0);
        } catch (RuntimeException e) {
            if (DatabaseErrors.isDuplicateKey(e)) {
                throw ApiException.conflict("记录 " + id + " 已经冲正过", "entry " + id + " has already been reversed");
            }
            throw e;
        }
    }
}
