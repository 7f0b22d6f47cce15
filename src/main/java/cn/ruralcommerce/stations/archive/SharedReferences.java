package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Divisions and the catalog are national reference data: a restore does not copy them but requires every
 * code the archive references (and the county itself) to exist in the target database.
 */
final class SharedReferences {
    private static final int CHUNK = 500;

    private SharedReferences() {
    }

    static void requirePresent(Connection connection, String county, ArchiveReferences references) throws SQLException {
        if (missing(connection, "region", Set.of(county)).contains(county)) {
            throw ApiException.badField("countyCode", "区县 " + county + " 不在本数据库的行政区划中", "county " + county + " is not a division of this database");
        }
        List<FieldError> errors = new ArrayList<>();
        report(missing(connection, "region", references.regionCodes()), references.regions(), "行政区划", errors);
        report(missing(connection, "product_category", references.categoryCodes()), references.categories(),
                "品类", errors);
        if (!errors.isEmpty()) {
            throw ApiException.badFields(errors);
        }
    }

    private static void report(Set<String> missing, Map<String, ArchiveReferences.Place> places, String what,
                               List<FieldError> errors) {
        missing.stream().sorted().forEach(code -> {
            ArchiveReferences.Place place = places.get(code);
            errors.add(FieldError.atLine(place.line(), place.file() + "/" + place.column(), what + " " + code
                    + " 在本数据库中不存在；请先导入共用的基础数据"));
        });
    }

    private static Set<String> missing(Connection connection, String table, Set<String> codes) throws SQLException {
        Set<String> missing = new HashSet<>(codes);
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT code FROM " + table + " WHERE code IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        missing.remove(rs.getString(1));
                    }
                }
            }
        }
        return missing;
    }
}
