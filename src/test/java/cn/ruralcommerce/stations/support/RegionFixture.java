package cn.ruralcommerce.stations.support;

/** Small division files for tests: a province, city, county, two townships and their villages. */
public final class RegionFixture {
    public static final String HEADER = "code,name,level,parent_code,lon,lat,population,rural,former_poverty\n";

    private RegionFixture() {
    }

    /** 重庆市 › 市辖区 › 潼南区 › 柏梓镇 (3 villages, one urban) and 宝龙镇 (1 village): 10 rows. */
    public static String tongnanSample() {
        return HEADER
                + "50,重庆市,PROVINCE,,106.55,29.56,,,\n"
                + "5001,市辖区,CITY,50,,,,,\n"
                + "500152,潼南区,COUNTY,5001,105.84,30.19,,,\n"
                + "500152113,柏梓镇,TOWNSHIP,500152,105.73,30.05,,,\n"
                + "500152113201,中渡村村民委员会,VILLAGE,500152113,105.74,30.06,1500,1,1\n"
                + "500152113202,石盘村村民委员会,VILLAGE,500152113,105.71,30.04,2100,1,0\n"
                + "500152113001,柏梓社区居民委员会,VILLAGE,500152113,105.73,30.05,6000,0,0\n"
                + "500152114,宝龙镇,TOWNSHIP,500152,105.80,30.10,,,\n"
                + "500152114201,龙滩村村民委员会,VILLAGE,500152114,105.81,30.11,1800,true,false\n"
                + "500153,荣昌区,COUNTY,5001,105.59,29.40,,,\n";
    }

    /** One village point in a county's sample file. */
    public static String villageAt(String code, String township, double lon, double lat, int population) {
        return code + ",village " + code + ",VILLAGE," + township + "," + lon + "," + lat + "," + population + ",1,0\n";
    }
}
