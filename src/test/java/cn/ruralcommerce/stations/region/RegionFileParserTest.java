package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.gis.CoordinateConverter;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.gis.Geodesy;
import cn.ruralcommerce.stations.gis.LonLat;
import cn.ruralcommerce.stations.web.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionFileParserTest {
    private static final String HEADER = "code,name,level,parent_code,lon,lat,population,rural,former_poverty\n";

    private static RegionFileParser.Result parse(String text) {
        return new RegionFileParser(CoordinateSystem.CGCS2000).parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static FieldError onlyError(RegionFileParser.Result result) {
        assertEquals(1, result.errors().size(), result.errors().toString());
        return result.errors().get(0);
    }

    @Test
    void parsesAllColumnsAndNormalisesPaddedCodes() {
        var result = parse(HEADER + "500152101201000,x,VILLAGE,500152101,105.9,30.1,1200,1,true\n"
                .replace("500152101201000", "500152101201"));
        assertTrue(result.errors().isEmpty());
        RegionRow row = result.rows().get(0);
        assertEquals("500152101201", row.code());
        assertEquals(RegionLevel.VILLAGE, row.level());
        assertEquals(1200, row.population());
        assertEquals(Boolean.TRUE, row.rural());
        assertTrue(row.formerPovertyOrFalse());
        assertEquals(2, row.line());
    }

    @Test
    void acceptsTwelveDigitParentAndOptionalColumnsMissing() {
        var result = parse("code,name,level,parent_code\n500152101,柏梓镇,TOWNSHIP,500152000000\n");
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertEquals("500152", result.rows().get(0).parentCode());
        assertNull(result.rows().get(0).lon());
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        byte[] body = (HEADER + "50,重庆市,PROVINCE,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        var result = new RegionFileParser(CoordinateSystem.CGCS2000).parse(withBom);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertEquals("重庆市", result.rows().get(0).name());
    }

    @Test
    void reportsBadCodeLengthWithLineAndField() {
        FieldError error = onlyError(parse(HEADER + "50,重庆市,PROVINCE,,,,,,\n5001521,x,COUNTY,5001,,,,,\n"));
        assertEquals(3, error.line());
        assertEquals("code", error.field());
    }

    @Test
    void reportsLevelThatContradictsTheCode() {
        FieldError error = onlyError(parse(HEADER + "500152,x,TOWNSHIP,5001,,,,,\n"));
        assertEquals("level", error.field());
    }

    @Test
    void reportsParentThatTheCodeDoesNotExtend() {
        FieldError error = onlyError(parse(HEADER + "500152101,x,TOWNSHIP,500153,,,,,\n"));
        assertEquals("parent_code", error.field());
        assertTrue(error.message().contains("不是以上级代码"));
    }

    @Test
    void reportsParentOfTheWrongLevel() {
        FieldError error = onlyError(parse(HEADER + "500152101201,x,VILLAGE,500152,,,,,\n"));
        assertEquals("parent_code", error.field());
        assertTrue(error.message().contains("TOWNSHIP"), error.message());
    }

    @Test
    void reportsDuplicateCodeOnTheSecondLine() {
        FieldError error = onlyError(parse(HEADER + "50,a,PROVINCE,,,,,,\n50,b,PROVINCE,,,,,,\n"));
        assertEquals(3, error.line());
        assertEquals("code", error.field());
    }

    @Test
    void reportsCoordinatesOutOfRangeOrHalfGiven() {
        var result = parse(HEADER + "50,a,PROVINCE,,181,30,,,\n51,b,PROVINCE,,106,-91,,,\n52,c,PROVINCE,,106,,,,\n53,d,PROVINCE,,NaN,30,,,\n");
        List<String> fields = result.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("lon", "lat", "lat", "lon"), fields);
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void reportsBrokenUtf8OnItsLineAndKeepsOtherLines() {
        byte[] good = (HEADER + "50,重庆市,PROVINCE,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "51,\u0000,PROVINCE,,,,,,\n".getBytes(StandardCharsets.UTF_8);
        bad[3] = (byte) 0xC3; // a lead byte with no continuation: not UTF-8
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        var result = new RegionFileParser(CoordinateSystem.CGCS2000).parse(all);
        FieldError error = onlyError(result);
        assertEquals(3, error.line());
        assertEquals("file", error.field());
        assertEquals(1, result.rows().size());
    }

    @Test
    void reportsBadFlagsAndPopulation() {
        var result = parse(HEADER + "50,a,PROVINCE,,,,-5,,\n51,b,PROVINCE,,,,,maybe,\n");
        assertEquals(List.of("population", "rural"), result.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void convertsGcj02InputToCgcs2000() {
        LonLat truth = new LonLat(105.841818, 30.189554);
        LonLat gcj = CoordinateConverter.fromCgcs2000(truth, CoordinateSystem.GCJ02);
        String csv = HEADER + "50,a,PROVINCE,," + gcj.lon() + "," + gcj.lat() + ",,,\n";
        var result = new RegionFileParser(CoordinateSystem.GCJ02).parse(csv.getBytes(StandardCharsets.UTF_8));
        RegionRow row = result.rows().get(0);
        assertTrue(Geodesy.distanceMetres(truth, new LonLat(row.lon(), row.lat())) < 1.0);
        assertTrue(Geodesy.distanceMetres(truth, gcj) > 100, "the raw GCJ-02 point is hundreds of metres off");
    }

    @Test
    void readsChinaDivisionFilesAndDerivesRuralFromTheName() {
        var result = parse("code,name,streetCode,provinceCode,cityCode,areaCode\n"
                + "500152101201,\"石盘村村民委员会\",500152101,50,5001,500152\n"
                + "500152001001,\"东风社区居民委员会\",500152001,50,5001,500152\n");
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertEquals("500152101", result.rows().get(0).parentCode());
        assertEquals(Boolean.TRUE, result.rows().get(0).rural());
        assertFalse(result.rows().get(1).rural());
    }

    @Test
    void rejectsUnknownHeader() {
        FieldError error = onlyError(parse("foo,bar\n1,2\n"));
        assertEquals("header", error.field());
    }
}
