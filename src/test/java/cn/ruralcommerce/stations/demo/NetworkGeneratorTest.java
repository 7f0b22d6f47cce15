package cn.ruralcommerce.stations.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Generated demo names: a village committee's station is "X村服务站", never "X村村服务站". */
class NetworkGeneratorTest {
    @Test
    void villageStationsAreNamedAfterTheVillageOnce() {
        assertEquals("石院村", NetworkGenerator.villageName("石院村村民委员会"));
        assertEquals("王家村", NetworkGenerator.villageName("王家村委会"));
        assertEquals("新村", NetworkGenerator.villageName("新村村民委员会"));
        assertEquals("龙形村", NetworkGenerator.villageName("龙形"));
    }
}
