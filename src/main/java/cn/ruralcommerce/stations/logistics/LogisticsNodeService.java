package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.security.CurrentUser;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Creates, replaces and deletes single logistics nodes within the caller's county; every write audited and change-logged. */
@Singleton
public class LogisticsNodeService {
    private final LogisticsNodeRepository nodes;
    private final NodeContext.Loader contexts;
    private final Auditor auditor;
    private final ChangeRecorder changes;
    private final Clock clock;

    public LogisticsNodeService(LogisticsNodeRepository nodes, NodeContext.Loader contexts, Auditor auditor,
                                ChangeRecorder changes, Clock clock) {
        this.nodes = nodes;
        this.contexts = contexts;
        this.auditor = auditor;
        this.changes = changes;
        this.clock = clock;
    }

    public LogisticsNode get(String code) {
        return nodes.findById(code).orElseThrow(() -> ApiException.notFound("logistics node", code));
    }

    @Transactional
    @RetryWriteConflicts
    public LogisticsNode create(LogisticsNodeRequest request, CurrentUser caller) {
        Instant now = clock.instant();
        LogisticsNode node = checked(() -> NodeDraft.from(request.code(), request, now));
        requireWritable(node.countyCode(), caller);
        if (nodes.existsById(node.code())) {
            throw new ApiException(HttpStatus.CONFLICT, "code: 节点编号 " + node.code() + " 已存在", "code: node " + node.code() + " already exists",
                    List.of(new FieldError("code", "节点编号 " + node.code() + " 已存在", "node " + node.code() + " already exists")));
        }
        if (!nodes.findCodesByLowerCodeIn(List.of(node.code().toLowerCase(java.util.Locale.ROOT))).isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "code: 已有仅大小写不同的节点编号",
                    List.of(new FieldError("code", "已有仅大小写不同的节点编号（编号不区分大小写）")));
        }
        check(node);
        nodes.save(node);
        auditor.record(caller.username(), "CREATE", "LOGISTICS_NODE", node.code(), node.countyCode(), null, node);
        changes.record(ChangeRecorder.LOGISTICS_NODE, node.code(), node.countyCode());
        return node;
    }

    @Transactional
    @RetryWriteConflicts
    public LogisticsNode update(String code, LogisticsNodeRequest request, CurrentUser caller) {
        LogisticsNode before = get(code);
        requireWritable(before.countyCode(), caller);
        if (request.code() != null && !request.code().strip().equals(code)) {
            throw ApiException.badField("code", "与路径中的节点编号（" + code + "）不一致；编号不能修改", "does not match the node in the path (" + code + "); codes cannot change");
        }
        Instant now = clock.instant();
        LogisticsNode after = checked(() -> NodeDraft.from(code, request, now)).withTimes(before.createdAt(), now);
        requireWritable(after.countyCode(), caller);
        if (after.tier() != before.tier() && nodes.countByParentCode(code) > 0) {
            throw ApiException.badField("tier", "节点 " + code + " 有下联节点；请先把它们改接，再改层级", "node " + code + " has downstream nodes; relink them before changing its tier");
        }
        check(after);
        if (after.sameAs(before)) {
            return before;
        }
        nodes.update(after);
        auditor.record(caller.username(), "UPDATE", "LOGISTICS_NODE", code, after.countyCode(), before, after);
        changes.record(ChangeRecorder.LOGISTICS_NODE, code, after.countyCode());
        return after;
    }

    @Transactional
    @RetryWriteConflicts
    public void delete(String code, CurrentUser caller) {
        LogisticsNode before = get(code);
        requireWritable(before.countyCode(), caller);
        long children = nodes.countByParentCode(code);
        if (children > 0) {
            throw ApiException.conflict("物流节点 " + code + " 下联 " + children + " 个节点，请先把它们改接到其他节点", "node " + code + " has " + children + " downstream node(s); relink them first");
        }
        nodes.deleteById(code);
        auditor.record(caller.username(), "DELETE", "LOGISTICS_NODE", code, before.countyCode(), before, null);
        changes.record(ChangeRecorder.LOGISTICS_NODE, code, before.countyCode());
    }

    private void check(LogisticsNode node) {
        NodeContext context = contexts.load(List.of(node));
        checked(() -> {
            context.rules().check(node);
            return node;
        });
    }

    static void requireWritable(String countyCode, CurrentUser caller) {
        if (!caller.mayWriteInCounty(countyCode)) {
            throw ApiException.forbidden("无权修改区县 " + countyCode + " 的物流节点", "you may not write logistics nodes in county " + countyCode);
        }
    }

    static <T> T checked(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RowException e) {
            throw ApiException.badField(e.field(), e.getMessage(), e.messageEn());
        }
    }
}
