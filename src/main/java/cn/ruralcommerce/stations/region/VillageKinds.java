package cn.ruralcommerce.stations.region;

/** Tells administrative villages (村民委员会, rural) from urban communities (社区居民委员会) by their names. */
final class VillageKinds {
    private VillageKinds() {
    }

    static boolean isVillageCommittee(String name) {
        return name.endsWith("村民委员会") || name.endsWith("村委会") || name.endsWith("村");
    }
}
