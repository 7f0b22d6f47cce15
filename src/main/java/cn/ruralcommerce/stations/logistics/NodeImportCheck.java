package cn.ruralcommerce.stations.logistics;

import cn.ruralcommerce.stations.imports.RowException;
import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the candidate nodes of an import against the rules, repeating until no further row drops out:
 * a row whose in-file parent was rejected is rejected too, and a stored node keeps its tier while stored
 * nodes outside the file still hang from it.
 */
final class NodeImportCheck {
    private static final Map<String, String> COLUMNS = Map.of("regionCode", "region_code", "parentCode", "parent_code",
            "stationCode", "station_code", "crossCounty", "cross_county");

    private final NodeContext.Loader contexts;
    private final LogisticsNodeRepository nodes;

    NodeImportCheck(NodeContext.Loader contexts, LogisticsNodeRepository nodes) {
        this.contexts = contexts;
        this.nodes = nodes;
    }

    void run(Map<String, LogisticsNode> candidates, Map<String, LogisticsNode> stored, Map<String, Sheet.Row> rowOf,
             List<FieldError> errors) {
        List<String> retiered = candidates.values().stream()
                .filter(n -> stored.containsKey(n.code()) && stored.get(n.code()).tier() != n.tier())
                .map(LogisticsNode::code).toList();
        for (LogisticsNode child : NodeContext.chunked(retiered, nodes::findByParentCodeIn)) {
            LogisticsNode replaced = candidates.get(child.code());
            if ((replaced == null || child.parentCode().equals(replaced.parentCode())) && candidates.containsKey(child.parentCode())) {
                reject(candidates.remove(child.parentCode()), rowOf, errors, new RowException("tier","节点 " + child.parentCode() + " 有下联节点 " + child.code() + "；请先改接，再改层级", 
                        "node " + child.parentCode() + " has downstream node " + child.code() + "; relink it before changing the tier"));
            }
        }
        boolean dropped = true;
        while (dropped && !candidates.isEmpty()) {
            dropped = false;
            NodeContext context = contexts.load(new ArrayList<>(candidates.values()));
            for (LogisticsNode node : new ArrayList<>(candidates.values())) {
                try {
                    if (node.parentCode() != null && rowOf.containsKey(node.parentCode())
                            && !candidates.containsKey(node.parentCode()) && !context.stored().containsKey(node.parentCode())) {
                        throw new RowException("parent_code", "上级节点 " + node.parentCode() + " 在本文件中被拒绝", "parent " + node.parentCode() + " is rejected in this file");
                    }
                    context.rules().check(node);
                } catch (RowException e) {
                    reject(candidates.remove(node.code()), rowOf, errors, e);
                    dropped = true;
                }
            }
        }
    }

    private static void reject(LogisticsNode node, Map<String, Sheet.Row> rowOf, List<FieldError> errors, RowException e) {
        errors.add(FieldError.atRow(rowOf.get(node.code()).number(), COLUMNS.getOrDefault(e.field(), e.field()), e.getMessage(), e.messageEn()));
    }
}
